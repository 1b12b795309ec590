package org.leverage.solve.dynamic;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.dynamic.DynamicSolverOptions.StageSelection;

/**
 * All extreme equilibria of a bimatrix stage game given in {@code double}, and the selected one.
 * Extreme equilibria are the pairs of vertices of the two best-response polyhedra that are best
 * responses to each other (von Stengel 2002, Handbook of Game Theory vol. 3, sec. 3); in a
 * nondegenerate game these are all its equilibria, in a degenerate one every equilibrium is a
 * convex combination of them. The set is the one {@code enummixed} ({@link
 * org.leverage.solve.bimatrix.EnumMixedSolver}) returns.
 *
 * <p><b>Two methods, one answer.</b> Small games, with at most {@value #DOUBLE_SYSTEMS} square
 * systems per player (7x7 has 3431, 3x26 has 3653) and at most 30 actions each, are solved in
 * {@code double}: every vertex {@code (x, v)} of player 0's polyhedron {@code {x >= 0, sum x = 1,
 * B^T x <= v}} is the unique solution of a square system with a support set I of rows and an
 * equally large set C of columns held at the value, so solving all {@code sum_k C(m,k) C(n,k) =
 * C(m+n, m) - 1} such systems by Gaussian elimination with partial pivoting, and keeping the
 * solutions that are mixed strategies against which no column earns more than v, lists every
 * vertex, in degenerate games too (the systems of one action need no solving: every pure strategy
 * is a vertex, at the value of the opponent's best reply); likewise for player 1; then every pair
 * of vertices whose supports are best responses to each other is an extreme equilibrium.
 * Comparisons use the tolerance: probabilities within {@code zero} of 0 are 0, payoffs within
 * {@code zero * scale} are equal, where payoffs are first shifted by the column minima of A and the
 * row minima of B (which changes no best response) and {@code scale} is the largest shifted payoff,
 * at least 1; so the tolerance is relative to the payoff differences that decide the game rather
 * than to the level of the continuation values. Larger games go to {@link ExactStageGame}: each
 * double payoff is converted to the rational it exactly is ({@code new BigFraction(double)}, exact
 * for every finite double, so nothing is rounded: these are computed values, not user input) and
 * {@code enummixed} enumerates and certifies every extreme equilibrium in exact arithmetic, within
 * the option {@code maxStageBases}; past it a {@link SolverLimitException} says what to try.
 * Equilibrium payoffs are computed from the unshifted payoffs (exactly, then rounded, on the exact
 * path).
 *
 * <p>Canonical order: lexicographic on the probability vector (player 0's, then player 1's), larger
 * first, as {@link MixedProfile#CANONICAL_ORDER}; on the double path probabilities are compared
 * after rounding to multiples of {@code zero}, which keeps the order transitive and free of
 * rounding noise.
 *
 * <p>Selection by {@link StageSelection}; Pareto dominance requires being better by more than the
 * scaled tolerance.
 *
 * <p>Cost on the double path: {@code O(C(m+n, m) k^3)} for the systems plus {@code O(V_x V_y)} for
 * the pairing of the vertices found; a 3x3 game takes microseconds. On the exact path: {@code
 * enummixed}'s, output-sensitive, seconds for a random 16x16 game. Mutable scratch: one instance
 * per thread.
 */
final class BimatrixStageSolver {

  /**
   * The most square systems per player solved in double: {@code C(m+n, m) - 1 <= 4096} covers 7x7
   * (3431) in a few milliseconds; beyond it the output-sensitive exact enumeration takes over.
   */
  static final int DOUBLE_SYSTEMS = 4096;

  /** Actions of one player the double path handles (sets of actions are bits of an int). */
  private static final int DOUBLE_ACTIONS = 30;

  private final Tolerance tolerance;
  private final StageSelection selection;
  private final long maxBases;
  private final double[] matrix;
  private final double[] solution;
  private final int[] support;
  private final double[] normA;
  private final double[] normB;
  private final Vertices rowVertices;
  private final Vertices columnVertices;
  private double[] found;
  private boolean[] foundPure;
  private int count;
  private int chosen;
  private int stride;
  private double eps;

  /** How many solves had an equilibrium with supports of unequal size (a degenerate game). */
  long degenerate;

  BimatrixStageSolver(DynamicSolverOptions options, int maxRows, int maxColumns) {
    this.tolerance = options.tolerance();
    this.selection = options.selection();
    this.maxBases = options.maxStageBases();
    int k = Math.min(Math.min(maxRows, maxColumns), DOUBLE_ACTIONS) + 1;
    this.matrix = new double[k * (k + 1)];
    this.solution = new double[k];
    this.support = new int[k];
    this.normA = new double[maxRows * maxColumns];
    this.normB = new double[maxRows * maxColumns];
    this.rowVertices = new Vertices(Math.min(maxRows, DOUBLE_ACTIONS));
    this.columnVertices = new Vertices(Math.min(maxColumns, DOUBLE_ACTIONS));
    this.found = new double[4 * (maxRows + maxColumns + 2)];
    this.foundPure = new boolean[4];
  }

  /** The index of the selected equilibrium of the last {@link #solve}. */
  int selected() {
    return chosen;
  }

  /** The number of equilibria found by the last {@link #solve}, at least 1. */
  int count() {
    return count;
  }

  /** Whether equilibrium {@code e} of the last {@link #solve} is pure. */
  boolean isPure(int e) {
    return foundPure[e];
  }

  /** Writes equilibrium {@code e} (canonical order) of the last {@link #solve}. */
  void equilibrium(int e, int m, int n, double[] x, double[] y, double[] values) {
    int base = e * stride;
    System.arraycopy(found, base, x, 0, m);
    System.arraycopy(found, base + m, y, 0, n);
    values[0] = found[base + m + n];
    values[1] = found[base + m + n + 1];
  }

  /**
   * The equilibria of the last {@link #solve} that pay both players the same as the selected one
   * within the scaled tolerance and that the selection rule could have taken instead, the selected
   * one included (see {@link EquilibriumSelection#ties}).
   */
  List<Integer> ties() {
    int at = stride - 2;
    return EquilibriumSelection.ties(
        selection,
        count,
        chosen,
        this::dominates,
        (f, e) ->
            Math.abs(found[f * stride + at] - found[e * stride + at]) <= eps
                && Math.abs(found[f * stride + at + 1] - found[e * stride + at + 1]) <= eps);
  }

  /**
   * Solves the game with payoffs {@code a[i * n + j]} (row player) and {@code b[i * n + j]} (column
   * player) for every extreme equilibrium and selects one; read them with {@link #equilibrium}.
   *
   * @param where names the node in a limit's message; called only then
   * @throws SolverLimitException if the exact enumeration of a large game reaches its limit
   */
  void solve(double[] a, double[] b, int m, int n, Supplier<String> where) {
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
    eps = tolerance.zero() * scale;
    if (m <= DOUBLE_ACTIONS && n <= DOUBLE_ACTIONS && systems(m, n) <= DOUBLE_SYSTEMS) {
      // x: player 0's strategies, holding columns at the value (payoffs B, column j at stride 1).
      rowVertices.enumerate(normB, 1, n, n, m);
      columnVertices.enumerate(normA, n, 1, m, n);
      pairVertices(m, n);
      sortCanonically(m + n);
      for (int e = 0; e < count; e++) {
        int base = e * stride;
        found[base + m + n] = expected(a, found, base, base + m, m, n);
        found[base + m + n + 1] = expected(b, found, base, base + m, m, n);
      }
    } else {
      enumerateExactly(a, b, m, n, where);
    }
    for (int e = 0; e < count; e++) {
      int base = e * stride;
      if (supportSize(base, m) != supportSize(base + m, n)) {
        degenerate++;
        break;
      }
    }
    chosen = EquilibriumSelection.select(selection, count, this::dominates);
  }

  /** {@code C(m+n, m) - 1}, the number of square systems per player, saturating above the cap. */
  private static long systems(int m, int n) {
    long c = 1;
    for (int k = 1; k <= Math.min(m, n) && c <= DOUBLE_SYSTEMS + 1; k++) {
      c = c * (m + n - k + 1) / k;
    }
    return c - 1;
  }

  private int supportSize(int from, int len) {
    int s = 0;
    for (int k = from; k < from + len; k++) {
      s += found[k] > 0 ? 1 : 0;
    }
    return s;
  }

  /** Whether equilibrium f's payoffs Pareto-dominate e's by more than the scaled tolerance. */
  private boolean dominates(int f, int e) {
    int at = stride - 2;
    double e0 = found[e * stride + at];
    double e1 = found[e * stride + at + 1];
    double f0 = found[f * stride + at];
    double f1 = found[f * stride + at + 1];
    return f0 >= e0 - eps && f1 >= e1 - eps && (f0 > e0 + eps || f1 > e1 + eps);
  }

  private void enumerateExactly(double[] a, double[] b, int m, int n, Supplier<String> where) {
    BigFraction[] ea = new BigFraction[m * n];
    BigFraction[] eb = new BigFraction[m * n];
    for (int c = 0; c < m * n; c++) {
      ea[c] = new BigFraction(a[c]);
      eb[c] = new BigFraction(b[c]);
    }
    ExactStageGame stage = ExactStageGame.solve(ea, eb, m, n, maxBases, where.get());
    List<MixedProfile> equilibria = stage.equilibria();
    for (int e = 0; e < equilibria.size(); e++) {
      List<BigFraction> p = equilibria.get(e).flatten();
      int pure = 0;
      int base = add();
      for (int k = 0; k < m + n; k++) {
        found[base + k] = p.get(k).doubleValue();
        pure += p.get(k).equals(BigFraction.ONE) ? 1 : 0;
      }
      foundPure[e] = pure == 2;
      found[base + m + n] = stage.payoff(e, 0).doubleValue();
      found[base + m + n + 1] = stage.payoff(e, 1).doubleValue();
    }
  }

  /** Every pair of a row vertex and a column vertex whose supports are mutual best responses. */
  private void pairVertices(int m, int n) {
    for (int u = 0; u < rowVertices.size; u++) {
      for (int w = 0; w < columnVertices.size; w++) {
        if ((rowVertices.supports[u] & ~columnVertices.bests[w]) == 0
            && (columnVertices.supports[w] & ~rowVertices.bests[u]) == 0) {
          int base = add();
          System.arraycopy(rowVertices.points, u * rowVertices.stride, found, base, m);
          System.arraycopy(columnVertices.points, w * columnVertices.stride, found, base + m, n);
          foundPure[count - 1] =
              Integer.bitCount(rowVertices.supports[u]) == 1
                  && Integer.bitCount(columnVertices.supports[w]) == 1;
        }
      }
    }
  }

  /** Insertion sort of the found equilibria into canonical order (there are few). */
  private void sortCanonically(int len) {
    double[] row = new double[stride];
    for (int e = 1; e < count; e++) {
      int f = e;
      while (f > 0 && compareCanonical(f - 1, f, len) > 0) {
        System.arraycopy(found, f * stride, row, 0, stride);
        System.arraycopy(found, (f - 1) * stride, found, f * stride, stride);
        System.arraycopy(row, 0, found, (f - 1) * stride, stride);
        boolean p = foundPure[f];
        foundPure[f] = foundPure[f - 1];
        foundPure[f - 1] = p;
        f--;
      }
    }
  }

  /** Negative when equilibrium e comes before f: larger rounded probabilities first. */
  private int compareCanonical(int e, int f, int len) {
    for (int k = 0; k < len; k++) {
      long pe = Math.round(found[e * stride + k] / tolerance.zero());
      long pf = Math.round(found[f * stride + k] / tolerance.zero());
      if (pe != pf) {
        return Long.compare(pf, pe);
      }
    }
    return 0;
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

  private int add() {
    if ((count + 1) * stride > found.length) {
      found = Arrays.copyOf(found, 2 * (count + 1) * stride);
    }
    if (count + 1 > foundPure.length) {
      foundPure = Arrays.copyOf(foundPure, 2 * (count + 1));
    }
    int base = count * stride;
    Arrays.fill(found, base, base + stride, 0);
    foundPure[count] = false;
    count++;
    return base;
  }

  /**
   * The vertices of one player's best-response polyhedron: its mixed strategies p over {@code
   * mixCount} actions with value v such that no opponent action earns more than v against p and the
   * tight constraints determine (p, v). Entry {@code u(r, q)} of the opponent's payoffs, for
   * opponent action r and own action q, is {@code pay[r * rStride + q * qStride]}.
   */
  private final class Vertices {
    private double[] points;
    private int[] supports;
    private int[] bests;
    private int size;
    private int stride;

    Vertices(int maxMix) {
      this.points = new double[4 * (maxMix + 1)];
      this.supports = new int[4];
      this.bests = new int[4];
    }

    void enumerate(double[] pay, int rStride, int qStride, int indiffCount, int mixCount) {
      size = 0;
      stride = mixCount + 1;
      // A pure strategy is always a vertex, whichever best reply is held at the value.
      for (int q = 0; q < mixCount; q++) {
        solution[0] = 1;
        solution[1] = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < indiffCount; r++) {
          solution[1] = Math.max(solution[1], pay[r * rStride + q * qStride]);
        }
        support[0] = q;
        keep(pay, rStride, qStride, indiffCount, mixCount, 1 << q, 1);
      }
      for (int k = 2; k <= Math.min(indiffCount, mixCount); k++) {
        for (int mix = (1 << k) - 1; mix < 1 << mixCount; mix = nextSubset(mix)) {
          for (int tight = (1 << k) - 1; tight < 1 << indiffCount; tight = nextSubset(tight)) {
            indifferenceSystem(
                matrix, support, pay, rStride, qStride, tight, indiffCount, mix, mixCount);
            if (gauss(k + 1, k + 2)) {
              keep(pay, rStride, qStride, indiffCount, mixCount, mix, k);
            }
          }
        }
      }
    }

    /** Keeps the solution of a square system if it is a new vertex. */
    private void keep(
        double[] pay, int rStride, int qStride, int indiffCount, int mixCount, int mix, int k) {
      int s = size;
      ensure(s + 1);
      int base = s * stride;
      Arrays.fill(points, base, base + stride, 0);
      int[] sup = support;
      int mask = 0;
      for (int c = 0; c < k; c++) {
        double p = solution[c];
        if (p < -tolerance.zero()) {
          return;
        }
        if (p > tolerance.zero()) {
          points[base + sup[c]] = p;
          mask |= 1 << sup[c];
        }
      }
      double value = solution[k];
      int bestMask = 0;
      for (int r = 0; r < indiffCount; r++) {
        double u = 0;
        for (int q = 0; q < mixCount; q++) {
          u += pay[r * rStride + q * qStride] * points[base + q];
        }
        if (u > value + eps) {
          return;
        }
        if (u >= value - eps) {
          bestMask |= 1 << r;
        }
      }
      for (int v = 0; v < s; v++) {
        if (supports[v] == mask && same(v * stride, base, mixCount)) {
          return;
        }
      }
      points[base + mixCount] = value;
      supports[s] = mask;
      bests[s] = bestMask;
      size++;
    }

    private boolean same(int at, int base, int len) {
      for (int q = 0; q < len; q++) {
        if (Math.abs(points[at + q] - points[base + q]) > tolerance.zero()) {
          return false;
        }
      }
      return true;
    }

    private void ensure(int n) {
      if (n * stride > points.length) {
        points = Arrays.copyOf(points, 2 * n * stride);
      }
      if (n > supports.length) {
        supports = Arrays.copyOf(supports, 2 * n);
        bests = Arrays.copyOf(bests, 2 * n);
      }
    }
  }

  /** The next larger int with as many bits set (Gosper's hack). */
  private static int nextSubset(int set) {
    int low = set & -set;
    int ripple = set + low;
    return (((ripple ^ set) >>> 2) / low) | ripple;
  }

  /**
   * Writes the square system of a vertex as a row-major augmented matrix of {@code k + 2} columns
   * into {@code matrix} (unknowns: the {@code k} probabilities on {@code mixSet}, then the value):
   * one row {@code sum_c u(r, support[c]) p_c - value = 0} per r in {@code indiffSet}, then {@code
   * sum p = 1}. Also writes the actions of {@code mixSet} into {@code support[0..k-1]}.
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

  /**
   * Gaussian elimination with partial pivoting on the n x (n+1) augmented matrix; the solution goes
   * to {@code solution}. Near-singular systems are not rejected by their pivots: whatever passes
   * the vertex check afterwards is a vertex within the tolerance.
   */
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
}
