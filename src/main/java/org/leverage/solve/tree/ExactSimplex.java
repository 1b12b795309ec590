package org.leverage.solve.tree;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.solve.SolverLimitException;

/**
 * Exact linear programming in standard form, {@code maximize c.z subject to M z = b, z >= 0}, by
 * the two-phase simplex method on a dense tableau of rationals with Bland's rule (smallest index
 * enters and leaves), which cannot cycle. Exact, so no tolerance: an optimum is a vertex whose
 * reduced costs are all exactly non-positive.
 *
 * <p>Cost per pivot: rows times columns rational operations; the number of pivots is exponential in
 * the worst case (Klee-Minty) but small on the sequence-form programs it serves. A pivot limit
 * guards against runaway sizes. Lives here because only tree solvers use it yet; it would sit well
 * in {@code numeric}.
 */
final class ExactSimplex {

  /** The optimum: a vertex {@code z}, its objective value and the pivots taken. */
  record Solution(BigFraction[] z, BigFraction objective, long pivots) {}

  private static final long MAX_PIVOTS = 1_000_000;

  private final BigFraction[][] t;
  private final BigFraction[] rhs;
  private final int[] basis;
  private int rows;
  private long pivots;

  private ExactSimplex(BigFraction[][] t, BigFraction[] rhs, int[] basis) {
    this.t = t;
    this.rhs = rhs;
    this.basis = basis;
    this.rows = rhs.length;
  }

  /**
   * Solves {@code maximize c.z, m z = b, z >= 0}.
   *
   * @return the optimum, or empty when the constraints are infeasible
   * @throws IllegalArgumentException when the objective is unbounded or shapes disagree
   */
  static Optional<Solution> maximize(BigFraction[] c, BigFraction[][] m, BigFraction[] b) {
    int n = c.length;
    int k = b.length;
    // Phase 1: artificial variable per row, rows negated so that b >= 0.
    BigFraction[][] t = new BigFraction[k][n + k];
    BigFraction[] rhs = new BigFraction[k];
    int[] basis = new int[k];
    for (int i = 0; i < k; i++) {
      if (m[i].length != n) {
        throw new IllegalArgumentException(
            "constraint row " + i + " has " + m[i].length + " entries; expected " + n);
      }
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
    ExactSimplex s = new ExactSimplex(t, rhs, basis);
    BigFraction[] phase1 = new BigFraction[n + k];
    Arrays.fill(phase1, 0, n, BigFraction.ZERO);
    Arrays.fill(phase1, n, n + k, BigFraction.MINUS_ONE);
    s.optimize(phase1, n + k);
    if (s.objective(phase1).compareTo(BigFraction.ZERO) < 0) {
      return Optional.empty();
    }
    s.driveOutArtificials(n);
    s.optimize(c, n);
    BigFraction[] z = new BigFraction[n];
    Arrays.fill(z, BigFraction.ZERO);
    for (int i = 0; i < s.rows; i++) {
      z[s.basis[i]] = s.rhs[i];
    }
    return Optional.of(new Solution(z, s.objective(c), s.pivots));
  }

  private BigFraction objective(BigFraction[] c) {
    BigFraction v = BigFraction.ZERO;
    for (int i = 0; i < rows; i++) {
      v = v.add(c[basis[i]].multiply(rhs[i]));
    }
    return v;
  }

  /** Simplex iterations over the first {@code cols} columns until no reduced cost is > 0. */
  private void optimize(BigFraction[] c, int cols) {
    while (true) {
      int enter = -1;
      for (int j = 0; j < cols && enter < 0; j++) {
        BigFraction d = c[j];
        for (int i = 0; i < rows; i++) {
          if (t[i][j].getNumerator().signum() != 0) {
            d = d.subtract(c[basis[i]].multiply(t[i][j]));
          }
        }
        if (d.compareTo(BigFraction.ZERO) > 0) {
          enter = j;
        }
      }
      if (enter < 0) {
        return;
      }
      int leave = -1;
      BigFraction best = null;
      for (int i = 0; i < rows; i++) {
        if (t[i][enter].compareTo(BigFraction.ZERO) > 0) {
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
    if (++pivots > MAX_PIVOTS) {
      throw new SolverLimitException(
          "exact simplex exceeded " + MAX_PIVOTS + " pivots; the program is too large");
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
