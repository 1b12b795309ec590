package org.leverage.solve.bimatrix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.solve.BasisLimitException;
import org.leverage.solve.Watch;

/**
 * Vertex enumeration of any best-response polytope, degenerate or not, in exact rational
 * arithmetic, by a depth-first search of its graph of feasible bases.
 *
 * <p>A vertex lying on more than d facets has several feasible bases, and the vertices adjacent to
 * it may be reachable only from some of them, so the search works on bases, not vertices: from each
 * basis it performs every pivot that keeps the basis feasible with a positive pivot element (each
 * entering variable with each leaving row that ties for the minimum ratio, degenerate pivots with
 * ratio zero included). Starting at the origin's basis this meets every feasible basis B: perturb
 * the right-hand side by B's columns times (eps, eps^2, ...), which makes B nondegenerate and the
 * polytope simple while the origin's basis, nondegenerate already, stays feasible; the simple
 * polytope's vertex graph is connected, and each of its edges is a pivot with a positive pivot
 * element on a row that ties for the minimum ratio as eps goes to 0, that is, one of the pivots
 * performed here. Each vertex is reported once, with its full label set (the nonbasic variables and
 * the basic ones at value zero) and exact coordinates.
 *
 * <p>The number of feasible bases of a degenerate vertex grows combinatorially with the number of
 * facets through it beyond d (an all-zero n x n game has vertices on 2n - 1 facets), so the search
 * counts bases against a limit.
 */
final class ExactBasisSearch {

  private ExactBasisSearch() {}

  private record Dictionary(BigFraction[][] rows, int[] basic, int[] nonbasic) {}

  /**
   * Every vertex of {@code polytope} except the origin.
   *
   * @throws BasisLimitException when there are more than {@code maxBases} feasible bases
   * @throws org.leverage.solve.TimeLimitException when {@code watch} stops the search
   */
  static Traversal enumerate(BestResponsePolytope polytope, long maxBases, Watch watch) {
    int d = polytope.dimension();
    int k = polytope.rows();
    BigFraction[][] root = new BigFraction[k][d + 1];
    int[] basic = new int[k];
    int[] nonbasic = new int[d];
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < d; c++) {
        root[r][c] = new BigFraction(polytope.entry(r, c));
      }
      root[r][d] = BigFraction.ONE;
      basic[r] = d + r;
    }
    for (int c = 0; c < d; c++) {
      nonbasic[c] = c;
    }
    Set<BitSet> visited = new HashSet<>();
    visited.add(nonbasicSet(nonbasic, d + k));
    Deque<Dictionary> stack = new ArrayDeque<>();
    stack.push(new Dictionary(root, basic, nonbasic));
    LabelTable vertices = new LabelTable(d + k);
    List<BigFraction[]> points = new ArrayList<>();
    long pivots = 0;
    while (!stack.isEmpty()) {
      Dictionary dict = stack.pop();
      watch.checkpoint();
      EnumMixedSolver.reportBases(watch, visited.size());
      record(polytope, dict, vertices, points);
      for (int c = 0; c < d; c++) {
        for (int r : leavingRows(dict.rows(), c)) {
          int[] nb = dict.nonbasic().clone();
          nb[c] = dict.basic()[r];
          if (!visited.add(nonbasicSet(nb, d + k))) {
            continue;
          }
          if (visited.size() > maxBases) {
            throw EnumMixedSolver.tooManyBases(maxBases);
          }
          stack.push(pivot(dict, r, c));
          pivots++;
        }
      }
    }
    return new Traversal(vertices, points, visited.size(), pivots, 0);
  }

  private static BitSet nonbasicSet(int[] nonbasic, int size) {
    BitSet s = new BitSet(size);
    for (int v : nonbasic) {
      s.set(v);
    }
    return s;
  }

  /** Every row that ties for the minimum ratio when column {@code c} enters. */
  private static int[] leavingRows(BigFraction[][] t, int c) {
    int d = t[0].length - 1;
    int[] ties = new int[t.length];
    int count = 0;
    BigFraction best = null;
    for (int r = 0; r < t.length; r++) {
      if (t[r][c].getNumerator().signum() <= 0) {
        continue;
      }
      BigFraction ratio = t[r][d].divide(t[r][c]);
      int cmp = best == null ? -1 : ratio.compareTo(best);
      if (cmp < 0) {
        best = ratio;
        count = 0;
      }
      if (cmp <= 0) {
        ties[count++] = r;
      }
    }
    return Arrays.copyOf(ties, count);
  }

  private static Dictionary pivot(Dictionary dict, int r, int c) {
    int[] basic = dict.basic().clone();
    int[] nonbasic = dict.nonbasic().clone();
    nonbasic[c] = basic[r];
    basic[r] = dict.nonbasic()[c];
    return new Dictionary(pivot(dict.rows(), r, c), basic, nonbasic);
  }

  /**
   * The dictionary reached from {@code t} by exchanging the basic variable of row {@code r} with
   * the nonbasic variable of column {@code c} (row form {@code basic = t[.][rhs] - sum t[.][j]
   * nonbasic_j}; every column, including the right-hand side and any extra ones, is transformed).
   * Dictionaries are never modified, so rows that do not change are shared with {@code t} rather
   * than copied.
   */
  static BigFraction[][] pivot(BigFraction[][] t, int r, int c) {
    BigFraction[][] u = new BigFraction[t.length][];
    BigFraction p = t[r][c];
    int width = t[r].length;
    u[r] = new BigFraction[width];
    for (int j = 0; j < width; j++) {
      u[r][j] = j == c ? p.reciprocal() : t[r][j].divide(p);
    }
    for (int i = 0; i < t.length; i++) {
      if (i == r) {
        continue;
      }
      BigFraction f = t[i][c];
      if (f.getNumerator().signum() == 0) {
        u[i] = t[i];
        continue;
      }
      u[i] = new BigFraction[width];
      for (int j = 0; j < width; j++) {
        u[i][j] = j == c ? f.divide(p).negate() : t[i][j].subtract(f.multiply(u[r][j]));
      }
    }
    return u;
  }

  private static void record(
      BestResponsePolytope polytope,
      Dictionary dict,
      LabelTable vertices,
      List<BigFraction[]> points) {
    int d = polytope.dimension();
    BigFraction[][] t = dict.rows();
    BitSet labels = new BitSet();
    BitSet basis = new BitSet();
    BigFraction[] point = new BigFraction[d];
    Arrays.fill(point, BigFraction.ZERO);
    for (int v : dict.nonbasic()) {
      basis.set(polytope.gameLabel(v));
    }
    labels.or(basis);
    for (int r = 0; r < t.length; r++) {
      BigFraction value = t[r][d];
      int v = dict.basic()[r];
      if (value.getNumerator().signum() == 0) {
        labels.set(polytope.gameLabel(v));
      } else if (v < d) {
        point[v] = value.reduce();
      }
    }
    long[] labelWords = Arrays.copyOf(labels.toLongArray(), vertices.words());
    long[] basisWords = Arrays.copyOf(basis.toLongArray(), vertices.words());
    if (!polytope.isOrigin(labelWords) && vertices.add(labelWords, basisWords)) {
      points.add(point);
    }
  }
}
