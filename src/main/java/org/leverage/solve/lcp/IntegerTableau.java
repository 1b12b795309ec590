package org.leverage.solve.lcp;

import java.math.BigInteger;
import org.leverage.numeric.IntegerPivoting;

/**
 * Lemke-Howson tableaux in exact integer arithmetic ({@link IntegerPivoting}): the reference that
 * every floating-point path falls back to. Each system keeps its own determinant, which the
 * lexicographic rule keeps positive on a path; {@link #moveTo} restores that sign.
 */
final class IntegerTableau extends LhTableau {

  /** {@code t[system][row][col]}: one column per label, then the right-hand side. */
  private final BigInteger[][][] t;

  private final BigInteger[] det = {BigInteger.ONE, BigInteger.ONE};

  private final int rhs;

  IntegerTableau(LhProblem problem) {
    super(problem);
    int labels = problem.numLabels();
    rhs = labels;
    t = new BigInteger[2][][];
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      t[s] = new BigInteger[problem.rows(s)][labels + 1];
      for (int r = 0; r < problem.rows(s); r++) {
        BigInteger[] row = t[s][r];
        for (int label = 0; label < labels; label++) {
          row[label] = problem.initialEntry(s, r, label);
        }
        row[rhs] = BigInteger.ONE;
      }
    }
  }

  /** After {@link #moveTo}: makes both determinants positive, which the ratio test assumes. */
  void normalizeSigns() {
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      if (det[s].signum() < 0) {
        det[s] = det[s].negate();
        for (BigInteger[] row : t[s]) {
          for (int j = 0; j < row.length; j++) {
            row[j] = row[j].negate();
          }
        }
      }
    }
  }

  /**
   * Whether every row of {@code [rhs | -basis inverse]} is lexicographically positive: the basis is
   * a vertex of the perturbed polytopes, where paths may start.
   */
  boolean isLexicographicallyFeasible() {
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      for (BigInteger[] row : t[s]) {
        int sign = row[rhs].signum();
        for (int k = 0; sign == 0 && k < problem.rows(s); k++) {
          sign = -row[problem.slackLabel(s, k)].signum();
        }
        if (sign <= 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  int leavingRow(int system, int entering) {
    BigInteger[][] rows = t[system];
    int best = -1;
    for (int r = 0; r < rows.length; r++) {
      if (rows[r][entering].signum() > 0 && (best < 0 || smaller(system, r, best, entering))) {
        best = r;
      }
    }
    if (best < 0) {
      throw new IllegalStateException(
          "unbounded Lemke-Howson ray in exact arithmetic: payoffs were not made positive");
    }
    return best;
  }

  /**
   * Lexicographic comparison of two rows divided by their (positive) pivot entries: the right-hand
   * side, then the negated basis inverse (see {@link LemkeHowsonSolver}).
   */
  private boolean smaller(int system, int r, int best, int entering) {
    BigInteger[] x = t[system][r];
    BigInteger[] y = t[system][best];
    int c = compare(x, y, rhs, entering);
    for (int k = 0; c == 0 && k < problem.rows(system); k++) {
      c = compare(y, x, problem.slackLabel(system, k), entering);
    }
    return c < 0;
  }

  private static int compare(BigInteger[] x, BigInteger[] y, int col, int entering) {
    return x[col].multiply(y[entering]).compareTo(y[col].multiply(x[entering]));
  }

  @Override
  void pivotNumbers(int system, int row, int entering) {
    det[system] = IntegerPivoting.pivot(t[system], row, entering, det[system]);
  }

  @Override
  double pivotQuality(int system, int row, int label) {
    return t[system][row][label].signum() == 0 ? 0 : 1;
  }
}
