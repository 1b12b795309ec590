package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * First-order and total Sobol indices of one output, with bootstrap percentile intervals, as {@link
 * Sobol} estimates them.
 *
 * @param n rows of the design's matrices A and B
 * @param resamples bootstrap resamples behind the intervals
 * @param level the intervals' nominal coverage, e.g. 0.95
 * @param variance the output variance the indices divide by: the sample variance (divisor {@code 2n
 *     - 1}) of the {@code 2n} outputs at the rows of A and B
 * @param indices one per input, in the design's input order
 */
public record SobolIndices(
    int n, int resamples, double level, double variance, List<Index> indices) {

  public SobolIndices {
    indices = ImmutableList.copyOf(indices);
  }

  /**
   * The indices of one input.
   *
   * @param first the first-order index {@code S_i = V[E(Y | X_i)] / V(Y)}: the share of the output
   *     variance that input {@code i} explains alone
   * @param firstInterval the bootstrap percentile interval of {@code first}
   * @param total the total index {@code S_Ti = E[V(Y | X_~i)] / V(Y)}: the share left unexplained
   *     when every input but {@code i} is known, interactions included
   * @param totalInterval the bootstrap percentile interval of {@code total}
   */
  public record Index(double first, Interval firstInterval, double total, Interval totalInterval) {}

  /**
   * A closed interval {@code [low, high]}.
   *
   * @param low the lower end
   * @param high the upper end
   */
  public record Interval(double low, double high) {

    /** Whether {@code low <= x <= high}. */
    public boolean contains(double x) {
      return low <= x && x <= high;
    }
  }
}
