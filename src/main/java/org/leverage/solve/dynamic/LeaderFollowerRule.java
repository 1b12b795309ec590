package org.leverage.solve.dynamic;

import java.util.ArrayList;
import java.util.List;

/**
 * The leader-follower tie rule over any number type, for rules that decide ties against the best
 * value: the follower's tie set for a leader action is every reply tied with its best; among them
 * those tied with the leader's best; of these the first. The leader's tie set is every action whose
 * outcome is tied with the best outcome; of these the first. (Reference model v1's own rule on
 * doubles, {@link DynamicSolverOptions.TieRule#EXACT_DOUBLE}, is {@link NodeSolver}'s separate
 * loop, kept as it was.)
 */
final class LeaderFollowerRule {

  private LeaderFollowerRule() {}

  /** The continuation payoffs {@code Q_p} of the stage game's cells {@code i * n + j}. */
  interface Payoffs {
    /** Whether {@code Q_p} at cell c is greater than at cell d, exactly. */
    boolean greater(int player, int c, int d);

    /** Whether {@code Q_p} at cell c is tied with the best value, found at cell {@code best}. */
    boolean tiedWithBest(int player, int c, int best);
  }

  /**
   * Decides the node: writes the follower's reply (an index among the allowed columns) to each
   * allowed row into {@code replies}, appends a {@link TieDecision} for every choice with more than
   * one alternative in its tie set, and returns the leader's row.
   *
   * @param rows the game's action of each allowed row; {@code cols} likewise
   */
  static int decide(
      int period,
      int state,
      int[] rows,
      int[] cols,
      int m,
      int n,
      Payoffs q,
      int[] replies,
      List<TieDecision> ties) {
    for (int i = 0; i < m; i++) {
      int base = i * n;
      int best1 = base;
      for (int c = base + 1; c < base + n; c++) {
        best1 = q.greater(1, c, best1) ? c : best1;
      }
      int best0 = -1;
      List<Integer> tied = new ArrayList<>();
      for (int c = base; c < base + n; c++) {
        if (q.tiedWithBest(1, c, best1)) {
          tied.add(cols[c - base]);
          best0 = best0 < 0 || q.greater(0, c, best0) ? c : best0;
        }
      }
      int reply = base;
      while (!(q.tiedWithBest(1, reply, best1) && q.tiedWithBest(0, reply, best0))) {
        reply++;
      }
      replies[i] = reply - base;
      if (tied.size() > 1) {
        ties.add(
            new TieDecision(
                period, state, TieDecision.Kind.FOLLOWER_REPLY, rows[i], cols[reply - base], tied));
      }
    }
    int best = replies[0];
    for (int i = 1; i < m; i++) {
      best = q.greater(0, i * n + replies[i], best) ? i * n + replies[i] : best;
    }
    int leader = -1;
    List<Integer> tied = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      if (q.tiedWithBest(0, i * n + replies[i], best)) {
        leader = leader < 0 ? i : leader;
        tied.add(rows[i]);
      }
    }
    if (tied.size() > 1) {
      ties.add(
          new TieDecision(period, state, TieDecision.Kind.LEADER_ACTION, -1, rows[leader], tied));
    }
    return leader;
  }
}
