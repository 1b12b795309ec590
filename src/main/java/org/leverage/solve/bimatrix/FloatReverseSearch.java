package org.leverage.solve.bimatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.BasisLimitException;
import org.leverage.solve.Watch;

/**
 * Vertex enumeration of a best-response polytope {z >= 0 : M z <= 1} by lexicographic reverse
 * search with double-precision dictionaries (D. Avis, K. Fukuda, "A pivoting algorithm for convex
 * hulls and vertex enumeration of arrangements and polyhedra", Discrete Comput. Geom. 8, 1992; D.
 * Avis, "lrs: a revised implementation of the reverse search vertex enumeration algorithm", 2000).
 *
 * <p><b>Reverse search.</b> The objective "minimise the sum of the variables" has the origin as its
 * unique optimal vertex. Every other basis has a parent: the basis reached by one simplex pivot in
 * which the smallest-numbered improving variable enters (Bland's rule). The parent links form a
 * spanning tree rooted at the origin's basis, which the search walks depth first: from a basis it
 * tries each edge and descends only when the neighbour's parent is the current basis. That test
 * reads only the neighbour's objective row, O(d) work, so a full pivot is paid once per basis
 * found, no visited set is kept, and the stack is as deep as the longest Bland path. Dictionaries
 * are copied on the way down, so rounding errors do not accumulate across branches.
 *
 * <p><b>Degeneracy.</b> The right-hand side of row i is perturbed to 1 + eps^i (carried as k extra
 * columns of the dictionary, which is then the basis inverse), and ratio tests compare
 * lexicographically. The perturbed polytope is simple, so the search above is exact for it; its
 * bases are feasible bases of the original polytope, and since it relaxes the original constraints
 * and shrinks to it as eps goes to 0, every vertex of the original polytope is the limit of one of
 * its vertices (the optimum of an objective exposing that vertex). So every vertex is met through
 * at least one basis; it is reported once, with its full label set: the nonbasic variables and the
 * basic variables at value zero, which is what makes degenerate vertex pairs of degenerate games
 * visible to the pairing.
 *
 * <p><b>Floating point, checked exactly where it matters.</b> Each sign the search decides (a pivot
 * element, a basic value, a reduced cost, a difference of two ratios, relative to the magnitudes
 * compared) is taken from the double dictionary when it is clearly non-zero (beyond {@link
 * Tolerance#ambiguous()}) or clearly zero (within {@link Tolerance#zero()}). A value in between is
 * decided in exact arithmetic instead: the exact dictionary of the current basis is obtained by
 * exact pivots along the path from the root (cached per level, so a path is converted once), and
 * the decision is taken on exact rationals. Payoffs are integers scaled into (0, 1] and every
 * dictionary is a short pivot path from the root, so exact zeros come out orders of magnitude below
 * {@code zero}; the points of the vertices that form equilibria are rebuilt in exact arithmetic
 * afterwards, and a vertex whose exact tight set differs from what the search saw sends the
 * polytope to the exact traversal.
 */
final class FloatReverseSearch {

  private static final int AMBIGUOUS = 2;

  private final BestResponsePolytope polytope;
  private final Tolerance tolerance;
  private final long maxBases;
  private final int d;
  private final int k;

  /** Columns: d nonbasic coefficients, the right-hand side, k perturbation coefficients. */
  private final int width;

  // Per level of the depth-first path: the double dictionary, the basis, the next column to
  // try, the pivot that led to it, and its exact dictionary once one was needed.
  private final List<double[]> tableaus = new ArrayList<>();
  private final List<int[]> basics = new ArrayList<>();
  private final List<int[]> nonbasics = new ArrayList<>();
  private final List<BigFraction[][]> exactTableaus = new ArrayList<>();
  private final int[] positiveRows;
  private int[] nextColumn = new int[16];
  private int[] pivotRow = new int[16];
  private int[] pivotColumn = new int[16];
  private int depth;
  private long pivots;
  private long exactDecisions;
  private final long[] labelWords;
  private final long[] basisWords;

  private FloatReverseSearch(BestResponsePolytope polytope, Tolerance tolerance, long maxBases) {
    this.polytope = polytope;
    this.tolerance = tolerance;
    this.maxBases = maxBases;
    this.d = polytope.dimension();
    this.k = polytope.rows();
    this.width = d + 1 + k;
    this.positiveRows = new int[k];
    this.labelWords = new long[(d + k + 63) / 64];
    this.basisWords = new long[labelWords.length];
  }

  /**
   * Every vertex of {@code polytope} except the origin.
   *
   * @throws BasisLimitException when the search visits more than {@code maxBases} bases
   * @param visitor called with each new vertex as it is found
   * @return the vertices, or null when {@code visitor} stopped the search
   * @throws org.leverage.solve.TimeLimitException when {@code watch} stops the search
   */
  static Traversal enumerate(
      BestResponsePolytope polytope,
      Tolerance tolerance,
      long maxBases,
      Watch watch,
      VertexVisitor visitor) {
    return new FloatReverseSearch(polytope, tolerance, maxBases).run(watch, visitor);
  }

  private Traversal run(Watch watch, VertexVisitor visitor) {
    double[] root = new double[(k + 1) * width];
    int[] basic = new int[k];
    int[] nonbasic = new int[d];
    // Row r: basic = rhs + sum(perturbation_i * eps^i) - sum(coefficient * nonbasic). The
    // last row is the objective in the same form, so the sum of the variables has -1s.
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < d; c++) {
        root[r * width + c] = polytope.scaledEntry(r, c);
      }
      root[r * width + d] = 1;
      root[r * width + d + 1 + r] = 1;
      basic[r] = d + r;
    }
    for (int c = 0; c < d; c++) {
      root[k * width + c] = -1;
      nonbasic[c] = c;
    }
    tableaus.add(root);
    basics.add(basic);
    nonbasics.add(nonbasic);
    exactTableaus.add(null);
    LabelTable vertices = new LabelTable(d + k);
    long bases = 1;
    depth = 0;
    nextColumn[0] = 0;
    while (depth >= 0) {
      if (nextColumn[depth] == d) {
        depth--;
        continue;
      }
      int c = nextColumn[depth]++;
      // Moving along c must make the objective grow, so that from the neighbour the variable
      // leaving now is an improving one to bring back in.
      if (entrySign(k, c) >= 0) {
        continue;
      }
      int r = lexRatioTest(c);
      if (!isChild(r, c)) {
        continue;
      }
      descend(r, c);
      if (++bases > maxBases) {
        throw EnumMixedSolver.tooManyBases(maxBases);
      }
      watch.checkpoint();
      EnumMixedSolver.reportBases(watch, bases);
      if (record(vertices) && !visitor.visit(vertices, vertices.size() - 1)) {
        return null;
      }
    }
    return new Traversal(vertices, null, bases, pivots, exactDecisions);
  }

  /** -1, 0 or 1 for a clearly negative, zero or clearly positive value, else AMBIGUOUS. */
  private int sign(double x) {
    if (tolerance.isZero(x)) {
      return 0;
    }
    return tolerance.isAmbiguous(x) ? AMBIGUOUS : (x > 0 ? 1 : -1);
  }

  private int exactSign(BigFraction x) {
    exactDecisions++;
    return x.getNumerator().signum();
  }

  /** The sign of entry (row, column) of the current dictionary. */
  private int entrySign(int row, int column) {
    int s = sign(tableaus.get(depth)[row * width + column]);
    return s != AMBIGUOUS ? s : exactSign(exact()[row][column]);
  }

  /**
   * The row that leaves when column {@code c} enters: the least ratio of the perturbed right-hand
   * side to the pivot element, compared lexicographically (rhs first, then the coefficients of eps,
   * eps^2, ...).
   */
  private int lexRatioTest(int c) {
    double[] t = tableaus.get(depth);
    int candidates = 0;
    int best = -1;
    double bestRatio = Double.POSITIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      if (entrySign(i, c) <= 0) {
        continue;
      }
      positiveRows[candidates++] = i;
      double ratio = t[i * width + d] / t[i * width + c];
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalStateException(
          "column " + c + " is unbounded in a best-response polytope; payoffs were not positive");
    }
    // Only rows whose plain ratio is not clearly above the least can be the lexicographic
    // minimum; usually there is one, and the full comparison is skipped.
    for (int n = 0; n < candidates; n++) {
      int i = positiveRows[n];
      if (i == best) {
        continue;
      }
      double ratio = t[i * width + d] / t[i * width + c];
      if (sign((ratio - bestRatio) / Math.max(1, ratio)) != 1 && lexCompare(i, best, c) < 0) {
        best = i;
        bestRatio = Math.min(bestRatio, ratio);
      }
    }
    return best;
  }

  private int lexCompare(int r1, int r2, int c) {
    double[] t = tableaus.get(depth);
    double a1 = t[r1 * width + c];
    double a2 = t[r2 * width + c];
    for (int j = d; j < width; j++) {
      double x = t[r1 * width + j] / a1;
      double y = t[r2 * width + j] / a2;
      int cmp = sign((x - y) / Math.max(1, Math.max(Math.abs(x), Math.abs(y))));
      if (cmp == AMBIGUOUS) {
        BigFraction[][] e = exact();
        cmp = exactSign(e[r1][j].divide(e[r1][c]).subtract(e[r2][j].divide(e[r2][c])));
      }
      if (cmp != 0) {
        return cmp;
      }
    }
    // The perturbation columns form the basis inverse, whose rows are independent.
    throw new IllegalStateException("rows " + r1 + " and " + r2 + " tie lexicographically");
  }

  /**
   * Whether pivoting on (r, c) reaches a basis whose Bland parent is the current one: in the
   * neighbour's dictionary no variable numbered below the leaving one may be improving.
   */
  private boolean isChild(int r, int c) {
    double[] t = tableaus.get(depth);
    int leaving = basics.get(depth)[r];
    int[] nonbasic = nonbasics.get(depth);
    double cost = t[k * width + c];
    double pivot = t[r * width + c];
    for (int j = 0; j < d; j++) {
      if (j == c || nonbasic[j] > leaving) {
        continue;
      }
      int s = sign(t[k * width + j] - cost * t[r * width + j] / pivot);
      if (s == AMBIGUOUS) {
        BigFraction[][] e = exact();
        s = exactSign(e[k][j].subtract(e[k][c].multiply(e[r][j]).divide(e[r][c])));
      }
      if (s > 0) {
        return false;
      }
    }
    return true;
  }

  /** Makes the next level the dictionary reached from the current one by pivot (r, c). */
  private void descend(int r, int c) {
    depth++;
    pivots++;
    if (tableaus.size() == depth) {
      tableaus.add(new double[(k + 1) * width]);
      basics.add(new int[k]);
      nonbasics.add(new int[d]);
      exactTableaus.add(null);
    }
    if (nextColumn.length == depth) {
      nextColumn = Arrays.copyOf(nextColumn, 2 * depth);
      pivotRow = Arrays.copyOf(pivotRow, 2 * depth);
      pivotColumn = Arrays.copyOf(pivotColumn, 2 * depth);
    }
    nextColumn[depth] = 0;
    pivotRow[depth] = r;
    pivotColumn[depth] = c;
    exactTableaus.set(depth, null);
    double[] t = tableaus.get(depth);
    System.arraycopy(tableaus.get(depth - 1), 0, t, 0, t.length);
    int[] basic = basics.get(depth);
    int[] nonbasic = nonbasics.get(depth);
    System.arraycopy(basics.get(depth - 1), 0, basic, 0, k);
    System.arraycopy(nonbasics.get(depth - 1), 0, nonbasic, 0, d);
    int entering = nonbasic[c];
    nonbasic[c] = basic[r];
    basic[r] = entering;
    double pivot = t[r * width + c];
    int row = r * width;
    for (int j = 0; j < width; j++) {
      t[row + j] /= pivot;
    }
    t[row + c] = 1 / pivot;
    for (int i = 0; i <= k; i++) {
      int other = i * width;
      double f = t[other + c];
      if (i == r || f == 0) {
        continue;
      }
      for (int j = 0; j < width; j++) {
        t[other + j] -= f * t[row + j];
      }
      t[other + c] = -f / pivot;
    }
  }

  /** The exact dictionary of the current level, converted along the path once. */
  private BigFraction[][] exact() {
    return exactAt(depth);
  }

  private BigFraction[][] exactAt(int level) {
    BigFraction[][] e = exactTableaus.get(level);
    if (e != null) {
      return e;
    }
    if (level == 0) {
      e = new BigFraction[k + 1][width];
      for (BigFraction[] row : e) {
        Arrays.fill(row, BigFraction.ZERO);
      }
      for (int r = 0; r < k; r++) {
        for (int c = 0; c < d; c++) {
          e[r][c] = polytope.exactScaledEntry(r, c);
        }
        e[r][d] = BigFraction.ONE;
        e[r][d + 1 + r] = BigFraction.ONE;
      }
      for (int c = 0; c < d; c++) {
        e[k][c] = BigFraction.MINUS_ONE;
      }
    } else {
      e = ExactBasisSearch.pivot(exactAt(level - 1), pivotRow[level], pivotColumn[level]);
    }
    exactTableaus.set(level, e);
    return e;
  }

  /** Adds the vertex of the current basis unless already known. */
  /** Adds the current vertex unless it is the origin or known; whether it was added. */
  private boolean record(LabelTable vertices) {
    Arrays.fill(basisWords, 0);
    for (int v : nonbasics.get(depth)) {
      setLabel(basisWords, polytope.gameLabel(v));
    }
    System.arraycopy(basisWords, 0, labelWords, 0, basisWords.length);
    int[] basic = basics.get(depth);
    for (int r = 0; r < k; r++) {
      int s = entrySign(r, d);
      if (s < 0) {
        throw new IllegalStateException("lexicographic pivoting left the feasible region");
      }
      if (s == 0) {
        setLabel(labelWords, polytope.gameLabel(basic[r]));
      }
    }
    return !polytope.isOrigin(labelWords) && vertices.add(labelWords, basisWords);
  }

  private static void setLabel(long[] words, int label) {
    words[label / 64] |= 1L << (label % 64);
  }
}
