package org.leverage.solve.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The stage game of one node of a solved dynamic game, for reports: the allowed actions, the
 * continuation payoffs {@code Q_p(a, b) = u_p + beta E V_p} over them, every equilibrium found and
 * the one selected. Immutable.
 *
 * @param period the period (0 for a stationary solution)
 * @param state the state
 * @param rowActions player 0's allowed actions (indices into its actions in the state)
 * @param columnActions player 1's allowed actions
 * @param payoffs0 {@code payoffs0.get(i).get(j)}: player 0's Q at allowed row i, column j
 * @param payoffs1 likewise for player 1
 * @param equilibria simultaneous timing: every equilibrium found, in canonical order;
 *     leader-follower: the one outcome
 * @param selected the index in {@code equilibria} of the one the solver uses
 * @param followerReplies leader-follower: player 1's reply (an index into {@code columnActions}) to
 *     each allowed row; empty for simultaneous timing
 */
public record StageGame(
    int period,
    int state,
    List<Integer> rowActions,
    List<Integer> columnActions,
    List<List<Double>> payoffs0,
    List<List<Double>> payoffs1,
    List<Equilibrium> equilibria,
    int selected,
    List<Integer> followerReplies) {

  public StageGame {
    rowActions = ImmutableList.copyOf(rowActions);
    columnActions = ImmutableList.copyOf(columnActions);
    payoffs0 = deepCopy(payoffs0);
    payoffs1 = deepCopy(payoffs1);
    equilibria = ImmutableList.copyOf(equilibria);
    followerReplies = ImmutableList.copyOf(followerReplies);
    if (selected < 0 || selected >= equilibria.size()) {
      throw new IllegalArgumentException(
          "selected must index one of " + equilibria.size() + " equilibria but was " + selected);
    }
  }

  private static List<List<Double>> deepCopy(List<List<Double>> m) {
    return m.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /**
   * An equilibrium of the stage game.
   *
   * @param row player 0's probabilities over all its actions in the state
   * @param column player 1's probabilities over all its actions in the state
   * @param payoff0 player 0's expected Q
   * @param payoff1 player 1's expected Q
   */
  public record Equilibrium(List<Double> row, List<Double> column, double payoff0, double payoff1) {
    public Equilibrium {
      row = ImmutableList.copyOf(row);
      column = ImmutableList.copyOf(column);
    }
  }
}
