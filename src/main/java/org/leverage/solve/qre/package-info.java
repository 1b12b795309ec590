/**
 * Logit quantal response equilibrium (McKelvey and Palfrey 1995) for strategic games with any
 * number of players, in floating point: the principal branch traced from uniform play ({@link
 * org.leverage.solve.qre.LogitBranch}), its limit as one Nash equilibrium ({@link
 * org.leverage.solve.qre.LogitQreSolver}, method {@code qre}), the maximum-likelihood fit of lambda
 * to observed play ({@link org.leverage.solve.qre.LogitFit}) and logit equilibrium selection
 * ({@link org.leverage.solve.qre.LogitSelection}). Lambda is in the reciprocal of the game's payoff
 * units, as in {@code gambit-logit}.
 */
package org.leverage.solve.qre;
