package org.leverage.solve.bimatrix;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact solution of {@code a z = (1, ..., 1)} for a square integer matrix by fraction-free
 * (Bareiss) elimination: every intermediate entry is a minor of {@code a}, so integers stay as
 * short as the determinant allows and no gcd is taken until the final back-substitution.
 * O(t^3) big-integer operations for a t x t matrix.
 */
final class BareissSolver {

  private BareissSolver() {}

  /** The unique solution, or empty when {@code a} is singular. {@code a} is not modified. */
  static Optional<BigFraction[]> solveAllOnes(BigInteger[][] a) {
    int t = a.length;
    BigInteger[][] m = new BigInteger[t][t + 1];
    for (int i = 0; i < t; i++) {
      System.arraycopy(a[i], 0, m[i], 0, t);
      m[i][t] = BigInteger.ONE;
    }
    BigInteger previous = BigInteger.ONE;
    for (int k = 0; k < t; k++) {
      int p = k;
      while (p < t && m[p][k].signum() == 0) {
        p++;
      }
      if (p == t) {
        return Optional.empty();
      }
      BigInteger[] swap = m[p];
      m[p] = m[k];
      m[k] = swap;
      for (int i = k + 1; i < t; i++) {
        for (int j = k + 1; j <= t; j++) {
          // Sylvester's identity makes this division exact.
          m[i][j] = m[i][j].multiply(m[k][k]).subtract(m[i][k].multiply(m[k][j])).divide(previous);
        }
        m[i][k] = BigInteger.ZERO;
      }
      previous = m[k][k];
    }
    BigFraction[] z = new BigFraction[t];
    for (int i = t - 1; i >= 0; i--) {
      BigFraction rest = new BigFraction(m[i][t]);
      for (int j = i + 1; j < t; j++) {
        if (m[i][j].signum() != 0) {
          rest = rest.subtract(z[j].multiply(m[i][j]));
        }
      }
      z[i] = rest.divide(m[i][i]).reduce();
    }
    return Optional.of(z);
  }
}
