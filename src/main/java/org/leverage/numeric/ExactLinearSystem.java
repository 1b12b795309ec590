package org.leverage.numeric;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact Gauss-Jordan elimination over the rationals ({@link BigFraction}): square systems with a
 * unique solution ({@link #solve}) and systems of any shape, for which a basic solution is found
 * ({@link #basicSolution}). Pivots are the first nonzero entry of each column (exact arithmetic
 * needs no pivoting for size). Cost: {@code O(rows * columns * min(rows, columns))} rational
 * operations.
 */
public final class ExactLinearSystem {

  private ExactLinearSystem() {}

  /**
   * Solves the square system {@code a x = b} exactly.
   *
   * @return the unique solution, or empty when {@code a} is singular
   * @throws IllegalArgumentException when {@code a} is not square of the size of {@code b}
   */
  public static Optional<BigFraction[]> solve(BigFraction[][] a, BigFraction[] b) {
    int n = b.length;
    if (a.length != n) {
      throw new IllegalArgumentException(
          "matrix has " + a.length + " rows but right-hand side has " + n + " entries");
    }
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException(
            "row " + i + " has " + a[i].length + " entries; expected " + n);
      }
    }
    return eliminate(a, b, n, true);
  }

  /**
   * A solution of {@code a x = b} with {@code a} of any shape: the basic solution whose free
   * variables (the columns left without a pivot, scanning left to right) are zero.
   *
   * @param columns the number of unknowns; the first {@code columns} entries of each row of {@code
   *     a} are read (given separately so that a system without rows still has a width)
   * @return empty when the system is inconsistent
   */
  public static Optional<BigFraction[]> basicSolution(
      BigFraction[][] a, BigFraction[] b, int columns) {
    return eliminate(a, b, columns, false);
  }

  private static Optional<BigFraction[]> eliminate(
      BigFraction[][] a, BigFraction[] b, int columns, boolean requireFullRank) {
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
        if (requireFullRank) {
          return Optional.empty();
        }
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
        BigFraction factor = m[i][col];
        if (i == rank || factor.getNumerator().signum() == 0) {
          continue;
        }
        for (int j = col; j <= columns; j++) {
          if (m[rank][j].getNumerator().signum() != 0) {
            m[i][j] = m[i][j].subtract(factor.multiply(m[rank][j]));
          }
        }
      }
      pivotColumnOfRow[rank++] = col;
    }
    if (requireFullRank && rank < columns) {
      return Optional.empty();
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
