package org.leverage.solve.lcp;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Bimatrix;
import org.leverage.game.NormalFormGame;

/**
 * The data of the Lemke-Howson tableaux of a two-player game: both payoff matrices mapped by a
 * positive affine transformation ({@code (u - min) * lcm}, where {@code min} is one less than the
 * smallest payoff and zero, and {@code lcm} clears all denominators) to positive integers, once
 * exactly and once as doubles.
 *
 * <p>Labels number the strategies: {@code 0..m-1} are the row player's, {@code m..m+n-1} the column
 * player's. The Q-system {@code A y + r = 1} has one row per row strategy; the P-system {@code B^T
 * x + s = 1} one row per column strategy. In both systems the column of label {@code l} is the
 * variable with that label ({@code r_i} or {@code y_j} in Q, {@code x_i} or {@code s_j} in P), so a
 * basis is a set of labels per system. Positive payoffs keep both polytopes bounded, and an affine
 * transformation with positive factor leaves the equilibria unchanged.
 */
final class LhProblem {

  static final int Q = 0;
  static final int P = 1;

  final int m;
  final int n;

  /** Row player's payoffs, transformed to integers {@code >= 1}: {@code a[i][j]}. */
  final BigInteger[][] a;

  /** Column player's payoffs, transformed to integers {@code >= 1}: {@code b[i][j]}. */
  final BigInteger[][] b;

  /** {@link #a} divided by its largest entry, so entries lie in (0, 1]. */
  final double[][] aDouble;

  /** {@link #b} divided by its largest entry. */
  final double[][] bDouble;

  LhProblem(NormalFormGame game) {
    Bimatrix bm = game.bimatrix();
    m = bm.rows();
    n = bm.columns();
    BigFraction[][] av = new BigFraction[m][n];
    BigFraction[][] bv = new BigFraction[m][n];
    // One shift for both players, below every payoff and below zero, as gambit-lcp does: the
    // shift changes the perturbed polytopes, hence which equilibria degenerate games reach.
    BigFraction min = BigFraction.ZERO;
    BigInteger lcm = BigInteger.ONE;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        av[i][j] = bm.a(i, j);
        bv[i][j] = bm.b(i, j);
        for (BigFraction v : new BigFraction[] {av[i][j], bv[i][j]}) {
          min = v.compareTo(min) < 0 ? v : min;
          BigInteger den = v.getDenominator();
          if (!den.equals(BigInteger.ONE)) {
            lcm = lcm.divide(lcm.gcd(den)).multiply(den);
          }
        }
      }
    }
    BigInteger offset = scaled(min.subtract(BigFraction.ONE), lcm);
    a = shifted(av, lcm, offset);
    b = shifted(bv, lcm, offset);
    aDouble = scaledToUnit(a);
    bDouble = scaledToUnit(b);
  }

  int numLabels() {
    return m + n;
  }

  /** The number of rows of {@code system}. */
  int rows(int system) {
    return system == Q ? m : n;
  }

  /**
   * The label of the slack variable that is basic in row {@code row} of the initial basis. The
   * lexicographic ratio test reads these columns, the rows of the basis inverse, in row order
   * (negated: the perturbation subtracts {@code e^(row+1)} from the right-hand side of row).
   */
  int slackLabel(int system, int row) {
    return system == Q ? row : m + row;
  }

  /**
   * The entry of the initial tableau of {@code system} (all slacks basic) in {@code row} and the
   * column of {@code label}: a unit column for a slack, a payoff column otherwise.
   */
  BigInteger initialEntry(int system, int row, int label) {
    if (isSlack(system, label)) {
      return slackLabel(system, row) == label ? BigInteger.ONE : BigInteger.ZERO;
    }
    return system == Q ? a[row][label - m] : b[label][row];
  }

  /** {@link #initialEntry} of the payoffs scaled to (0, 1]. */
  double initialEntryAsDouble(int system, int row, int label) {
    if (isSlack(system, label)) {
      return slackLabel(system, row) == label ? 1 : 0;
    }
    return system == Q ? aDouble[row][label - m] : bDouble[label][row];
  }

  /** Whether {@code label} is a slack variable of {@code system}. */
  boolean isSlack(int system, int label) {
    return system == Q ? label < m : label >= m;
  }

  /** {@code v * lcm - offset} for each payoff {@code v}: positive integers. */
  private static BigInteger[][] shifted(BigFraction[][] v, BigInteger lcm, BigInteger offset) {
    BigInteger[][] out = new BigInteger[v.length][v[0].length];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v[0].length; j++) {
        out[i][j] = scaled(v[i][j], lcm).subtract(offset);
      }
    }
    return out;
  }

  /** {@code v * lcm}, an integer because {@code lcm} is a multiple of v's denominator. */
  private static BigInteger scaled(BigFraction v, BigInteger lcm) {
    return v.getNumerator().multiply(lcm.divide(v.getDenominator()));
  }

  private static double[][] scaledToUnit(BigInteger[][] x) {
    BigInteger max = BigInteger.ONE;
    for (BigInteger[] row : x) {
      for (BigInteger v : row) {
        max = max.max(v);
      }
    }
    // Drop low bits of huge integers so that both conversions stay finite.
    int shift = Math.max(0, max.bitLength() - 1000);
    double scale = max.shiftRight(shift).doubleValue();
    double[][] d = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) {
        d[i][j] = x[i][j].shiftRight(shift).doubleValue() / scale;
      }
    }
    return d;
  }
}
