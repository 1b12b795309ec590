/**
 * Nash equilibria of normal-form games of any number of players in floating point ({@link
 * org.leverage.solve.ApproximateSolver}), each equilibrium with its regret: {@link
 * org.leverage.solve.nplayer.EnumPolySolver} ({@code enumpoly}), every isolated equilibrium by
 * support enumeration and polynomial root isolation, as {@code gambit-enumpoly}: the support
 * systems ({@link org.leverage.solve.nplayer.SupportSystem}) are solved exactly when they are
 * linear (at most two players mix) and by interval subdivision with the Krawczyk test and Newton's
 * method otherwise ({@link org.leverage.solve.nplayer.RootIsolation}); {@link
 * org.leverage.solve.nplayer.SimplicialSubdivisionSolver} ({@code simpdiv}) and {@link
 * org.leverage.solve.nplayer.GlobalNewtonSolver} ({@code gnm}), one or a few equilibria by path
 * following.
 */
package org.leverage.solve.nplayer;
