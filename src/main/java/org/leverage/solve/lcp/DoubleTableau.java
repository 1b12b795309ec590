package org.leverage.solve.lcp;

import org.leverage.numeric.Tolerance;

/**
 * Lemke-Howson tableaux in {@code double}: fast, and certified afterwards. Every comparison that
 * decides a pivot is made on a scaled quantity and refused ({@link AmbiguousPivotException}) when
 * {@link Tolerance#isAmbiguous} says it is too close to call.
 */
final class DoubleTableau extends LhTableau {

  private final Tolerance tolerance;

  /** {@code t[system][row][col]}: one column per label, then the right-hand side. */
  private final double[][][] t;

  private final int rhs;

  /**
   * {@code updated[system]}: the columns a pivot changes, i.e. all but the basic ones (which stay
   * unit vectors), then the right-hand side. Maintained as labels enter and leave.
   */
  private final int[][] updated;

  DoubleTableau(LhProblem problem, Tolerance tolerance) {
    super(problem);
    this.tolerance = tolerance;
    int labels = problem.numLabels();
    rhs = labels;
    t = new double[2][][];
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      t[s] = new double[problem.rows(s)][labels + 1];
      for (int r = 0; r < problem.rows(s); r++) {
        double[] row = t[s][r];
        for (int label = 0; label < labels; label++) {
          row[label] = problem.initialEntryAsDouble(s, r, label);
        }
        row[rhs] = 1;
      }
    }
    updated = new int[2][];
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      int[] cols = new int[labels - problem.rows(s) + 1];
      int k = 0;
      for (int label = 0; label < labels; label++) {
        if (!problem.isSlack(s, label)) {
          cols[k++] = label;
        }
      }
      cols[k] = rhs;
      updated[s] = cols;
    }
  }

  @Override
  int leavingRow(int system, int entering) {
    double[][] rows = t[system];
    double scale = 1;
    for (double[] row : rows) {
      scale = Math.max(scale, Math.abs(row[entering]));
    }
    int best = -1;
    for (int r = 0; r < rows.length; r++) {
      double x = rows[r][entering] / scale;
      if (tolerance.isAmbiguous(x)) {
        throw new AmbiguousPivotException("pivot candidate " + x + " too close to zero");
      }
      if (x > tolerance.zero()
          && (best < 0 || lexicographicallySmaller(system, r, best, entering))) {
        best = r;
      }
    }
    if (best < 0) {
      // Impossible in exact arithmetic with positive payoffs (bounded polytopes).
      throw new AmbiguousPivotException("no positive pivot candidate");
    }
    return best;
  }

  /** As {@link IntegerTableau}: right-hand side first, then the negated basis inverse. */
  private boolean lexicographicallySmaller(int system, int r, int best, int entering) {
    double[] x = t[system][r];
    double[] y = t[system][best];
    int c = compareRatio(x[rhs], x[entering], y[rhs], y[entering]);
    for (int k = 0; c == 0 && k < problem.rows(system); k++) {
      int col = problem.slackLabel(system, k);
      c = compareRatio(y[col], y[entering], x[col], x[entering]);
    }
    if (c == 0) {
      // Rows of the basis inverse are independent, so an exact tie cannot happen.
      throw new AmbiguousPivotException("lexicographic ratio test tied");
    }
    return c < 0;
  }

  /**
   * Compares {@code u / du} with {@code v / dv} for positive {@code du, dv}: numerators within the
   * tolerance of zero are zero (tableau entries are of the order of the payoffs, scaled to at most
   * 1), and nonzero ratios are compared relative to their size.
   */
  private int compareRatio(double u, double du, double v, double dv) {
    int su = sign(u);
    int sv = sign(v);
    if (su != sv || su == 0) {
      return Integer.compare(su, sv);
    }
    double p = u / du;
    double q = v / dv;
    double d = (p - q) / Math.max(Math.abs(p), Math.abs(q));
    if (tolerance.isAmbiguous(d)) {
      throw new AmbiguousPivotException("ratios " + p + " and " + q + " too close to call");
    }
    return tolerance.isZero(d) ? 0 : d < 0 ? -1 : 1;
  }

  private int sign(double x) {
    if (tolerance.isAmbiguous(x)) {
      throw new AmbiguousPivotException("tableau entry " + x + " too close to zero");
    }
    return tolerance.isZero(x) ? 0 : x < 0 ? -1 : 1;
  }

  @Override
  void pivotNumbers(int system, int row, int entering) {
    int[] cols = updated[system];
    // The leaving column stops being a unit vector and takes the entering column's place.
    int leaving = labelOfRow(system, row);
    for (int k = 0; k < cols.length; k++) {
      if (cols[k] == entering) {
        cols[k] = leaving;
      }
    }
    double[][] rows = t[system];
    double[] pr = rows[row];
    double inv = 1 / pr[entering];
    for (int c : cols) {
      pr[c] *= inv;
    }
    pr[entering] = 1;
    for (int i = 0; i < rows.length; i++) {
      double[] ri = rows[i];
      double f = ri[entering];
      if (i == row || f == 0) {
        continue;
      }
      for (int c : cols) {
        ri[c] -= f * pr[c];
      }
      ri[entering] = 0;
    }
  }

  @Override
  double pivotQuality(int system, int row, int label) {
    return Math.abs(t[system][row][label]);
  }
}
