package org.leverage.analysis.sensitivity;

/**
 * Mean, standard deviation and range of a sample, and the quantile definition every sensitivity
 * summary uses.
 *
 * @param mean the arithmetic mean (summed in sample order, so the same sample gives the same bits)
 * @param sd the sample standard deviation, divisor {@code n - 1} (two passes: mean, then squared
 *     deviations)
 * @param min the smallest value
 * @param max the largest value
 */
public record SampleStats(double mean, double sd, double min, double max) {

  /**
   * The statistics of {@code x}, which must hold at least two values.
   *
   * @throws IllegalArgumentException when {@code x} has fewer than two values
   */
  public static SampleStats of(double[] x) {
    if (x.length < 2) {
      throw new IllegalArgumentException(
          "sample statistics need at least 2 values but had " + x.length);
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double mean = sum / x.length;
    double squares = 0;
    for (double v : x) {
      squares += (v - mean) * (v - mean);
    }
    return new SampleStats(mean, Math.sqrt(squares / (x.length - 1)), min, max);
  }

  /**
   * The {@code p}-quantile of an ascending, non-empty sample by linear interpolation between order
   * statistics: with {@code h = (n - 1) p}, {@code x[floor h] + (h - floor h) (x[floor h + 1] -
   * x[floor h])} (0-based; definition 7 of R. Hyndman, Y. Fan, "Sample quantiles in statistical
   * packages", The American Statistician 50 (1996), the default of R and NumPy).
   *
   * @param p in [0, 1]
   */
  static double quantile(double[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile level must be in [0, 1] but was " + p);
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo == sorted.length - 1) {
      return sorted[lo];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
