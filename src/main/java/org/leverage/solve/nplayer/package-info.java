/**
 * Nash equilibria of normal-form games of any number of players in floating point ({@link
 * org.leverage.solve.ApproximateSolver}): {@link org.leverage.solve.nplayer.EnumPolySolver}, every
 * isolated equilibrium by support enumeration and polynomial root isolation, as {@code
 * gambit-enumpoly}. The support systems ({@link org.leverage.solve.nplayer.SupportSystem}) are
 * solved exactly when they are linear (at most two players mix) and by interval subdivision with
 * the Krawczyk test and Newton's method otherwise ({@link
 * org.leverage.solve.nplayer.RootIsolation}).
 */
package org.leverage.solve.nplayer;
