package org.leverage.solve;

/** A vertex enumeration met more feasible bases than its limit (highly degenerate games). */
public final class BasisLimitException extends SolverLimitException {

  public BasisLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
