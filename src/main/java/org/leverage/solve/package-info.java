/**
 * Stateless solvers: {@code new XSolver(options).solve(game)} is a pure function returning an
 * immutable result that names the method, whether it is exact, the equilibria in canonical order
 * and counters. Exact results are certified in exact arithmetic before they are returned.
 */
package org.leverage.solve;
