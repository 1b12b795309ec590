package org.leverage.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a scenario as the analyst wrote it: its value, plausible range, source and
 * optional distribution. The value must lie in the key's hard {@link Domain}; it may lie outside
 * {@code [low, high]} (analysts test extremes), which {@link #outsideRange()} reports.
 *
 * @param key which parameter
 * @param value the value used by {@code compare}
 * @param low the low end of the plausible range (sensitivity sweeps start here)
 * @param high the high end of the plausible range, at least {@code low}
 * @param source where the value and range come from, in words
 * @param distribution the uncertainty for Monte Carlo sweeps, if given
 */
public record ParameterSpec(
    ParameterKey key,
    double value,
    double low,
    double high,
    String source,
    Optional<Distribution> distribution) {

  public ParameterSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(distribution, "distribution");
    key.domain()
        .violation(value)
        .ifPresent(
            rule -> {
              throw new IllegalArgumentException(key.key() + " " + rule + " but was " + value);
            });
    if (!(low <= high)) {
      throw new IllegalArgumentException(
          key.key() + ": low " + low + " must not exceed high " + high);
    }
  }

  /** The same parameter with another value (the range, source and distribution are kept). */
  public ParameterSpec withValue(double newValue) {
    return new ParameterSpec(key, newValue, low, high, source, distribution);
  }

  /** Whether the value lies outside the plausible range {@code [low, high]}. */
  public boolean outsideRange() {
    return value < low || value > high;
  }
}
