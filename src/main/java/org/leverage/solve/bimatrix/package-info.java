/**
 * Solvers specific to two-player (bimatrix) games, built on the best-response polytopes of von
 * Stengel (2002): vertex enumeration of both polytopes and matching of completely labelled vertex
 * pairs ({@link org.leverage.solve.bimatrix.EnumMixedSolver}).
 */
package org.leverage.solve.bimatrix;
