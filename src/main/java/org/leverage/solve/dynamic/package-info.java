/**
 * Solvers for two-player dynamic (stochastic) games in {@code double}: finite horizon by backward
 * induction over (period, state), infinite horizon by value iteration, with leader-follower or
 * simultaneous timing, action restrictions (commitment), and exact forward propagation of the state
 * distribution under a solved policy.
 */
package org.leverage.solve.dynamic;
