package org.leverage.model;

import java.util.Optional;

/**
 * The hard domain of a parameter: the values for which the model's equations make sense (a
 * probability in [0, 1], a positive doubling time, a whole number of grid points). Values outside
 * it are refused; values outside a parameter's plausible range but inside its domain are allowed.
 *
 * @param min the smallest allowed value
 * @param minInclusive whether {@code min} itself is allowed
 * @param max the largest allowed value ({@code +inf} for none)
 * @param integer whether only whole numbers are allowed
 */
public record Domain(double min, boolean minInclusive, double max, boolean integer) {

  /** [0, 1]: a probability or share. */
  public static final Domain UNIT = new Domain(0, true, 1, false);

  /** [0, inf). */
  public static final Domain NON_NEGATIVE = new Domain(0, true, Double.POSITIVE_INFINITY, false);

  /** (0, inf). */
  public static final Domain POSITIVE = new Domain(0, false, Double.POSITIVE_INFINITY, false);

  /** Whole numbers in [min, max]. */
  public static Domain integers(int min, int max) {
    return new Domain(min, true, max, true);
  }

  /**
   * The rule {@code value} breaks, in words ({@code "must be in [0, 1]"}), or empty when it lies in
   * the domain. NaN and infinities are always refused.
   */
  public Optional<String> violation(double value) {
    boolean inside =
        Double.isFinite(value)
            && (minInclusive ? value >= min : value > min)
            && value <= max
            && (!integer || value == Math.rint(value));
    return inside ? Optional.empty() : Optional.of("must be " + describe());
  }

  /**
   * The domain in words: {@code "in [0, 1]"}, {@code "> 0"}, {@code "a whole number in [2, 2001]"}.
   */
  public String describe() {
    String range;
    if (max == Double.POSITIVE_INFINITY) {
      range = (minInclusive ? ">= " : "> ") + number(min);
    } else {
      range = "in " + (minInclusive ? "[" : "(") + number(min) + ", " + number(max) + "]";
    }
    return integer ? "a whole number " + range : range;
  }

  private static String number(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }
}
