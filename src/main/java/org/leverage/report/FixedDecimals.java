package org.leverage.report;

import java.util.Locale;

/**
 * How floating-point results (dynamic games) are printed: a fixed number of digits after the point,
 * {@link Locale#ROOT} (so always a point, never a comma), and no negative zero.
 *
 * @param decimals digits after the point, 0 to 17
 */
public record FixedDecimals(int decimals) {

  /** Six digits, the default for dynamic-game results. */
  public static final FixedDecimals DEFAULT = new FixedDecimals(6);

  public FixedDecimals {
    if (decimals < 0 || decimals > 17) {
      throw new IllegalArgumentException(
          "decimals for floating-point results must be between 0 and 17 but was " + decimals);
    }
  }

  /**
   * The decimals for {@code numbers}: its own count, or the default when it prints exact fractions
   * (which a floating-point result does not have).
   */
  public static FixedDecimals of(NumberFormat numbers) {
    return numbers.exact() ? DEFAULT : new FixedDecimals(Math.min(numbers.decimals(), 17));
  }

  public String format(double x) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
    // -0.000001 rounds to "-0.000000"; a sign on zero only confuses.
    return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
  }
}
