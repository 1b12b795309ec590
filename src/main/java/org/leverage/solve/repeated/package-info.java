/**
 * Exact solvers for infinitely repeated two-player games: pure and mixed minmax values, smallest
 * discount factors that sustain an action profile with grim-trigger or minmax punishment,
 * discounted payoffs of strategy automata and the one-shot-deviation check of subgame perfection.
 */
package org.leverage.solve.repeated;
