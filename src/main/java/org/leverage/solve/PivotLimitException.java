package org.leverage.solve;

/**
 * A pivoting method (Lemke-Howson, sequence-form Lemke, exact simplex) took more pivots than its
 * limit.
 */
public final class PivotLimitException extends SolverLimitException {

  public PivotLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
