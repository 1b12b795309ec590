package org.leverage.model;

import org.leverage.solve.dynamic.ActionRestriction;

/**
 * A policy regime: a restriction of the US action set by the crisis state, which the US commits to;
 * China best-responds freely. {@link #EQUILIBRIUM} restricts nothing: the US chooses its best
 * action in every period and state (the leader-follower Markov perfect equilibrium).
 */
public enum Regime {
  /** FULL in calm and in crisis: cut China off now. */
  FULL_DECOUPLING(false, false, true, false, false, true),
  /** TARGETED in calm, FULL in crisis: keep China dependent, hold denial in reserve. */
  STRATEGIC_DEPENDENCY(false, true, false, false, false, true),
  /** OPEN in calm and in crisis: no controls. */
  OPEN(true, false, false, true, false, false),
  /** Any action in any state: no commitment. */
  EQUILIBRIUM(true, true, true, true, true, true);

  private final boolean[][] allowed;

  Regime(
      boolean calmOpen,
      boolean calmTargeted,
      boolean calmFull,
      boolean crisisOpen,
      boolean crisisTargeted,
      boolean crisisFull) {
    this.allowed =
        new boolean[][] {
          {calmOpen, calmTargeted, calmFull}, {crisisOpen, crisisTargeted, crisisFull}
        };
  }

  /** Whether the US may play {@code usAction} in crisis state {@code crisis} (0 calm, 1 crisis). */
  public boolean allows(int usAction, int crisis) {
    return allowed[crisis][usAction];
  }

  /** Whether the regime fixes the US action in every state (a commitment, not a choice). */
  public boolean isCommitted() {
    return this != EQUILIBRIUM;
  }

  /** The restriction of the US (player 0) actions of reference model v1's states. */
  ActionRestriction restriction() {
    return (player, period, state, action) ->
        player != 0 || allows(action, ReferenceModelV1.crisis(state));
  }
}
