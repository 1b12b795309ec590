package org.leverage.solve;

/**
 * More equilibria (or equilibrium payoffs, or combinations of subgame equilibria) than the solver's
 * limit.
 */
public final class EquilibriumLimitException extends SolverLimitException {

  public EquilibriumLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
