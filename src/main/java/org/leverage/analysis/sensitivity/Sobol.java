package org.leverage.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Variance-based sensitivity indices of one output from the outputs at the points of a {@link
 * SaltelliDesign}: for each input {@code i}, with {@code f(X)_r} the output at row {@code r} of
 * matrix {@code X} and {@code V(Y)} the sample variance of the {@code 2n} outputs at A and B,
 *
 * <ul>
 *   <li>first order, {@code V_i = (1/n) sum_r f(B)_r (f(A_B^(i))_r - f(A)_r)}, the estimator of
 *       Saltelli et al., Computer Physics Communications 181 (2010), Table 2 (b), which they
 *       recommend;
 *   <li>total, {@code V_Ti = (1/2n) sum_r (f(A)_r - f(A_B^(i))_r)^2}, M. Jansen's estimator
 *       (Computer Physics Communications 117 (1999)), Table 2 (f) of the same paper;
 * </ul>
 *
 * and {@code S_i = V_i / V(Y)}, {@code S_Ti = V_Ti / V(Y)}. Confidence intervals by the bootstrap
 * (B. Efron, R. Tibshirani, An Introduction to the Bootstrap, 1993, ch. 13): the rows are resampled
 * with replacement {@code resamples} times from a generator seeded with {@code seed}, the indices
 * recomputed on each resample, and the interval runs between their {@link SampleStats#quantile
 * quantiles} {@code (1 - LEVEL) / 2} and {@code (1 + LEVEL) / 2} (percentile intervals).
 *
 * <p>Independent of the model: the estimator sees only outputs. Deterministic: sums run in row
 * order and the resampling is one sequential pass of its generator. Cost {@code O(resamples n k)}.
 * Indices are not finite when the outputs at A and B do not vary.
 */
public final class Sobol {

  /** The nominal coverage of the bootstrap intervals. */
  public static final double LEVEL = 0.95;

  private Sobol() {}

  /**
   * The indices of {@code f} over the unit hypercube: {@code f} evaluated once at each point of
   * {@code design}, in order, on the calling thread.
   */
  public static SobolIndices analyze(
      ToDoubleFunction<double[]> f, SaltelliDesign design, int resamples, long seed) {
    double[] y = new double[design.size()];
    for (int m = 0; m < y.length; m++) {
      y[m] = f.applyAsDouble(design.point(m));
    }
    return estimate(y, design.n(), design.inputs(), resamples, seed);
  }

  /**
   * The indices of the US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING with respect to
   * each uncertain parameter of a whole Sobol run, in the order of {@code all.run().parameters()}.
   *
   * @param resamples bootstrap resamples, at least 1
   * @param seed the seed of the bootstrap's generator
   * @throws IllegalArgumentException when {@code all} is not the whole of a Sobol run
   */
  public static SobolIndices ofAdvantage(EvaluationChunk all, int resamples, long seed) {
    double[] y = all.whole(Run.Kind.SOBOL).stream().mapToDouble(Evaluation::advantage).toArray();
    return estimate(y, all.run().n(), all.run().parameters().size(), resamples, seed);
  }

  /**
   * The indices from the outputs {@code y} at the points of a {@link SaltelliDesign} with {@code n}
   * rows and {@code inputs} inputs, in the design's order.
   *
   * @param n at least 2
   * @param resamples bootstrap resamples, at least 1 (1,000 is usual)
   * @param seed the seed of the bootstrap's generator
   * @throws IllegalArgumentException when {@code y} does not have {@code n (inputs + 2)} values or
   *     a count is out of range
   */
  public static SobolIndices estimate(double[] y, int n, int inputs, int resamples, long seed) {
    if (n < 2 || inputs < 1 || (long) n * (inputs + 2L) != y.length) {
      throw new IllegalArgumentException(
          "Sobol indices need n >= 2 rows, k >= 1 inputs and n (k + 2) outputs but had n = "
              + n
              + ", k = "
              + inputs
              + " and "
              + y.length
              + " outputs");
    }
    if (resamples < 1) {
      throw new IllegalArgumentException(
          "bootstrap resamples must be at least 1 but was " + resamples);
    }
    int[] rows = new int[n];
    Arrays.setAll(rows, r -> r);
    double[][] estimate = new double[2][inputs];
    double variance = indices(y, inputs, rows, estimate);
    double[][][] replicates = new double[2][inputs][resamples];
    double[][] one = new double[2][inputs];
    SplittableRandom random = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      for (int r = 0; r < n; r++) {
        rows[r] = random.nextInt(n);
      }
      indices(y, inputs, rows, one);
      for (int kind = 0; kind < 2; kind++) {
        for (int i = 0; i < inputs; i++) {
          replicates[kind][i][b] = one[kind][i];
        }
      }
    }
    List<SobolIndices.Index> out = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      out.add(
          new SobolIndices.Index(
              estimate[0][i],
              interval(replicates[0][i]),
              estimate[1][i],
              interval(replicates[1][i])));
    }
    return new SobolIndices(n, resamples, LEVEL, variance, out);
  }

  /**
   * Fills {@code out[0]} with the first-order and {@code out[1]} with the total indices of the rows
   * {@code rows} (repeats allowed) and returns the output variance they divide by.
   */
  private static double indices(double[] y, int inputs, int[] rows, double[][] out) {
    int width = inputs + 2;
    int n = rows.length;
    double sum = 0;
    for (int r : rows) {
      sum += y[r * width] + y[r * width + 1];
    }
    double mean = sum / (2.0 * n);
    double squares = 0;
    for (int r : rows) {
      double a = y[r * width] - mean;
      double b = y[r * width + 1] - mean;
      squares += a * a + b * b;
    }
    double variance = squares / (2.0 * n - 1);
    for (int i = 0; i < inputs; i++) {
      double first = 0;
      double total = 0;
      for (int r : rows) {
        double a = y[r * width];
        double b = y[r * width + 1];
        double ab = y[r * width + 2 + i];
        first += b * (ab - a);
        total += (a - ab) * (a - ab);
      }
      out[0][i] = first / n / variance;
      out[1][i] = total / (2.0 * n) / variance;
    }
    return variance;
  }

  private static SobolIndices.Interval interval(double[] replicates) {
    double[] sorted = replicates.clone();
    Arrays.sort(sorted);
    return new SobolIndices.Interval(
        SampleStats.quantile(sorted, (1 - LEVEL) / 2),
        SampleStats.quantile(sorted, (1 + LEVEL) / 2));
  }
}
