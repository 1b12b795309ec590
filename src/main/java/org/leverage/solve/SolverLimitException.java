package org.leverage.solve;

/**
 * An algorithmic limit was reached before the answer was complete. Not a bug: the subclass names
 * what ran out, and the message says how far the solver got and what to try next.
 */
public abstract class SolverLimitException extends RuntimeException {

  private final String hint;

  /**
   * @param reached what ran out and where, e.g. {@code "the game has more than 1000 pure
   *     equilibria"}
   * @param hint what to try next, e.g. {@code "eliminate dominated strategies first"}
   */
  protected SolverLimitException(String reached, String hint) {
    super(reached + "; " + hint);
    this.hint = hint;
  }

  /** What to try next. */
  public String hint() {
    return hint;
  }
}
