package org.leverage.solve.zerosum;

import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The exact fallback: the primal simplex method in rational arithmetic with Bland's rule (which
 * cannot cycle; R. G. Bland, Math. of OR 2, 1977) on {@code max 1.z subject to A z <= 1, z >= 0}
 * for a positive matrix {@code A}. The origin is feasible and the problem bounded, so no phase one
 * is needed; the optimal tableau holds the primal {@code z} and, as the reduced costs of the
 * slacks, the dual {@code u} ({@code min 1.u subject to A^T u >= 1, u >= 0}). Each pivot costs
 * {@code O(m (m+n))} rational operations.
 */
final class ExactSimplex {

  /** Optimal primal and dual solutions, with the number of pivots made. */
  record Solution(BigFraction[] z, BigFraction[] u, long pivots) {}

  private ExactSimplex() {}

  static Solution solve(BigFraction[][] a) {
    int m = a.length;
    int n = a[0].length;
    int cols = n + m;
    // t[i] = [A | I | 1]; t[m] is the reduced-cost row, starting at -1 for every z_j.
    BigFraction[][] t = new BigFraction[m + 1][cols + 1];
    int[] basic = new int[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < cols; j++) {
        t[i][j] = j < n ? a[i][j] : j - n == i ? BigFraction.ONE : BigFraction.ZERO;
      }
      t[i][cols] = BigFraction.ONE;
      basic[i] = n + i;
    }
    for (int j = 0; j <= cols; j++) {
      t[m][j] = j < n ? BigFraction.MINUS_ONE : BigFraction.ZERO;
    }
    long pivots = 0;
    while (true) {
      int enter = -1;
      for (int j = 0; j < cols && enter < 0; j++) {
        if (t[m][j].getNumerator().signum() < 0) {
          enter = j;
        }
      }
      if (enter < 0) {
        break;
      }
      int leave = -1;
      BigFraction best = null;
      for (int i = 0; i < m; i++) {
        if (t[i][enter].getNumerator().signum() > 0) {
          BigFraction ratio = t[i][cols].divide(t[i][enter]);
          int c = best == null ? -1 : ratio.compareTo(best);
          if (c < 0 || (c == 0 && basic[i] < basic[leave])) {
            best = ratio;
            leave = i;
          }
        }
      }
      pivot(t, leave, enter);
      basic[leave] = enter;
      pivots++;
    }
    BigFraction[] z = new BigFraction[n];
    Arrays.fill(z, BigFraction.ZERO);
    for (int i = 0; i < m; i++) {
      if (basic[i] < n) {
        z[basic[i]] = t[i][cols];
      }
    }
    BigFraction[] u = new BigFraction[m];
    for (int i = 0; i < m; i++) {
      u[i] = t[m][n + i];
    }
    return new Solution(z, u, pivots);
  }

  private static void pivot(BigFraction[][] t, int r, int c) {
    BigFraction inv = t[r][c].reciprocal();
    for (int j = 0; j < t[r].length; j++) {
      t[r][j] = t[r][j].multiply(inv);
    }
    for (int i = 0; i < t.length; i++) {
      BigFraction f = t[i][c];
      if (i != r && f.getNumerator().signum() != 0) {
        for (int j = 0; j < t[i].length; j++) {
          t[i][j] = t[i][j].subtract(f.multiply(t[r][j]));
        }
      }
    }
  }
}
