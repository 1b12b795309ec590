package org.leverage.numeric;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact linear programming: the primal simplex method on a dense tableau of rationals ({@link
 * BigFraction}) with Bland's rule (the smallest-indexed column with a positive reduced cost enters;
 * among rows tied in the ratio test, the one whose basic variable has the smallest index leaves),
 * which cannot cycle (R. G. Bland, "New finite pivoting rules for the simplex method", Mathematics
 * of Operations Research 2, 1977). Exact, so no tolerance: an optimum is a vertex whose reduced
 * costs are all exactly non-positive, and degenerate programs need no special handling.
 *
 * <p>Two forms:
 *
 * <ul>
 *   <li>{@link #maximize}: {@code maximize c.x subject to M x = b, x >= 0}, any sign of {@code b},
 *       by the two-phase method (phase 1 with one artificial variable per row; rows with {@code b_i
 *       < 0} are negated first; after phase 1, artificials still basic at zero are pivoted out, or
 *       their row is dropped when it is redundant);
 *   <li>{@link #maximizeFromOrigin}: {@code maximize c.x subject to A x <= b, x >= 0} with {@code b
 *       >= 0}, where the origin is a feasible vertex, so the slack basis starts phase 2 at once;
 *       the optimal dual {@code y} ({@code minimize b.y subject to A^T y >= c, y >= 0}) is read off
 *       the slacks' reduced costs.
 * </ul>
 *
 * <p>Cost: each pivot takes {@code rows * columns} rational operations (columns include slacks or
 * artificials); the number of pivots is exponential in the worst case (Klee-Minty) but small in
 * practice. A caller-given pivot limit guards against runaway sizes.
 */
public final class ExactSimplex {

  /** No pivot limit. */
  public static final long UNLIMITED = Long.MAX_VALUE;

  /**
   * An optimal vertex.
   *
   * @param x the optimal point, one entry per variable
   * @param objective {@code c.x}
   * @param pivots simplex pivots taken (both phases)
   */
  public record Solution(BigFraction[] x, BigFraction objective, long pivots) {}

  /**
   * An optimal vertex with its optimal dual, for {@link #maximizeFromOrigin}.
   *
   * @param x the optimal primal point, one entry per variable
   * @param y the optimal dual point, one entry per constraint; {@code b.y = c.x}
   * @param objective {@code c.x}
   * @param pivots simplex pivots taken
   */
  public record PrimalDual(BigFraction[] x, BigFraction[] y, BigFraction objective, long pivots) {}

  /** The pivot limit given to a call was reached; the program is too large for exact pivoting. */
  public static final class PivotLimitException extends RuntimeException {
    private PivotLimitException(long maxPivots) {
      super("exact simplex exceeded " + maxPivots + " pivots; the program is too large");
    }
  }

  private final BigFraction[][] t;
  private final BigFraction[] rhs;
  private final int[] basis;
  // reduced[j] = c_j - c_B . t[.][j] for the objective last priced; kept up to date by pivot().
  private final BigFraction[] reduced;
  private final long maxPivots;
  private final Runnable beforePivot;
  private int rows;
  private long pivots;

  private ExactSimplex(
      BigFraction[][] t,
      BigFraction[] rhs,
      int[] basis,
      int columns,
      long maxPivots,
      Runnable beforePivot) {
    this.t = t;
    this.beforePivot = beforePivot;
    this.rhs = rhs;
    this.basis = basis;
    this.reduced = new BigFraction[columns];
    this.maxPivots = maxPivots;
    this.rows = rhs.length;
  }

  /**
   * Solves {@code maximize c.x subject to m x = b, x >= 0}.
   *
   * @param maxPivots most pivots to take (both phases together), or {@link #UNLIMITED}
   * @param beforePivot run before each pivot: a caller's time limit throws from there
   * @return the optimum, or empty when the constraints are infeasible
   * @throws IllegalArgumentException when the objective is unbounded or shapes disagree
   * @throws PivotLimitException when more than {@code maxPivots} pivots would be needed
   */
  public static Optional<Solution> maximize(
      BigFraction[] c, BigFraction[][] m, BigFraction[] b, long maxPivots, Runnable beforePivot) {
    int n = c.length;
    int k = b.length;
    requireShape(m, k, n);
    BigFraction[][] t = new BigFraction[k][n + k];
    BigFraction[] rhs = new BigFraction[k];
    int[] basis = new int[k];
    for (int i = 0; i < k; i++) {
      boolean negate = b[i].compareTo(BigFraction.ZERO) < 0;
      for (int j = 0; j < n; j++) {
        t[i][j] = negate ? m[i][j].negate() : m[i][j];
      }
      for (int j = 0; j < k; j++) {
        t[i][n + j] = i == j ? BigFraction.ONE : BigFraction.ZERO;
      }
      rhs[i] = negate ? b[i].negate() : b[i];
      basis[i] = n + i;
    }
    ExactSimplex s = new ExactSimplex(t, rhs, basis, n + k, maxPivots, beforePivot);
    BigFraction[] phase1 = new BigFraction[n + k];
    Arrays.fill(phase1, 0, n, BigFraction.ZERO);
    Arrays.fill(phase1, n, n + k, BigFraction.MINUS_ONE);
    s.price(phase1, n + k);
    s.optimize(n + k);
    if (s.objective(phase1).compareTo(BigFraction.ZERO) < 0) {
      return Optional.empty();
    }
    s.driveOutArtificials(n);
    s.price(c, n);
    s.optimize(n);
    return Optional.of(new Solution(s.point(n), s.objective(c), s.pivots));
  }

  /**
   * Solves {@code maximize c.x subject to a x <= b, x >= 0} for {@code b >= 0}, and its dual.
   *
   * @param maxPivots most pivots to take, or {@link #UNLIMITED}
   * @param beforePivot run before each pivot: a caller's time limit throws from there
   * @throws IllegalArgumentException when some {@code b_i < 0}, the objective is unbounded or
   *     shapes disagree
   * @throws PivotLimitException when more than {@code maxPivots} pivots would be needed
   */
  public static PrimalDual maximizeFromOrigin(
      BigFraction[] c, BigFraction[][] a, BigFraction[] b, long maxPivots, Runnable beforePivot) {
    int n = c.length;
    int k = b.length;
    requireShape(a, k, n);
    BigFraction[][] t = new BigFraction[k][n + k];
    int[] basis = new int[k];
    for (int i = 0; i < k; i++) {
      if (b[i].compareTo(BigFraction.ZERO) < 0) {
        throw new IllegalArgumentException(
            "right-hand side " + i + " is " + b[i] + "; the origin must be feasible (b >= 0)");
      }
      for (int j = 0; j < n + k; j++) {
        t[i][j] = j < n ? a[i][j] : j - n == i ? BigFraction.ONE : BigFraction.ZERO;
      }
      basis[i] = n + i;
    }
    ExactSimplex s = new ExactSimplex(t, b.clone(), basis, n + k, maxPivots, beforePivot);
    BigFraction[] cs = Arrays.copyOf(c, n + k);
    Arrays.fill(cs, n, n + k, BigFraction.ZERO);
    s.price(cs, n + k);
    s.optimize(n + k);
    // The slack columns started as the identity, so they hold B^-1 and their reduced costs are
    // -c_B B^-1 = -y.
    BigFraction[] y = new BigFraction[k];
    for (int i = 0; i < k; i++) {
      y[i] = s.reduced[n + i].negate();
    }
    return new PrimalDual(s.point(n), y, s.objective(cs), s.pivots);
  }

  private static void requireShape(BigFraction[][] m, int rows, int columns) {
    if (m.length != rows) {
      throw new IllegalArgumentException(
          "constraint matrix has " + m.length + " rows but right-hand side has " + rows);
    }
    for (int i = 0; i < rows; i++) {
      if (m[i].length != columns) {
        throw new IllegalArgumentException(
            "constraint row " + i + " has " + m[i].length + " entries; expected " + columns);
      }
    }
  }

  private BigFraction[] point(int n) {
    BigFraction[] x = new BigFraction[n];
    Arrays.fill(x, BigFraction.ZERO);
    for (int i = 0; i < rows; i++) {
      if (basis[i] < n) {
        x[basis[i]] = rhs[i];
      }
    }
    return x;
  }

  private BigFraction objective(BigFraction[] c) {
    BigFraction v = BigFraction.ZERO;
    for (int i = 0; i < rows; i++) {
      v = v.add(c[basis[i]].multiply(rhs[i]));
    }
    return v;
  }

  /** Sets the reduced costs of the first {@code cols} columns for objective {@code c}. */
  private void price(BigFraction[] c, int cols) {
    Arrays.fill(reduced, BigFraction.ZERO);
    for (int j = 0; j < cols; j++) {
      BigFraction d = c[j];
      for (int i = 0; i < rows; i++) {
        if (t[i][j].getNumerator().signum() != 0) {
          d = d.subtract(c[basis[i]].multiply(t[i][j]));
        }
      }
      reduced[j] = d;
    }
  }

  /** Simplex iterations over the first {@code cols} columns until no reduced cost is > 0. */
  private void optimize(int cols) {
    while (true) {
      int enter = -1;
      for (int j = 0; j < cols && enter < 0; j++) {
        if (reduced[j].getNumerator().signum() > 0) {
          enter = j;
        }
      }
      if (enter < 0) {
        return;
      }
      int leave = -1;
      BigFraction best = null;
      for (int i = 0; i < rows; i++) {
        if (t[i][enter].getNumerator().signum() > 0) {
          BigFraction ratio = rhs[i].divide(t[i][enter]);
          int cmp = best == null ? -1 : ratio.compareTo(best);
          if (cmp < 0 || (cmp == 0 && basis[i] < basis[leave])) {
            best = ratio;
            leave = i;
          }
        }
      }
      if (leave < 0) {
        throw new IllegalArgumentException("the linear program is unbounded");
      }
      pivot(leave, enter);
    }
  }

  private void pivot(int r, int j) {
    beforePivot.run();
    if (++pivots > maxPivots) {
      throw new PivotLimitException(maxPivots);
    }
    BigFraction inv = t[r][j].reciprocal();
    for (int col = 0; col < t[r].length; col++) {
      if (t[r][col].getNumerator().signum() != 0) {
        t[r][col] = t[r][col].multiply(inv);
      }
    }
    rhs[r] = rhs[r].multiply(inv);
    for (int i = 0; i < rows; i++) {
      BigFraction f = t[i][j];
      if (i == r || f.getNumerator().signum() == 0) {
        continue;
      }
      for (int col = 0; col < t[i].length; col++) {
        if (t[r][col].getNumerator().signum() != 0) {
          t[i][col] = t[i][col].subtract(f.multiply(t[r][col]));
        }
      }
      rhs[i] = rhs[i].subtract(f.multiply(rhs[r]));
    }
    BigFraction f = reduced[j];
    if (f.getNumerator().signum() != 0) {
      for (int col = 0; col < reduced.length; col++) {
        if (t[r][col].getNumerator().signum() != 0) {
          reduced[col] = reduced[col].subtract(f.multiply(t[r][col]));
        }
      }
    }
    basis[r] = j;
  }

  /**
   * After phase 1, artificial variables still basic are at zero: pivot each out on any original
   * column, or drop its row when the row is redundant (all original entries zero).
   */
  private void driveOutArtificials(int n) {
    for (int i = 0; i < rows; i++) {
      if (basis[i] < n) {
        continue;
      }
      int col = -1;
      for (int j = 0; j < n && col < 0; j++) {
        if (t[i][j].getNumerator().signum() != 0) {
          col = j;
        }
      }
      if (col >= 0) {
        pivot(i, col);
      } else {
        rows--;
        t[i] = t[rows];
        rhs[i] = rhs[rows];
        basis[i] = basis[rows];
        i--;
      }
    }
  }
}
