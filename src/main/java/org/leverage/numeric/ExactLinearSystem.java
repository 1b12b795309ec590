package org.leverage.numeric;

import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/** Exact Gaussian elimination over the rationals. */
public final class ExactLinearSystem {

  private ExactLinearSystem() {}

  /**
   * Solves the square system {@code a x = b} exactly.
   *
   * @return the unique solution, or empty when {@code a} is singular
   */
  public static Optional<BigFraction[]> solve(BigFraction[][] a, BigFraction[] b) {
    int n = b.length;
    if (a.length != n) {
      throw new IllegalArgumentException(
          "matrix has " + a.length + " rows but right-hand side has " + n + " entries");
    }
    BigFraction[][] m = new BigFraction[n][n + 1];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException(
            "row " + i + " has " + a[i].length + " entries; expected " + n);
      }
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (pivot < n && m[pivot][col].getNumerator().signum() == 0) {
        pivot++;
      }
      if (pivot == n) {
        return Optional.empty();
      }
      BigFraction[] tmp = m[pivot];
      m[pivot] = m[col];
      m[col] = tmp;
      BigFraction inv = m[col][col].reciprocal();
      for (int j = col; j <= n; j++) {
        m[col][j] = m[col][j].multiply(inv);
      }
      for (int i = 0; i < n; i++) {
        BigFraction factor = m[i][col];
        if (i == col || factor.getNumerator().signum() == 0) {
          continue;
        }
        for (int j = col; j <= n; j++) {
          if (m[col][j].getNumerator().signum() != 0) {
            m[i][j] = m[i][j].subtract(factor.multiply(m[col][j]));
          }
        }
      }
    }
    BigFraction[] x = new BigFraction[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n].reduce();
    }
    return Optional.of(x);
  }
}
