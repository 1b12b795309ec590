package org.leverage.solve.dynamic;

/** Who moves when within a period of a dynamic game. */
public enum Timing {
  /**
   * Player 0 commits to an action, player 1 observes it and best-responds; player 0 anticipates the
   * response. Ties: player 1 picks, among its best responses, the one player 0 prefers, then the
   * first; player 0 picks the first of its best actions. Always a pure policy.
   */
  LEADER_FOLLOWER,
  /**
   * Both players choose at once: the stage game with continuation values is a bimatrix game, solved
   * for all its extreme equilibria; one is selected by the rule documented at {@link
   * BackwardInductionSolver}.
   */
  SIMULTANEOUS
}
