package org.leverage.solve.qre;

import java.util.Optional;

/**
 * Solves a small dense square linear system in double by Gaussian elimination with partial
 * pivoting: the linear step of the path follower and of the Newton polish.
 */
final class DenseSolve {

  private DenseSolve() {}

  /**
   * The solution {@code x} of {@code a x = b}, or empty when {@code a} is singular (a zero pivot)
   * or the solution is not finite. Neither argument is modified.
   */
  static Optional<double[]> solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int r = 0; r < n; r++) {
      m[r] = new double[n + 1];
      System.arraycopy(a[r], 0, m[r], 0, n);
      m[r][n] = b[r];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      if (m[pivot][c] == 0) {
        return Optional.empty();
      }
      double[] swap = m[c];
      m[c] = m[pivot];
      m[pivot] = swap;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        if (f != 0) {
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
      if (!Double.isFinite(x[r])) {
        return Optional.empty();
      }
    }
    return Optional.of(x);
  }
}
