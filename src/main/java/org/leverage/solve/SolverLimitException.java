package org.leverage.solve;

/**
 * An algorithmic limit was reached (too many equilibria, iterations, or cells). Not a bug: the
 * message says what was reached and what to try instead.
 */
public class SolverLimitException extends RuntimeException {

  public SolverLimitException(String message) {
    super(message);
  }
}
