package org.leverage.solve.dynamic;

import java.util.function.IntBinaryOperator;

/**
 * Which actions a player may use in a (period, state): a restriction of the action sets, such as a
 * policy regime ("FULL in crisis, TARGETED in calm") or a commitment to a fixed policy. Solvers
 * call it in hot loops, possibly from several threads: it must be cheap, deterministic and
 * stateless. Every (player, period, state) must keep at least one allowed action; solvers throw
 * {@link IllegalArgumentException} naming the node otherwise.
 */
@FunctionalInterface
public interface ActionRestriction {

  /** No restriction. */
  ActionRestriction NONE = (player, period, state, action) -> true;

  /** Whether {@code player} may use {@code action} in {@code state} at {@code period}. */
  boolean allows(int player, int period, int state, int action);

  /**
   * Commitment of {@code player} to the pure policy {@code policy.applyAsInt(period, state)}; the
   * other player is unrestricted.
   */
  static ActionRestriction commit(int player, IntBinaryOperator policy) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player must be 0 or 1 but was " + player);
    }
    return (p, period, state, action) -> p != player || action == policy.applyAsInt(period, state);
  }
}
