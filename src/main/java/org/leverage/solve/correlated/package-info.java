/**
 * Correlated equilibria of normal-form games of any number of players ({@code --method
 * correlated}), by exact linear programming: the welfare-maximising correlated equilibrium, each
 * player's best one, and the exact check of a given distribution over cells.
 *
 * <p>A correlated equilibrium (R. Aumann, "Subjectivity and correlation in randomized strategies",
 * J. Math. Economics 1, 1974) is a distribution {@code p} over cells such that no player gains by
 * deviating from a recommended strategy: for every player {@code i} and strategies {@code s != t},
 * {@code sum over cells c with c_i = s of p(c) (u_i(c) - u_i(c with c_i = t)) >= 0}. These
 * constraints are linear in {@code p}, so the set is a polytope and optimising a linear objective
 * over it is a linear program of polynomial size (C. Papadimitriou, T. Roughgarden, "Computing
 * correlated equilibria in multi-player games", J. ACM 55, 2008).
 */
package org.leverage.solve.correlated;
