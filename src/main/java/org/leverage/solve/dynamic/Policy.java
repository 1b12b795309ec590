package org.leverage.solve.dynamic;

/**
 * A behaviour policy of both players: a mixed action per player, period and state. Solved policies
 * are mostly pure; {@link #isPure} and {@link #action} give the fast path.
 */
public interface Policy {

  int numStates();

  /** Whether both players play pure actions at this node. */
  boolean isPure(int period, int state);

  /**
   * The pure action of {@code player} at this node.
   *
   * @throws IllegalStateException if the node's policy is mixed
   */
  int action(int player, int period, int state);

  /** The probability that {@code player} plays {@code action} at this node. */
  double probability(int player, int period, int state, int action);
}
