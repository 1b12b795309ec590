package org.leverage.solve.dynamic;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The result of {@link ForwardEvaluator}: the distribution of the state in periods {@code 0 ..
 * periods()} (the last one is the distribution after the last period), expected stage payoffs and
 * action probabilities per period, and discounted totals. Immutable.
 */
public final class ForwardPath {

  private final int states;
  private final int periods;
  private final double discount;
  private final double[] dist;
  private final double[] payoffs;
  private final double[][] actions;
  private final int[] maxActions;
  private final double[] terminal;

  ForwardPath(
      int states,
      int periods,
      double discount,
      double[] dist,
      double[] payoffs,
      double[][] actions,
      int[] maxActions,
      double[] terminal) {
    this.states = states;
    this.periods = periods;
    this.discount = discount;
    this.dist = dist;
    this.payoffs = payoffs;
    this.actions = actions;
    this.maxActions = maxActions;
    this.terminal = terminal;
  }

  /** The number of periods played. */
  public int periods() {
    return periods;
  }

  /** The probability of each state at the start of {@code period} (0..periods()), a copy. */
  public double[] distribution(int period) {
    checkPeriod(period, periods);
    return Arrays.copyOfRange(dist, period * states, (period + 1) * states);
  }

  /** The probability of {@code state} at the start of {@code period} (0..periods()). */
  public double probability(int period, int state) {
    checkPeriod(period, periods);
    if (state < 0 || state >= states) {
      throw new IllegalArgumentException(
          "state must be in [0, " + (states - 1) + "] but was " + state);
    }
    return dist[period * states + state];
  }

  /**
   * The expectation of {@code f(state)} at the start of {@code period} (0..periods()): e.g. the
   * expected self-sufficiency, or the probability of crisis with an indicator.
   */
  public double expectation(int period, IntToDoubleFunction f) {
    checkPeriod(period, periods);
    double sum = 0;
    for (int s = 0; s < states; s++) {
      double p = dist[period * states + s];
      if (p != 0) {
        sum += p * f.applyAsDouble(s);
      }
    }
    return sum;
  }

  /** The expected stage payoff of {@code player} in {@code period} (0..periods()-1). */
  public double expectedPayoff(int player, int period) {
    DynamicSolution.checkPlayer(player);
    checkPeriod(period, periods - 1);
    return payoffs[2 * period + player];
  }

  /**
   * The probability that {@code player} plays the action with index {@code action} in {@code
   * period} (0..periods()-1); actions are identified by index across states.
   */
  public double actionProbability(int player, int period, int action) {
    DynamicSolution.checkPlayer(player);
    checkPeriod(period, periods - 1);
    if (action < 0 || action >= maxActions[player]) {
      return 0;
    }
    return actions[player][period * maxActions[player] + action];
  }

  /** The expected terminal value of {@code player} after the last period (0 if none). */
  public double expectedTerminalValue(int player) {
    DynamicSolution.checkPlayer(player);
    return terminal[player];
  }

  /**
   * {@code sum_t discount^t E[u_t] + discount^periods E[terminal value]}: for a finite-horizon
   * solution, the value of the initial distribution.
   */
  public double discountedTotal(int player) {
    DynamicSolution.checkPlayer(player);
    double sum = 0;
    double factor = 1;
    for (int t = 0; t < periods; t++) {
      sum += factor * payoffs[2 * t + player];
      factor *= discount;
    }
    return sum + factor * terminal[player];
  }

  private static void checkPeriod(int period, int max) {
    if (period < 0 || period > max) {
      throw new IllegalArgumentException("period must be in [0, " + max + "] but was " + period);
    }
  }
}
