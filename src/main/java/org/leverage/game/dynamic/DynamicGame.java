package org.leverage.game.dynamic;

/**
 * A two-player dynamic (stochastic) game with a finite state set, given by callbacks.
 *
 * <p>Periods are {@code t = 0 .. horizon()-1}. In period {@code t} and state {@code s}, player 0
 * chooses an action {@code a < numActions(0, s)} and player 1 an action {@code b < numActions(1,
 * s)}; they receive {@link #payoffs} and the state moves to a successor drawn from {@link
 * #transition}. After the last period each player receives {@link #terminalValue}. Payoffs of
 * period {@code t} are discounted by {@code discount()^t}. When timing is leader-follower, player 0
 * is the leader.
 *
 * <p>Callbacks are called in hot loops, possibly from several threads at once: they must be cheap,
 * deterministic and free of shared mutable state (all results go into the buffers the caller
 * passes). Infinite-horizon solvers treat the game as stationary: they call every callback with
 * period 0 and ignore {@link #horizon()}.
 *
 * <p>Solvers validate what the callbacks return (finite payoffs, successor indices in range,
 * non-negative probabilities summing to one within the solver's {@code Tolerance}) and throw {@link
 * IllegalArgumentException} naming the period, state and actions otherwise.
 */
public interface DynamicGame {

  /** The number of states, at least 1; states are {@code 0 .. numStates()-1}. */
  int numStates();

  /** The number of periods T of the finite-horizon game, at least 1. */
  int horizon();

  /** The per-period discount factor, in (0, 1]. */
  double discount();

  /** The name of player 0 or 1. */
  default String playerName(int player) {
    return player == 0 ? "player 1" : "player 2";
  }

  /** A label for {@code state}, for reports. */
  default String stateLabel(int state) {
    return Integer.toString(state);
  }

  /** The number of actions of {@code player} in {@code state}, at least 1. */
  int numActions(int player, int state);

  /** The label of an action of {@code player} in {@code state}. */
  String actionLabel(int player, int state, int action);

  /**
   * The most successor entries {@link #transition} ever writes; solvers size the buffers with it.
   */
  int maxSuccessors();

  /**
   * Writes the stage payoffs of period {@code period} to {@code out[0]} (player 0) and {@code
   * out[1]} (player 1).
   */
  void payoffs(int period, int state, int a, int b, double[] out);

  /**
   * Writes the distribution of the next state: successor states to {@code successors[0..n-1]} and
   * their probabilities to {@code probabilities[0..n-1]}, and returns {@code n}, between 1 and
   * {@link #maxSuccessors()}. A successor may appear more than once; its probabilities add.
   */
  int transition(int period, int state, int a, int b, int[] successors, double[] probabilities);

  /**
   * Whether {@link #transition} does not depend on the period. Then solvers may call it once per
   * (state, a, b) and keep the result (about {@code 12 * maxSuccessors()} bytes per action pair),
   * which saves most of the transition work of a long horizon; results are the same either way.
   * Default false.
   */
  default boolean stationaryTransitions() {
    return false;
  }

  /**
   * The number of phases {@code m} when the state has a phase of its own: state {@code = base * m +
   * phase}, the phase moves by a Markov chain ({@link #phaseProbability}) that neither the actions
   * nor the base affect, the base moves by {@link #baseTransition} whatever the phase, and the
   * action counts do not depend on the phase. {@link #transition} must then be the product of the
   * two (entries of probability zero may be left out). Solvers may then price the next period once
   * per base successor instead of once per successor state, which changes results only by rounding.
   * Used only together with {@link #stationaryTransitions()}. Default 1: no phase structure.
   */
  default int phases() {
    return 1;
  }

  /** The probability that phase {@code phase} moves to {@code next}; only when phases() > 1. */
  default double phaseProbability(int phase, int next) {
    throw new UnsupportedOperationException("this game has no phase structure");
  }

  /**
   * As {@link #transition}, for the base of the state: writes the successor bases of {@code base}
   * and their probabilities and returns their number, at most {@link #maxSuccessors()}; only when
   * phases() > 1.
   */
  default int baseTransition(
      int period, int base, int a, int b, int[] successors, double[] probabilities) {
    throw new UnsupportedOperationException("this game has no phase structure");
  }

  /** The value of {@code player} in {@code state} after the last period. */
  double terminalValue(int player, int state);
}
