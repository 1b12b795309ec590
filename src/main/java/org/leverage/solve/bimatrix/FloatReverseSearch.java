package org.leverage.solve.bimatrix;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.SolverLimitException;

/**
 * Vertex enumeration of a <em>nondegenerate</em> best-response polytope by reverse search
 * (D. Avis, K. Fukuda, "A pivoting algorithm for convex hulls and vertex enumeration of
 * arrangements and polyhedra", Discrete Comput. Geom. 8 (1992)) with double-precision
 * dictionaries.
 *
 * <p>The objective "minimise the sum of the variables" has the origin as its unique optimal
 * vertex. Every other vertex has a parent: the vertex reached by one simplex pivot with
 * Bland's rule (the smallest-numbered improving variable enters). These parent links form a
 * spanning tree of the vertex graph rooted at the origin, which the search walks depth first:
 * from a vertex it tries each edge and descends only when the neighbour's parent is the
 * current vertex. That test needs the neighbour's objective row only, O(d) work, so a full
 * O(k d) pivot is paid once per vertex found, no set of visited vertices is stored, and the
 * stack is as deep as the longest Bland path. Dictionaries are copied on the way down, so
 * rounding errors do not accumulate across branches.
 *
 * <p>The answer is only as good as the decisions it rests on, so every decision must be
 * clear: each basic variable's value, each ratio-test pivot element, the gap between the two
 * smallest ratios and each reduced cost the parent test reads must be farther from zero than
 * {@link Tolerance#ambiguous()} (relative to the ratio for the gap). When one is not, the
 * polytope is degenerate or too close to call and the search gives up (returns empty) so that
 * the caller can traverse it exactly. A polytope where no decision was ambiguous is
 * nondegenerate with the combinatorics the search saw, and reverse search on a nondegenerate
 * polytope visits every vertex exactly once.
 */
final class FloatReverseSearch {

  private final BestResponsePolytope polytope;
  private final Tolerance tolerance;
  private final long maxBases;
  private final int d;
  private final int k;
  private final int width;

  private final List<double[]> tableaus = new ArrayList<>();
  private final List<int[]> basics = new ArrayList<>();
  private final List<int[]> nonbasics = new ArrayList<>();
  private int[] nextColumn = new int[16];

  private FloatReverseSearch(BestResponsePolytope polytope, Tolerance tolerance, long maxBases) {
    this.polytope = polytope;
    this.tolerance = tolerance;
    this.maxBases = maxBases;
    this.d = polytope.dimension();
    this.k = polytope.rows();
    this.width = d + 1;
  }

  /**
   * Every vertex of {@code polytope} except the origin, or empty when the polytope is
   * degenerate or a decision was ambiguous in double precision.
   *
   * @throws SolverLimitException when the polytope has more than {@code maxBases} vertices
   */
  static Optional<Traversal> enumerate(
      BestResponsePolytope polytope, Tolerance tolerance, long maxBases) {
    return new FloatReverseSearch(polytope, tolerance, maxBases).run();
  }

  private Optional<Traversal> run() {
    double[] root = new double[(k + 1) * width];
    int[] basic = new int[k];
    int[] nonbasic = new int[d];
    // Dictionary rows: basic = rhs - sum(coefficient * nonbasic); the last row is the
    // objective in the same form, so the sum of the variables has coefficients -1.
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < d; c++) {
        root[r * width + c] = polytope.scaledEntry(r, c);
      }
      root[r * width + d] = 1;
      basic[r] = d + r;
    }
    for (int c = 0; c < d; c++) {
      root[k * width + c] = -1;
      nonbasic[c] = c;
    }
    tableaus.add(root);
    basics.add(basic);
    nonbasics.add(nonbasic);
    List<Vertex> vertices = new ArrayList<>();
    long pivots = 0;
    int depth = 0;
    nextColumn[0] = 0;
    while (depth >= 0) {
      if (nextColumn[depth] == d) {
        depth--;
        continue;
      }
      int c = nextColumn[depth]++;
      double[] t = tableaus.get(depth);
      double cost = t[k * width + c];
      if (!isClear(cost)) {
        return Optional.empty();
      }
      // Leaving along c must make the objective grow, so that from the neighbour the variable
      // that leaves now is an improving one to bring back in.
      if (cost > 0) {
        continue;
      }
      int r = ratioTest(t, c);
      if (r == AMBIGUOUS) {
        return Optional.empty();
      }
      int child = childTest(t, r, c, basics.get(depth)[r], nonbasics.get(depth));
      if (child == AMBIGUOUS) {
        return Optional.empty();
      }
      if (child == 0) {
        continue;
      }
      depth++;
      descend(depth, r, c);
      pivots++;
      double[] u = tableaus.get(depth);
      for (int i = 0; i < k; i++) {
        if (!(u[i * width + d] > tolerance.ambiguous())) {
          return Optional.empty();
        }
      }
      vertices.add(vertexOf(nonbasics.get(depth)));
      if (vertices.size() + 1 > maxBases) {
        throw EnumMixedSolver.tooManyBases(maxBases);
      }
    }
    return Optional.of(new Traversal(vertices, vertices.size() + 1L, pivots, false));
  }

  private static final int AMBIGUOUS = -1;

  private boolean isClear(double x) {
    return Math.abs(x) > tolerance.ambiguous();
  }

  /** The row that leaves when column {@code c} enters, or {@link #AMBIGUOUS}. */
  private int ratioTest(double[] t, int c) {
    int best = -1;
    double bestRatio = Double.POSITIVE_INFINITY;
    double secondRatio = Double.POSITIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      double a = t[i * width + c];
      if (a <= tolerance.zero()) {
        // A coefficient this small would bound the step only at a length far beyond the
        // polytope's extent, so it cannot be the minimum.
        continue;
      }
      if (a <= tolerance.ambiguous()) {
        return AMBIGUOUS;
      }
      double ratio = t[i * width + d] / a;
      if (ratio < bestRatio) {
        secondRatio = bestRatio;
        bestRatio = ratio;
        best = i;
      } else if (ratio < secondRatio) {
        secondRatio = ratio;
      }
    }
    if (best < 0) {
      throw new IllegalStateException(
          "column " + c + " is unbounded in a best-response polytope; payoffs were not positive");
    }
    boolean tie = secondRatio - bestRatio <= tolerance.ambiguous() * Math.max(1, bestRatio);
    return tie ? AMBIGUOUS : best;
  }

  /**
   * Whether pivoting on (r, c) reaches a vertex whose Bland parent is the current one: in the
   * neighbour's dictionary no variable numbered below the leaving one may be improving.
   *
   * @return 1 for a child, 0 for not, {@link #AMBIGUOUS} when a reduced cost is too close to
   *     zero to tell
   */
  private int childTest(double[] t, int r, int c, int leaving, int[] nonbasic) {
    double cost = t[k * width + c];
    double pivot = t[r * width + c];
    boolean unclear = false;
    for (int j = 0; j < d; j++) {
      if (j == c || nonbasic[j] > leaving) {
        continue;
      }
      double newCost = t[k * width + j] - cost * t[r * width + j] / pivot;
      if (!isClear(newCost)) {
        unclear = true;
      } else if (newCost > 0) {
        return 0;
      }
    }
    return unclear ? AMBIGUOUS : 1;
  }

  /** Makes level {@code depth} the dictionary reached from level depth-1 by pivot (r, c). */
  private void descend(int depth, int r, int c) {
    if (tableaus.size() == depth) {
      tableaus.add(new double[(k + 1) * width]);
      basics.add(new int[k]);
      nonbasics.add(new int[d]);
    }
    if (nextColumn.length == depth) {
      nextColumn = java.util.Arrays.copyOf(nextColumn, 2 * depth);
    }
    nextColumn[depth] = 0;
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
    for (int j = 0; j <= d; j++) {
      t[row + j] /= pivot;
    }
    t[row + c] = 1 / pivot;
    for (int i = 0; i <= k; i++) {
      if (i == r) {
        continue;
      }
      int other = i * width;
      double f = t[other + c];
      if (f == 0) {
        continue;
      }
      for (int j = 0; j <= d; j++) {
        t[other + j] -= f * t[row + j];
      }
      t[other + c] = -f / pivot;
    }
  }

  private Vertex vertexOf(int[] nonbasic) {
    BitSet labels = new BitSet(d + k);
    for (int v : nonbasic) {
      labels.set(polytope.gameLabel(v));
    }
    return new Vertex(labels, null);
  }
}
