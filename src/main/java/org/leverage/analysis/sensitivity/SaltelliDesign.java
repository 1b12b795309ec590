package org.leverage.analysis.sensitivity;

import java.util.Arrays;
import java.util.Objects;

/**
 * The sampling design of A. Saltelli et al., "Variance based sensitivity analysis of model output.
 * Design and estimator for the total sensitivity index", Computer Physics Communications 181 (2010)
 * 259-270, section 3: two independent {@code n x k} matrices A and B of points in the unit
 * hypercube and, for each input {@code i}, the matrix {@code A_B^(i)}: A with its column {@code i}
 * taken from B. The {@code n (k + 2)} points are listed row by row: point {@code r (k + 2)} is row
 * {@code r} of A, point {@code r (k + 2) + 1} row {@code r} of B and point {@code r (k + 2) + 2 +
 * i} row {@code r} of {@code A_B^(i)}. Row {@code r} of A and B is point {@code r} of one {@link
 * Sampling} of {@code 2k} coordinates (A the first {@code k}, B the last {@code k}), so every point
 * is a pure function of the seed and its index. Immutable and thread-safe.
 */
public final class SaltelliDesign {

  private final Sampling base;
  private final int inputs;
  private final int size;

  /**
   * @param method how the rows of A and B are drawn
   * @param n rows of A and of B, at least 1
   * @param inputs the number {@code k} of inputs, at least 1
   * @throws IllegalArgumentException when a count is out of range or {@code n (k + 2)} exceeds
   *     {@link Integer#MAX_VALUE}
   */
  public SaltelliDesign(SamplingMethod method, int n, int inputs, long seed) {
    Objects.requireNonNull(method, "method");
    if (inputs < 1) {
      throw new IllegalArgumentException("a Sobol design needs at least 1 input but had " + inputs);
    }
    if (n < 1 || (long) n * (inputs + 2L) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a Sobol design needs 1 <= n and n (k + 2) <= "
              + Integer.MAX_VALUE
              + " but had n = "
              + n
              + ", k = "
              + inputs);
    }
    this.base = new Sampling(method, n, 2 * inputs, seed);
    this.inputs = inputs;
    this.size = n * (inputs + 2);
  }

  /** Rows of A and of B. */
  public int n() {
    return base.size();
  }

  /** The number {@code k} of inputs. */
  public int inputs() {
    return inputs;
  }

  /** The number of points, {@code n (k + 2)}. */
  public int size() {
    return size;
  }

  /** Point {@code m} in {@code [0, size)}: {@code k} coordinates in (0, 1). */
  public double[] point(int m) {
    Objects.checkIndex(m, size);
    int column = m % (inputs + 2);
    double[] ab = base.point(m / (inputs + 2));
    if (column == 1) {
      return Arrays.copyOfRange(ab, inputs, 2 * inputs);
    }
    double[] a = Arrays.copyOf(ab, inputs);
    if (column >= 2) {
      a[column - 2] = ab[inputs + column - 2];
    }
    return a;
  }
}
