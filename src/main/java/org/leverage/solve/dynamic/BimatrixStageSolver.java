package org.leverage.solve.dynamic;

import java.util.Arrays;
import org.leverage.numeric.Tolerance;

/**
 * All equilibria of a small bimatrix game in {@code double}, and the selected one. Pure equilibria
 * are found by checking every cell; mixed ones by support enumeration over supports of equal size k
 * >= 2 (von Stengel 2002, Handbook of Game Theory vol. 3, sec. 3): the indifference system on each
 * support pair is solved by Gaussian elimination with partial pivoting, kept when the probabilities
 * are positive and no action outside the support does better. This finds every equilibrium of a
 * nondegenerate game; a degenerate game may have equilibria (with supports of unequal size, or
 * continua) that are not listed. When it finds none at all (possible only in degenerate games), the
 * extreme equilibria are enumerated by pairing the vertices of the two best-response polyhedra
 * (Avis, Rosenberg, Savani and von Stengel 2010), in the order of player 0's vertex, then player
 * 1's.
 *
 * <p>Canonical order (the order of enumeration): pure equilibria by (row action, column action);
 * then mixed ones by support size, then by the row support's bit mask (action i is bit i), then by
 * the column support's bit mask.
 *
 * <p>Selection: the equilibria that no other equilibrium Pareto-dominates (at least as good for
 * both players and better for one, by more than the scaled tolerance), and among them the first in
 * canonical order. If tolerance makes every equilibrium dominated (a cycle of near ties), the first
 * equilibrium is taken.
 *
 * <p>Cost: {@code O(m n)} for pure equilibria plus {@code O(k^3)} per support pair, {@code sum_k
 * C(m,k) C(n,k)} pairs: trivial for 3x3, exponential in general. Mutable scratch: one instance per
 * thread.
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

  /** How many solves needed the degenerate fallback (for diagnostics and tests). */
  long vertexPairings;

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
   * Solves the game with payoffs {@code a[i * n + j]} (row player) and {@code b[i * n + j]} (column
   * player), writes the selected equilibrium's strategies to {@code x[0..m-1]} and {@code
   * y[0..n-1]} and its payoffs to {@code values[0..1]}.
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
      vertexPairings++;
      new VertexPairing(a, b, m, n, eps).run();
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
   * Solves for a mixed strategy p of the opponent on {@code mixSet} (of {@code mixCount} actions)
   * that makes the own actions in {@code indiffSet} indifferent: {@code sum_q u(r, q) p_q = value}
   * for r in indiffSet, {@code sum p = 1}. Entry {@code u(r, q)} is {@code pay[r * rStride + q *
   * qStride]}. Leaves p in {@code solution[0..k-1]} (support order in {@code support}) and the
   * value in {@code solution[k]}.
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
        dominated = f0 >= e0 - eps && f1 >= e1 - eps && (f0 > e0 + eps || f1 > e1 + eps);
      }
      if (!dominated) {
        return e;
      }
    }
    return 0;
  }

  /**
   * The fallback for degenerate games: every vertex (x, w) of player 0's best-response polyhedron
   * is the unique solution of {@code sum_i b_ij x_i = w} for the columns j of some set C, {@code
   * sum x = 1}, {@code x_i = 0} off some set I; likewise for player 1. Each (I, C) system of any
   * shape is solved by rank-revealing elimination and kept when it has a unique solution that is a
   * mixed strategy with w the best reply payoff; an equilibrium is a pair of such vertices whose
   * supports are best responses to each other. Cost {@code O(4^m + 4^n)} systems, so only for the
   * small, rare degenerate stage games.
   */
  private final class VertexPairing {
    private final double[] a;
    private final double[] b;
    private final int m;
    private final int n;
    private final double eps;
    private final double[] work;

    VertexPairing(double[] a, double[] b, int m, int n, double eps) {
      this.a = a;
      this.b = b;
      this.m = m;
      this.n = n;
      this.eps = eps;
      int k = Math.max(m, n) + 1;
      this.work = new double[k * (k + 1)];
    }

    void run() {
      // Vertices of player 0's strategy x: indifference over column sets, support in row sets.
      java.util.List<double[]> xs = vertices(b, 1, n, n, m);
      java.util.List<double[]> ys = vertices(a, n, 1, m, n);
      for (double[] x : xs) {
        for (double[] y : ys) {
          // x: probabilities (m), value w, best-response mask of columns; y likewise.
          if (isSubset(supportMask(x, m), (int) y[n + 1])
              && isSubset(supportMask(y, n), (int) x[m + 1])) {
            int base =
                add(
                    m,
                    n,
                    Integer.bitCount(supportMask(x, m)) == 1
                        && Integer.bitCount(supportMask(y, n)) == 1);
            System.arraycopy(x, 0, found, base, m);
            System.arraycopy(y, 0, found, base + m, n);
            found[base + m + n] = y[n];
            found[base + m + n + 1] = x[m];
          }
        }
      }
    }

    /**
     * Distinct strategies p over {@code mixCount} actions that make the opponent's actions in some
     * set indifferent with value equal to the opponent's best payoff; each entry holds p, the
     * value, and the mask of the opponent's best responses.
     */
    private java.util.List<double[]> vertices(
        double[] pay, int rStride, int qStride, int indiffCount, int mixCount) {
      java.util.List<double[]> out = new java.util.ArrayList<>();
      for (int indiff = 1; indiff < 1 << indiffCount; indiff++) {
        for (int mix = 1; mix < 1 << mixCount; mix++) {
          double[] p = solve(pay, rStride, qStride, indiff, indiffCount, mix, mixCount);
          if (p != null && out.stream().noneMatch(q -> same(p, q, mixCount))) {
            out.add(p);
          }
        }
      }
      return out;
    }

    private double[] solve(
        double[] pay,
        int rStride,
        int qStride,
        int indiff,
        int indiffCount,
        int mix,
        int mixCount) {
      int k = Integer.bitCount(mix);
      int rows = Integer.bitCount(indiff) + 1;
      int cols = k + 2;
      int[] sup = new int[k];
      for (int q = 0, t = 0; q < mixCount; q++) {
        if ((mix >> q & 1) != 0) {
          sup[t++] = q;
        }
      }
      int row = 0;
      for (int r = 0; r < indiffCount; r++) {
        if ((indiff >> r & 1) != 0) {
          for (int c = 0; c < k; c++) {
            work[row * cols + c] = pay[r * rStride + sup[c] * qStride];
          }
          work[row * cols + k] = -1;
          work[row * cols + k + 1] = 0;
          row++;
        }
      }
      for (int c = 0; c < k; c++) {
        work[row * cols + c] = 1;
      }
      work[row * cols + k] = 0;
      work[row * cols + k + 1] = 1;
      double[] z = eliminate(rows, k + 1, cols);
      if (z == null) {
        return null;
      }
      double[] p = new double[mixCount + 2];
      for (int c = 0; c < k; c++) {
        if (z[c] < -tolerance.zero()) {
          return null;
        }
        p[sup[c]] = Math.max(0, z[c]);
      }
      double value = z[k];
      int best = 0;
      for (int r = 0; r < indiffCount; r++) {
        double u = 0;
        for (int q = 0; q < mixCount; q++) {
          u += pay[r * rStride + q * qStride] * p[q];
        }
        if (u > value + eps) {
          return null;
        }
        if (u >= value - eps) {
          best |= 1 << r;
        }
      }
      p[mixCount] = value;
      p[mixCount + 1] = best;
      return p;
    }

    /** The unique solution of the rows x (unknowns + 1) augmented system, or null. */
    private double[] eliminate(int rows, int unknowns, int cols) {
      if (rows < unknowns) {
        return null;
      }
      for (int col = 0; col < unknowns; col++) {
        int pivot = col;
        for (int r = col + 1; r < rows; r++) {
          if (Math.abs(work[r * cols + col]) > Math.abs(work[pivot * cols + col])) {
            pivot = r;
          }
        }
        if (Math.abs(work[pivot * cols + col]) <= eps) {
          return null;
        }
        for (int c = 0; c < cols; c++) {
          double tmp = work[pivot * cols + c];
          work[pivot * cols + c] = work[col * cols + c];
          work[col * cols + c] = tmp;
        }
        for (int r = col + 1; r < rows; r++) {
          double f = work[r * cols + col] / work[col * cols + col];
          for (int c = col; c < cols; c++) {
            work[r * cols + c] -= f * work[col * cols + c];
          }
        }
      }
      for (int r = unknowns; r < rows; r++) {
        if (Math.abs(work[r * cols + unknowns]) > eps) {
          return null;
        }
      }
      double[] z = new double[unknowns];
      for (int r = unknowns - 1; r >= 0; r--) {
        double s = work[r * cols + unknowns];
        for (int c = r + 1; c < unknowns; c++) {
          s -= work[r * cols + c] * z[c];
        }
        z[r] = s / work[r * cols + r];
      }
      return z;
    }

    private boolean same(double[] p, double[] q, int len) {
      for (int i = 0; i < len; i++) {
        if (Math.abs(p[i] - q[i]) > tolerance.zero()) {
          return false;
        }
      }
      return true;
    }

    private int supportMask(double[] p, int len) {
      int mask = 0;
      for (int i = 0; i < len; i++) {
        if (p[i] > tolerance.zero()) {
          mask |= 1 << i;
        }
      }
      return mask;
    }

    private boolean isSubset(int sub, int set) {
      return (sub & ~set) == 0;
    }
  }
}
