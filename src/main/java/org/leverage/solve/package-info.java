/**
 * Stateless solvers: {@code new XSolver(options).solve(game)} is a pure function returning an
 * immutable result that names the method, whether it is exact, the equilibria in canonical order
 * and counters. Exact results are certified in exact arithmetic before they are returned.
 *
 * <p>Here live the two solver interfaces with their result types, {@link
 * org.leverage.solve.EquilibriumSolver} (normal form) and {@link org.leverage.solve.TreeSolver}
 * (trees), and the failures users see: {@link org.leverage.solve.SolverLimitException}, whose
 * subclasses name what ran out, and {@link org.leverage.solve.UsageException}, a request that does
 * not apply.
 */
package org.leverage.solve;
