package org.leverage.solve.dynamic;

import java.util.Arrays;
import org.leverage.numeric.Tolerance;

/**
 * All equilibria of a small bimatrix game in {@code double}, and the selected one. Pure
 * equilibria are found by checking every cell; mixed ones by support enumeration over
 * supports of equal size k >= 2 (von Stengel 2002, Handbook of Game Theory vol. 3, sec. 3):
 * the indifference system on each support pair is solved by Gaussian elimination with partial
 * pivoting, kept when the probabilities are positive and no action outside the support does
 * better. This finds every equilibrium of a nondegenerate game; a degenerate game may have
 * equilibria (with supports of unequal size, or continua) that are not listed.
 *
 * <p>Canonical order (the order of enumeration): pure equilibria by (row action, column
 * action); then mixed ones by support size, then by the row support's bit mask (action i is
 * bit i), then by the column support's bit mask.
 *
 * <p>Selection: the equilibria that no other equilibrium Pareto-dominates (at least as good
 * for both players and better for one, by more than the scaled tolerance), and among them the
 * first in canonical order. If tolerance makes every equilibrium dominated (a cycle of near
 * ties), the first equilibrium is taken.
 *
 * <p>Cost: {@code O(m n)} for pure equilibria plus {@code O(k^3)} per support pair, {@code
 * sum_k C(m,k) C(n,k)} pairs: trivial for 3x3, exponential in general. Mutable scratch: one
 * instance per thread.
 */
final class BimatrixStageSolver {

  private final Tolerance tolerance;
  private final double[] matrix;
  private final double[] solution;
  private final int[] support;
  private final double[] mixX;
  private final double[] mixY;
  private double[] found;
  private boolean[] foundPure;
  private int count;
  private int stride;

  BimatrixStageSolver(Tolerance tolerance, int maxRows, int maxColumns) {
    this.tolerance = tolerance;
    int k = Math.min(maxRows, maxColumns) + 1;
    this.matrix = new double[k * (k + 1)];
    this.solution = new double[k];
    this.support = new int[k];
    this.mixX = new double[maxRows];
    this.mixY = new double[maxColumns];
    this.found = new double[4 * (maxRows + maxColumns + 2)];
    this.foundPure = new boolean[4];
  }

  /** The number of equilibria found by the last {@link #solve}. */
  int count() {
    return count;
  }

  /**
   * Solves the game with payoffs {@code a[i * n + j]} (row player) and {@code b[i * n + j]}
   * (column player), writes the selected equilibrium's strategies to {@code x[0..m-1]} and
   * {@code y[0..n-1]} and its payoffs to {@code values[0..1]}.
   *
   * @return whether the selected equilibrium is pure; when none was found (possible only in
   *     degenerate games) {@link #count()} is 0 and the outputs are untouched
   */
  boolean solve(double[] a, double[] b, int m, int n, double[] x, double[] y, double[] values) {
    stride = m + n + 2;
    count = 0;
    double scale = 1;
    for (int c = 0; c < m * n; c++) {
      scale = Math.max(scale, Math.max(Math.abs(a[c]), Math.abs(b[c])));
    }
    double eps = tolerance.zero() * scale;
    findPure(a, b, m, n, eps);
    for (int k = 2; k <= Math.min(m, n); k++) {
      for (int rows = 0; rows < (1 << m); rows++) {
        if (Integer.bitCount(rows) != k) {
          continue;
        }
        for (int cols = 0; cols < (1 << n); cols++) {
          if (Integer.bitCount(cols) == k) {
            trySupports(a, b, m, n, rows, cols, eps);
          }
        }
      }
    }
    if (count == 0) {
      return false;
    }
    int chosen = select(eps);
    int base = chosen * stride;
    System.arraycopy(found, base, x, 0, m);
    System.arraycopy(found, base + m, y, 0, n);
    values[0] = found[base + m + n];
    values[1] = found[base + m + n + 1];
    return foundPure[chosen];
  }

  private void findPure(double[] a, double[] b, int m, int n, double eps) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        if (isPureEquilibrium(a, b, m, n, i, j, eps)) {
          int base = add(m, n, true);
          found[base + i] = 1;
          found[base + m + j] = 1;
          found[base + m + n] = a[i * n + j];
          found[base + m + n + 1] = b[i * n + j];
        }
      }
    }
  }

  private static boolean isPureEquilibrium(
      double[] a, double[] b, int m, int n, int i, int j, double eps) {
    for (int r = 0; r < m; r++) {
      if (a[r * n + j] > a[i * n + j] + eps) {
        return false;
      }
    }
    for (int c = 0; c < n; c++) {
      if (b[i * n + c] > b[i * n + j] + eps) {
        return false;
      }
    }
    return true;
  }

  /** Support pair (rows, cols) of equal size: solve both indifference systems and check. */
  private void trySupports(double[] a, double[] b, int m, int n, int rows, int cols, double eps) {
    // Column strategy y on cols making every row in rows indifferent, with value v.
    if (!solveIndifference(a, n, 1, rows, m, cols, n, eps)) {
      return;
    }
    int k = Integer.bitCount(cols);
    double[] y = mixY;
    Arrays.fill(y, 0, n, 0);
    for (int t = 0; t < k; t++) {
      y[support[t]] = solution[t];
    }
    double v = solution[k];
    for (int i = 0; i < m; i++) {
      if ((rows >> i & 1) == 0 && dot(a, i * n, 1, y, n) > v + eps) {
        return;
      }
    }
    // Row strategy x on rows making every column in cols indifferent, with value w.
    if (!solveIndifference(b, 1, n, cols, n, rows, m, eps)) {
      return;
    }
    double[] x = mixX;
    Arrays.fill(x, 0, m, 0);
    for (int t = 0; t < k; t++) {
      x[support[t]] = solution[t];
    }
    double w = solution[k];
    for (int j = 0; j < n; j++) {
      if ((cols >> j & 1) == 0 && dot(b, j, n, x, m) > w + eps) {
        return;
      }
    }
    int base = add(m, n, false);
    System.arraycopy(x, 0, found, base, m);
    System.arraycopy(y, 0, found, base + m, n);
    found[base + m + n] = v;
    found[base + m + n + 1] = w;
  }

  /**
   * Solves for a mixed strategy p of the opponent on {@code mixSet} (of {@code mixCount}
   * actions) that makes the own actions in {@code indiffSet} indifferent: {@code sum_q u(r, q)
   * p_q = value} for r in indiffSet, {@code sum p = 1}. Entry {@code u(r, q)} is {@code
   * pay[r * rStride + q * qStride]}. Leaves p in {@code solution[0..k-1]} (support order in
   * {@code support}) and the value in {@code solution[k]}.
   *
   * @return whether the system is nonsingular and every probability is positive
   */
  private boolean solveIndifference(
      double[] pay,
      int rStride,
      int qStride,
      int indiffSet,
      int indiffCount,
      int mixSet,
      int mixCount,
      double eps) {
    int k = Integer.bitCount(mixSet);
    int cols = k + 2;
    int t = 0;
    for (int q = 0; q < mixCount; q++) {
      if ((mixSet >> q & 1) != 0) {
        support[t++] = q;
      }
    }
    int row = 0;
    for (int r = 0; r < indiffCount; r++) {
      if ((indiffSet >> r & 1) == 0) {
        continue;
      }
      for (int c = 0; c < k; c++) {
        matrix[row * cols + c] = pay[r * rStride + support[c] * qStride];
      }
      matrix[row * cols + k] = -1;
      matrix[row * cols + k + 1] = 0;
      row++;
    }
    for (int c = 0; c < k; c++) {
      matrix[row * cols + c] = 1;
    }
    matrix[row * cols + k] = 0;
    matrix[row * cols + k + 1] = 1;
    if (!gauss(k + 1, cols, eps)) {
      return false;
    }
    for (int c = 0; c < k; c++) {
      if (!(solution[c] > tolerance.zero())) {
        return false;
      }
    }
    return true;
  }

  /** Gaussian elimination with partial pivoting on the n x (n+1) augmented matrix. */
  private boolean gauss(int n, int cols, double eps) {
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(matrix[r * cols + col]) > Math.abs(matrix[pivot * cols + col])) {
          pivot = r;
        }
      }
      if (Math.abs(matrix[pivot * cols + col]) <= eps) {
        return false;
      }
      if (pivot != col) {
        for (int c = 0; c < cols; c++) {
          double tmp = matrix[pivot * cols + c];
          matrix[pivot * cols + c] = matrix[col * cols + c];
          matrix[col * cols + c] = tmp;
        }
      }
      double p = matrix[col * cols + col];
      for (int r = col + 1; r < n; r++) {
        double f = matrix[r * cols + col] / p;
        if (f != 0) {
          for (int c = col; c < cols; c++) {
            matrix[r * cols + c] -= f * matrix[col * cols + c];
          }
        }
      }
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = matrix[r * cols + n];
      for (int c = r + 1; c < n; c++) {
        s -= matrix[r * cols + c] * solution[c];
      }
      solution[r] = s / matrix[r * cols + r];
    }
    return true;
  }

  private static double dot(double[] pay, int start, int step, double[] p, int len) {
    double s = 0;
    for (int q = 0; q < len; q++) {
      s += pay[start + q * step] * p[q];
    }
    return s;
  }

  private int add(int m, int n, boolean pure) {
    if ((count + 1) * stride > found.length) {
      found = Arrays.copyOf(found, 2 * (count + 1) * stride);
    }
    if (count + 1 > foundPure.length) {
      foundPure = Arrays.copyOf(foundPure, 2 * (count + 1));
    }
    int base = count * stride;
    Arrays.fill(found, base, base + stride, 0);
    foundPure[count] = pure;
    count++;
    return base;
  }

  private int select(double eps) {
    int payoffAt = stride - 2;
    for (int e = 0; e < count; e++) {
      double e0 = found[e * stride + payoffAt];
      double e1 = found[e * stride + payoffAt + 1];
      boolean dominated = false;
      for (int f = 0; f < count && !dominated; f++) {
        double f0 = found[f * stride + payoffAt];
        double f1 = found[f * stride + payoffAt + 1];
        dominated =
            f0 >= e0 - eps && f1 >= e1 - eps && (f0 > e0 + eps || f1 > e1 + eps);
      }
      if (!dominated) {
        return e;
      }
    }
    return 0;
  }
}
