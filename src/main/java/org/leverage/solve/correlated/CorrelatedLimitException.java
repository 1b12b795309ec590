package org.leverage.solve.correlated;

import org.leverage.solve.SolverLimitException;

/** The linear program of the correlated equilibria of a game is larger than the limit. */
public final class CorrelatedLimitException extends SolverLimitException {

  public CorrelatedLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
