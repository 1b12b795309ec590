package org.leverage.solve.lcp;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The two tableaux of a Lemke-Howson run and the path-following step that is the same in every
 * arithmetic. Subclasses hold the numbers and do the ratio test and the pivot.
 *
 * <p>A basis is identified by the set of labels basic in the Q-system ({@link #qBasis()}); in a
 * complementary basis the P-system's basic labels are exactly the others. The artificial
 * equilibrium is the basis of all slacks.
 */
abstract class LhTableau {

  final LhProblem problem;

  /** {@code rowLabel[system][row]}: the label of the variable basic in that row. */
  private final int[][] rowLabel;

  /** {@code rowOf[system][label]}: the row where that label is basic, or -1. */
  private final int[][] rowOf;

  /** Pivots made by {@link #follow}, also when it was cut short by an exception. */
  private int pathPivots;

  LhTableau(LhProblem problem) {
    this.problem = problem;
    rowLabel = new int[2][];
    rowOf = new int[2][problem.numLabels()];
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      rowLabel[s] = new int[problem.rows(s)];
      Arrays.fill(rowOf[s], -1);
      for (int r = 0; r < rowLabel[s].length; r++) {
        rowLabel[s][r] = problem.slackLabel(s, r);
        rowOf[s][rowLabel[s][r]] = r;
      }
    }
  }

  /** The artificial basis: every slack basic. */
  static BitSet artificialBasis(LhProblem problem) {
    BitSet q = new BitSet(problem.numLabels());
    q.set(0, problem.m);
    return q;
  }

  /**
   * The lexicographic minimum ratio test for {@code entering} in {@code system}: the row whose
   * basic variable leaves.
   *
   * @throws AmbiguousPivotException when floating point cannot decide the test
   */
  abstract int leavingRow(int system, int entering);

  /** Pivots the numbers on ({@code row}, column of {@code entering}). */
  abstract void pivotNumbers(int system, int row, int entering);

  /**
   * How good a pivot element the entry at ({@code row}, {@code label}) would be when moving to a
   * given basis: 0 when it is zero (not allowed), larger is better.
   */
  abstract double pivotQuality(int system, int row, int label);

  /** The labels basic in the Q-system. */
  final BitSet qBasis() {
    BitSet q = new BitSet(problem.numLabels());
    for (int label : rowLabel[LhProblem.Q]) {
      q.set(label);
    }
    return q;
  }

  final int pathPivots() {
    return pathPivots;
  }

  final boolean isBasic(int system, int label) {
    return rowOf[system][label] >= 0;
  }

  final int labelOfRow(int system, int row) {
    return rowLabel[system][row];
  }

  /** Pivots and returns the label that left the basis. */
  final int pivot(int system, int row, int entering) {
    pivotNumbers(system, row, entering);
    int leaving = rowLabel[system][row];
    rowOf[system][leaving] = -1;
    rowOf[system][entering] = row;
    rowLabel[system][row] = entering;
    return leaving;
  }

  /**
   * Moves from the initial (all-slack) tableau to the complementary basis whose Q-basic labels are
   * {@code qBasis}, by pivoting each basic non-slack column into a row whose slack leaves.
   *
   * @throws IllegalArgumentException if that basis is singular
   */
  final void moveTo(BitSet qBasis) {
    for (int s = LhProblem.Q; s <= LhProblem.P; s++) {
      for (int label = 0; label < problem.numLabels(); label++) {
        boolean wanted = (s == LhProblem.Q) == qBasis.get(label);
        if (!wanted || problem.isSlack(s, label)) {
          continue;
        }
        int best = -1;
        double bestQuality = 0;
        for (int r = 0; r < problem.rows(s); r++) {
          int current = rowLabel[s][r];
          boolean slackToLeave =
              problem.isSlack(s, current) && ((s == LhProblem.Q) != qBasis.get(current));
          double quality = slackToLeave ? pivotQuality(s, r, label) : 0;
          if (quality > bestQuality) {
            best = r;
            bestQuality = quality;
          }
        }
        if (best < 0) {
          throw new IllegalArgumentException("basis " + qBasis + " is singular");
        }
        pivot(s, best, label);
      }
    }
  }

  /**
   * Follows the Lemke-Howson path that drops {@code label} from the current complementary basis
   * until the next complementary basis.
   *
   * @return the number of pivots, or -1 if {@code maxPivots} were made without arriving
   */
  final int follow(int label, int maxPivots) {
    int system = isBasic(LhProblem.Q, label) ? LhProblem.P : LhProblem.Q;
    int entering = label;
    while (pathPivots < maxPivots) {
      int leaving = pivot(system, leavingRow(system, entering), entering);
      pathPivots++;
      if (leaving == label) {
        return pathPivots;
      }
      // The leaving label is now missing from this system and was already nonbasic in the
      // other one: its complement enters there.
      system = 1 - system;
      entering = leaving;
    }
    return -1;
  }
}
