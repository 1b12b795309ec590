package org.leverage.solve;

/**
 * A computation in exact rational arithmetic would outgrow its bounds: too many exact values to
 * compute, or numbers with too many bits. The same computation in {@code double} is within reach.
 */
public final class ExactArithmeticLimitException extends SolverLimitException {

  public ExactArithmeticLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
