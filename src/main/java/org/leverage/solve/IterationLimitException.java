package org.leverage.solve;

/**
 * An iterative method (value iteration, Abreu-Sannikov) did not converge within its iteration
 * limit.
 */
public final class IterationLimitException extends SolverLimitException {

  public IterationLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
