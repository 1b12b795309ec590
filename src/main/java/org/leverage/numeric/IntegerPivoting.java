package org.leverage.numeric;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Fraction-free (integer) pivoting in the style of Bareiss and of lrs (E. H. Bareiss, "Sylvester's
 * identity and multistep integer-preserving Gaussian elimination", Math. Comp. 22, 1968; D. Avis,
 * lrs): a tableau of integers that stands for {@code T / d} with {@code d} the determinant of the
 * current basis. Every division in {@link #pivot} is exact, so entries stay integers whose size is
 * bounded by subdeterminants of the input, never by the length of the pivot sequence. A pivot costs
 * {@code rows * columns} big-integer multiplications; {@link #solve} takes {@code k} pivots on a
 * {@code k x (k+1)} system. No gcd is ever taken.
 */
public final class IntegerPivoting {

  private IntegerPivoting() {}

  /**
   * Pivots {@code rows} on entry ({@code r}, {@code c}) in place.
   *
   * @param d the determinant of the current basis (1 for the initial identity basis)
   * @return the determinant of the new basis: the pivot element
   */
  public static BigInteger pivot(BigInteger[][] rows, int r, int c, BigInteger d) {
    BigInteger[] pr = rows[r];
    BigInteger p = pr[c];
    boolean unitDet = d.equals(BigInteger.ONE);
    for (int i = 0; i < rows.length; i++) {
      if (i == r) {
        continue;
      }
      BigInteger[] row = rows[i];
      BigInteger f = row[c];
      boolean fZero = f.signum() == 0;
      for (int j = 0; j < row.length; j++) {
        BigInteger v = row[j].multiply(p);
        if (!fZero && pr[j].signum() != 0) {
          v = v.subtract(f.multiply(pr[j]));
        }
        row[j] = unitDet ? v : v.divide(d);
      }
    }
    return p;
  }

  /**
   * Solves the square system {@code a x = rhs} exactly.
   *
   * @return the numerators of {@code x} followed by their common denominator (the determinant of
   *     {@code a} up to sign), or empty when {@code a} is singular
   */
  public static Optional<BigInteger[]> solve(BigInteger[][] a, BigInteger[] rhs) {
    int k = rhs.length;
    BigInteger[][] rows = new BigInteger[k][k + 1];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a[i], 0, rows[i], 0, k);
      rows[i][k] = rhs[i];
    }
    int[] rowOfColumn = new int[k];
    boolean[] used = new boolean[k];
    BigInteger d = BigInteger.ONE;
    for (int c = 0; c < k; c++) {
      int r = -1;
      for (int i = 0; i < k && r < 0; i++) {
        if (!used[i] && rows[i][c].signum() != 0) {
          r = i;
        }
      }
      if (r < 0) {
        return Optional.empty();
      }
      used[r] = true;
      rowOfColumn[c] = r;
      d = pivot(rows, r, c, d);
    }
    BigInteger[] result = new BigInteger[k + 1];
    for (int c = 0; c < k; c++) {
      result[c] = rows[rowOfColumn[c]][k];
    }
    result[k] = d;
    return Optional.of(result);
  }
}
