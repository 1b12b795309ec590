package org.leverage.solve.dynamic;

import java.util.Arrays;
import org.leverage.numeric.Tolerance;

/**
 * All equilibria of a small bimatrix game in {@code double}, and the selected one. Pure equilibria
 * are found by checking every cell; mixed ones by support enumeration over supports of equal size k
 * >= 2 (von Stengel 2002, Handbook of Game Theory vol. 3, sec. 3): the indifference system on each
 * support pair is solved by Gaussian elimination with partial pivoting, and the solution is kept
 * when the probabilities are positive and, checked afterwards, every action in the support earns
 * the value and none outside earns more (within the tolerance). Payoffs are first shifted by the
 * column minima of A and the row minima of B (which changes no best response), so the tolerance,
 * scaled by the largest shifted payoff, is relative to the payoff differences that decide the game
 * rather than to the level of the continuation values. Equilibrium payoffs are computed from the
 * unshifted payoffs. This finds every equilibrium of a nondegenerate game; a degenerate game may
 * have equilibria (with supports of unequal size, or continua) that are not listed. When it finds
 * none at all (possible only in degenerate games), the extreme equilibria are enumerated by pairing
 * the vertices of the two best-response polyhedra (Avis, Rosenberg, Savani and von Stengel 2010),
 * in the order of player 0's vertex, then player 1's.
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
  private final double[] normA;
  private final double[] normB;
  private double[] found;
  private boolean[] foundPure;
  private int count;
  private int chosen;

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
    this.normA = new double[maxRows * maxColumns];
    this.normB = new double[maxRows * maxColumns];
    this.found = new double[4 * (maxRows + maxColumns + 2)];
    this.foundPure = new boolean[4];
  }

  /** The index of the selected equilibrium of the last {@link #solve}. */
  int selected() {
    return chosen;
  }

  /** Writes equilibrium {@code e} (canonical order) of the last {@link #solve}. */
  void equilibrium(int e, int m, int n, double[] x, double[] y, double[] values) {
    int base = e * stride;
    System.arraycopy(found, base, x, 0, m);
    System.arraycopy(found, base + m, y, 0, n);
    values[0] = found[base + m + n];
    values[1] = found[base + m + n + 1];
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
    // Best responses do not change when a constant is added to a column of A or a row of B.
    // Subtracting the column minima of A and the row minima of B removes the common level of the
    // continuation values, which can dwarf the differences that decide the game, so that
    // tolerances are relative to those differences.
    double scale = 1;
    for (int j = 0; j < n; j++) {
      double min = a[j];
      for (int i = 1; i < m; i++) {
        min = Math.min(min, a[i * n + j]);
      }
      for (int i = 0; i < m; i++) {
        normA[i * n + j] = a[i * n + j] - min;
        scale = Math.max(scale, normA[i * n + j]);
      }
    }
    for (int i = 0; i < m; i++) {
      double min = b[i * n];
      for (int j = 1; j < n; j++) {
        min = Math.min(min, b[i * n + j]);
      }
      for (int j = 0; j < n; j++) {
        normB[i * n + j] = b[i * n + j] - min;
        scale = Math.max(scale, normB[i * n + j]);
      }
    }
    double eps = tolerance.zero() * scale;
    findPure(normA, normB, m, n, eps);
    for (int k = 2; k <= Math.min(m, n); k++) {
      for (int rows = 0; rows < (1 << m); rows++) {
        if (Integer.bitCount(rows) != k) {
          continue;
        }
        for (int cols = 0; cols < (1 << n); cols++) {
          if (Integer.bitCount(cols) == k) {
            trySupports(normA, normB, m, n, rows, cols, eps);
          }
        }
      }
    }
    if (count == 0) {
      vertexPairings++;
      new VertexPairing(normA, normB, m, n, eps).run();
    }
    if (count == 0) {
      return false;
    }
    for (int e = 0; e < count; e++) {
      int base = e * stride;
      found[base + m + n] = expected(a, found, base, base + m, m, n);
      found[base + m + n + 1] = expected(b, found, base, base + m, m, n);
    }
    chosen = select(eps);
    int base = chosen * stride;
    System.arraycopy(found, base, x, 0, m);
    System.arraycopy(found, base + m, y, 0, n);
    values[0] = found[base + m + n];
    values[1] = found[base + m + n + 1];
    return foundPure[chosen];
  }

  /** {@code x' U y} with x at {@code p[xAt..]} and y at {@code p[yAt..]}. */
  private static double expected(double[] u, double[] p, int xAt, int yAt, int m, int n) {
    double sum = 0;
    for (int i = 0; i < m; i++) {
      if (p[xAt + i] != 0) {
        for (int j = 0; j < n; j++) {
          sum += p[xAt + i] * p[yAt + j] * u[i * n + j];
        }
      }
    }
    return sum;
  }

  private void findPure(double[] a, double[] b, int m, int n, double eps) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        if (isPureEquilibrium(a, b, m, n, i, j, eps)) {
          int base = add(m, n, true);
          found[base + i] = 1;
          found[base + m + j] = 1;
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
    if (!solveIndifference(a, n, 1, rows, m, cols, n)) {
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
      if (!bestResponse(dot(a, i * n, 1, y, n), v, (rows >> i & 1) != 0, eps)) {
        return;
      }
    }
    // Row strategy x on rows making every column in cols indifferent, with value w.
    if (!solveIndifference(b, 1, n, cols, n, rows, m)) {
      return;
    }
    double[] x = mixX;
    Arrays.fill(x, 0, m, 0);
    for (int t = 0; t < k; t++) {
      x[support[t]] = solution[t];
    }
    double w = solution[k];
    for (int j = 0; j < n; j++) {
      if (!bestResponse(dot(b, j, n, x, m), w, (cols >> j & 1) != 0, eps)) {
        return;
      }
    }
    int base = add(m, n, false);
    System.arraycopy(x, 0, found, base, m);
    System.arraycopy(y, 0, found, base + m, n);
  }

  /**
   * The a-posteriori check of a solved support: an action in the support earns the value (within
   * eps), one outside earns at most the value plus eps. Near-singular systems are not rejected by
   * their pivots; whatever passes this check is an equilibrium within the tolerance.
   */
  private static boolean bestResponse(double payoff, double value, boolean inSupport, double eps) {
    return inSupport ? Math.abs(payoff - value) <= eps : payoff <= value + eps;
  }

  /**
   * Solves for a mixed strategy p of the opponent on {@code mixSet} (of {@code mixCount} actions)
   * that makes the own actions in {@code indiffSet} indifferent: {@code sum_q u(r, q) p_q = value}
   * for r in indiffSet, {@code sum p = 1}. Entry {@code u(r, q)} is {@code pay[r * rStride + q *
   * qStride]}. Leaves p in {@code solution[0..k-1]} (support order in {@code support}) and the
   * value in {@code solution[k]}.
   *
   * @return whether the system is nonsingular and every probability is positive (the equilibrium
   *     conditions are checked afterwards)
   */
  private boolean solveIndifference(
      double[] pay,
      int rStride,
      int qStride,
      int indiffSet,
      int indiffCount,
      int mixSet,
      int mixCount) {
    int k = Integer.bitCount(mixSet);
    int cols = k + 2;
    indifferenceSystem(
        matrix, support, pay, rStride, qStride, indiffSet, indiffCount, mixSet, mixCount);
    if (!gauss(k + 1, cols)) {
      return false;
    }
    for (int c = 0; c < k; c++) {
      if (!(solution[c] > tolerance.zero())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the indifference system of {@link #solveIndifference} as a row-major augmented matrix of
   * {@code k + 2} columns into {@code matrix} (unknowns: the {@code k} probabilities on {@code
   * mixSet}, then the value): one row {@code sum_c u(r, support[c]) p_c - value = 0} per r in
   * {@code indiffSet}, then {@code sum p = 1}. Also writes the actions of {@code mixSet} into
   * {@code support[0..k-1]}.
   */
  private static void indifferenceSystem(
      double[] matrix,
      int[] support,
      double[] pay,
      int rStride,
      int qStride,
      int indiffSet,
      int indiffCount,
      int mixSet,
      int mixCount) {
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
  }

  /** Gaussian elimination with partial pivoting on the n x (n+1) augmented matrix. */
  private boolean gauss(int n, int cols) {
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(matrix[r * cols + col]) > Math.abs(matrix[pivot * cols + col])) {
          pivot = r;
        }
      }
      if (matrix[pivot * cols + col] == 0) {
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
      if (!Double.isFinite(solution[r])) {
        return false;
      }
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
      indifferenceSystem(work, sup, pay, rStride, qStride, indiff, indiffCount, mix, mixCount);
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
