package org.leverage.solve;

import java.time.Duration;

/** The time a solver was allowed ran out before it finished. */
public final class TimeLimitException extends SolverLimitException {

  /**
   * @param limit the time that ran out
   * @param option the command-line option that set it, named in the message
   */
  public TimeLimitException(Duration limit, String option) {
    super(
        "the time limit of " + seconds(limit) + " s (" + option + ") ran out",
        "raise it with " + option + " SECONDS, or try a method that finds one equilibrium");
  }

  private static String seconds(Duration limit) {
    return new java.math.BigDecimal(limit.toMillis())
        .movePointLeft(3)
        .stripTrailingZeros()
        .toPlainString();
  }
}
