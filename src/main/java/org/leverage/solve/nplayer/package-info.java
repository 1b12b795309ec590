/**
 * Floating-point Nash equilibrium methods for strategic games of any number of players: {@link
 * org.leverage.solve.nplayer.SimplicialSubdivisionSolver} ({@code simpdiv}) and {@link
 * org.leverage.solve.nplayer.GlobalNewtonSolver} ({@code gnm}), implementations of {@link
 * org.leverage.solve.ApproximateSolver} whose equilibria carry their regret.
 */
package org.leverage.solve.nplayer;
