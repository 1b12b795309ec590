/**
 * Analyses that combine several solvers into one answer: for now the credibility of cooperation in
 * a repeated game (minmax values, payoff sets, discount thresholds, automata, subgame-perfect
 * payoffs). The compute-leverage model's regime comparisons and sensitivity reports go here too.
 */
package org.leverage.analysis;
