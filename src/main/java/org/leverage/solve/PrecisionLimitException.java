package org.leverage.solve;

/**
 * Floating-point precision cannot decide the answer at the given tolerance (payoffs too close to
 * call).
 */
public final class PrecisionLimitException extends SolverLimitException {

  public PrecisionLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
