package org.leverage.solve;

import java.time.Duration;
import java.util.Objects;

/** A watch that stops the solver with {@link TimeLimitException} once its time has passed. */
final class TimeLimitWatch extends ForwardingWatch {

  private final Duration limit;
  private final String option;
  private final long deadline;

  TimeLimitWatch(Watch next, Duration limit, String option) {
    super(next);
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("limit must be positive but was " + limit);
    }
    this.limit = limit;
    this.option = Objects.requireNonNull(option, "option");
    this.deadline = System.nanoTime() + limit.toNanos();
  }

  @Override
  public void checkpoint() {
    if (System.nanoTime() - deadline > 0) {
      throw new TimeLimitException(limit, option);
    }
    super.checkpoint();
  }
}
