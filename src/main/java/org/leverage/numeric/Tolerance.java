package org.leverage.numeric;

/**
 * The one place that holds the epsilons of floating-point searches. Exact methods use none:
 * whatever a floating search finds is re-derived and checked in exact arithmetic.
 *
 * @param zero absolute threshold below which a scaled quantity counts as zero
 * @param ambiguous quantities between {@code zero} and this are too close to call in floating
 *     point; a search that meets one falls back to exact arithmetic
 */
public record Tolerance(double zero, double ambiguous) {

  /** Defaults for double-precision pivoting on payoffs of ordinary magnitude. */
  public static final Tolerance DEFAULT = new Tolerance(1e-9, 1e-6);

  public Tolerance {
    if (!(zero > 0 && zero <= ambiguous && ambiguous < 1)) {
      throw new IllegalArgumentException(
          "tolerances must satisfy 0 < zero <= ambiguous < 1 but were zero="
              + zero
              + ", ambiguous="
              + ambiguous);
    }
  }

  public boolean isZero(double x) {
    return Math.abs(x) <= zero;
  }

  public boolean isAmbiguous(double x) {
    double a = Math.abs(x);
    return a > zero && a <= ambiguous;
  }
}
