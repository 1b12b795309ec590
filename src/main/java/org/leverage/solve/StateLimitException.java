package org.leverage.solve;

/** A product of automata reached more joint states than the limit. */
public final class StateLimitException extends SolverLimitException {

  public StateLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
