package org.leverage.solve.zerosum;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/** Exact Gauss-Jordan elimination for systems that need not be square. */
final class ExactLinearAlgebra {

  private ExactLinearAlgebra() {}

  /**
   * A solution of {@code a x = b} with {@code a} of any shape: the basic solution whose free
   * variables are zero.
   *
   * @param columns the number of unknowns (the width of every row of {@code a})
   * @return empty when the system is inconsistent
   */
  static Optional<BigFraction[]> solve(BigFraction[][] a, BigFraction[] b, int columns) {
    int rows = b.length;
    BigFraction[][] m = new BigFraction[rows][columns + 1];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(a[i], 0, m[i], 0, columns);
      m[i][columns] = b[i];
    }
    int[] pivotColumnOfRow = new int[rows];
    int rank = 0;
    for (int col = 0; col < columns && rank < rows; col++) {
      int p = rank;
      while (p < rows && m[p][col].getNumerator().signum() == 0) {
        p++;
      }
      if (p == rows) {
        continue;
      }
      BigFraction[] tmp = m[p];
      m[p] = m[rank];
      m[rank] = tmp;
      BigFraction inv = m[rank][col].reciprocal();
      for (int j = col; j <= columns; j++) {
        m[rank][j] = m[rank][j].multiply(inv);
      }
      for (int i = 0; i < rows; i++) {
        BigFraction f = m[i][col];
        if (i != rank && f.getNumerator().signum() != 0) {
          for (int j = col; j <= columns; j++) {
            m[i][j] = m[i][j].subtract(f.multiply(m[rank][j]));
          }
        }
      }
      pivotColumnOfRow[rank++] = col;
    }
    for (int i = rank; i < rows; i++) {
      if (m[i][columns].getNumerator().signum() != 0) {
        return Optional.empty();
      }
    }
    BigFraction[] x = new BigFraction[columns];
    Arrays.fill(x, BigFraction.ZERO);
    for (int i = 0; i < rank; i++) {
      x[pivotColumnOfRow[i]] = m[i][columns].reduce();
    }
    return Optional.of(x);
  }
}
