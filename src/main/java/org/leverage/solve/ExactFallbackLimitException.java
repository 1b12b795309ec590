package org.leverage.solve;

/**
 * A floating-point step could not be certified and redoing it exactly is beyond the size the exact
 * fallback handles.
 */
public final class ExactFallbackLimitException extends SolverLimitException {

  public ExactFallbackLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
