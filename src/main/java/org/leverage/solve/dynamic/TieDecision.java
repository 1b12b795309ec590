package org.leverage.solve.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A choice at one node that a tie rule decided: several alternatives were equally good (within the
 * tolerance under {@link DynamicSolverOptions.TieRule#TOLERANCE}, exactly under exact arithmetic)
 * and the documented rule picked one.
 *
 * @param period the period ({@code 0} for a stationary solution)
 * @param state the state
 * @param kind whose choice it was
 * @param leaderAction for {@link Kind#FOLLOWER_REPLY}: the leader's action (an index into its
 *     actions in the state) the follower replies to; otherwise -1
 * @param chosen the alternative picked: an action index for the leader-follower kinds, else the
 *     index of the selected stage equilibrium in canonical order
 * @param tied every alternative in the tie, the chosen one included, in increasing order; at least
 *     two
 */
public record TieDecision(
    int period, int state, Kind kind, int leaderAction, int chosen, List<Integer> tied) {

  public TieDecision {
    tied = ImmutableList.copyOf(tied);
    if (tied.size() < 2 || !tied.contains(chosen)) {
      throw new IllegalArgumentException(
          "a tie needs at least two alternatives including the chosen one "
              + chosen
              + " but was "
              + tied);
    }
    if ((kind == Kind.FOLLOWER_REPLY) != (leaderAction >= 0)) {
      throw new IllegalArgumentException(
          "leaderAction must be an action exactly for a follower reply but was "
              + leaderAction
              + " for "
              + kind);
    }
  }

  /** Whose choice a tie decided. */
  public enum Kind {
    /**
     * Leader-follower: the follower's best replies to one leader action tied; the leader's
     * preference, then the first action, decided.
     */
    FOLLOWER_REPLY,
    /** Leader-follower: the leader's best actions tied; the first action was taken. */
    LEADER_ACTION,
    /**
     * Simultaneous: undominated stage equilibria paid both players the same; the selection rule's
     * canonical order decided.
     */
    STAGE_EQUILIBRIUM
  }
}
