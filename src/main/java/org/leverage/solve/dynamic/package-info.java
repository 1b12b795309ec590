/**
 * Solvers for two-player dynamic (stochastic) games in {@code double}: finite horizon by backward
 * induction over (period, state), infinite horizon by value iteration, with leader-follower or
 * simultaneous timing, named tie and stage-equilibrium selection rules, action restrictions
 * (commitment), and exact forward propagation of the state distribution under a solved policy; and
 * finite-horizon backward induction in exact rational arithmetic for games given as tables.
 */
package org.leverage.solve.dynamic;
