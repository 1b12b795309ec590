package org.leverage.solve.bimatrix;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Bimatrix;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.ExactLinearSystem;

/**
 * An independent, slow reference for tiny games: every set of d constraints of each best-response
 * polytope is made tight and solved exactly; feasible unique solutions are the vertices (with all
 * their tight constraints as labels); completely labelled pairs other than the origin are
 * normalised. Shares no code with the solver.
 */
final class BruteForceVertexPairs {

  private BruteForceVertexPairs() {}

  static Set<MixedProfile> extremeEquilibria(NormalFormGame game) {
    Bimatrix g = game.bimatrix();
    int m = g.rows();
    int n = g.columns();
    // P: variables x (m), rows B^T; labels: x_i = 0 -> i, column j best response -> m + j.
    BigFraction[][] bt = new BigFraction[n][m];
    BigFraction[][] a = new BigFraction[m][n];
    BigFraction minA = g.a(0, 0);
    BigFraction minB = g.b(0, 0);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        minA = minA.compareTo(g.a(i, j)) < 0 ? minA : g.a(i, j);
        minB = minB.compareTo(g.b(i, j)) < 0 ? minB : g.b(i, j);
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = g.a(i, j).subtract(minA).add(BigFraction.TWO);
        bt[j][i] = g.b(i, j).subtract(minB).add(BigFraction.TWO);
      }
    }
    int[] labelsP = new int[m + n];
    int[] labelsQ = new int[m + n];
    for (int v = 0; v < m + n; v++) {
      labelsP[v] = v;
      labelsQ[v] = v < n ? m + v : v - n;
    }
    Map<List<BigFraction>, BitSet> vp = vertices(bt, labelsP);
    Map<List<BigFraction>, BitSet> vq = vertices(a, labelsQ);
    Set<MixedProfile> result = new HashSet<>();
    for (Map.Entry<List<BigFraction>, BitSet> x : vp.entrySet()) {
      for (Map.Entry<List<BigFraction>, BitSet> y : vq.entrySet()) {
        BitSet all = (BitSet) x.getValue().clone();
        all.or(y.getValue());
        if (all.cardinality() == m + n && !(isZero(x.getKey()) && isZero(y.getKey()))) {
          result.add(new MixedProfile(List.of(normalised(x.getKey()), normalised(y.getKey()))));
        }
      }
    }
    return result;
  }

  /** Vertices of {z >= 0 : M z <= 1}; local constraint v < d is z_v >= 0, v >= d is row v - d. */
  private static Map<List<BigFraction>, BitSet> vertices(BigFraction[][] matrix, int[] label) {
    int k = matrix.length;
    int d = matrix[0].length;
    Map<List<BigFraction>, BitSet> result = new LinkedHashMap<>();
    for (int subset = 0; subset < (1 << (d + k)); subset++) {
      if (Integer.bitCount(subset) != d) {
        continue;
      }
      BigFraction[][] eq = new BigFraction[d][];
      BigFraction[] rhs = new BigFraction[d];
      int e = 0;
      for (int v = 0; v < d + k; v++) {
        if ((subset >> v & 1) == 0) {
          continue;
        }
        eq[e] = v < d ? unit(d, v) : matrix[v - d].clone();
        rhs[e++] = v < d ? BigFraction.ZERO : BigFraction.ONE;
      }
      Optional<BigFraction[]> z = ExactLinearSystem.solve(eq, rhs);
      if (z.isEmpty()) {
        continue;
      }
      BitSet tight = new BitSet();
      boolean feasible = true;
      for (int v = 0; v < d + k; v++) {
        BigFraction slack =
            v < d ? z.get()[v] : BigFraction.ONE.subtract(dot(matrix[v - d], z.get()));
        feasible &= slack.compareTo(BigFraction.ZERO) >= 0;
        if (slack.getNumerator().signum() == 0) {
          tight.set(label[v]);
        }
      }
      if (feasible) {
        result.put(ImmutableList.copyOf(reduced(z.get())), tight);
      }
    }
    return result;
  }

  private static BigFraction[] unit(int d, int v) {
    BigFraction[] row = new BigFraction[d];
    for (int c = 0; c < d; c++) {
      row[c] = c == v ? BigFraction.ONE : BigFraction.ZERO;
    }
    return row;
  }

  private static BigFraction dot(BigFraction[] row, BigFraction[] z) {
    BigFraction s = BigFraction.ZERO;
    for (int c = 0; c < z.length; c++) {
      s = s.add(row[c].multiply(z[c]));
    }
    return s;
  }

  private static List<BigFraction> reduced(BigFraction[] z) {
    List<BigFraction> r = new ArrayList<>();
    for (BigFraction v : z) {
      r.add(v.reduce());
    }
    return r;
  }

  private static boolean isZero(List<BigFraction> z) {
    return z.stream().allMatch(v -> v.getNumerator().signum() == 0);
  }

  private static List<BigFraction> normalised(List<BigFraction> z) {
    BigFraction sum = z.stream().reduce(BigFraction.ZERO, BigFraction::add);
    return z.stream().map(v -> v.divide(sum).reduce()).collect(ImmutableList.toImmutableList());
  }
}
