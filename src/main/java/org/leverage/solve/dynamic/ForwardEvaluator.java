package org.leverage.solve.dynamic;

import java.util.Objects;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.numeric.Tolerance;

/**
 * The exact distribution of states over time under a solved policy: probability mass is propagated
 * through the transitions (no sampling), with expected payoffs and action frequencies per period
 * and discounted totals.
 *
 * <p>The chain propagated is the one the backward-induction values price, so with the same game and
 * an initial point mass at {@code s0} the discounted total (including the discounted expected
 * terminal value) equals {@code V_0(s0)} up to rounding.
 *
 * <p>Cost per period: for every state with positive mass, one payoff and one transition callback
 * per action pair in the policy's support. Memory {@code (periods + 1) * S}. Single-threaded and
 * deterministic.
 */
public final class ForwardEvaluator {

  private ForwardEvaluator() {}

  /**
   * Runs the finite-horizon solution forward over its {@code T} periods, including the discounted
   * expected terminal values.
   *
   * @param initial the distribution of the state in period 0 (non-negative, summing to 1)
   */
  public static ForwardPath evaluate(DynamicGame game, DynamicSolution solution, double[] initial) {
    requireMatch(game, solution);
    return run(game, solution, initial, solution.horizon(), true, false);
  }

  /**
   * Runs a stationary solution forward for {@code periods} periods (callbacks with period 0; no
   * terminal values).
   */
  public static ForwardPath evaluate(
      DynamicGame game, StationarySolution solution, double[] initial, int periods) {
    requireMatch(game, solution);
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be at least 1 but was " + periods);
    }
    return run(game, solution, initial, periods, false, true);
  }

  /** A point mass on {@code state} among {@code numStates} states. */
  public static double[] pointMass(int numStates, int state) {
    if (state < 0 || state >= numStates) {
      throw new IllegalArgumentException(
          "state must be in [0, " + (numStates - 1) + "] but was " + state);
    }
    double[] d = new double[numStates];
    d[state] = 1;
    return d;
  }

  private static void requireMatch(DynamicGame game, Policy policy) {
    Objects.requireNonNull(game, "game");
    if (policy.numStates() != game.numStates()) {
      throw new IllegalArgumentException(
          "solution has "
              + policy.numStates()
              + " states but the game has "
              + game.numStates()
              + ": it was solved for another game");
    }
  }

  private static ForwardPath run(
      DynamicGame game,
      Policy policy,
      double[] initial,
      int periods,
      boolean terminal,
      boolean stationary) {
    int states = game.numStates();
    if (initial.length != states) {
      throw new IllegalArgumentException(
          "initial distribution has " + initial.length + " entries; expected " + states);
    }
    double total = 0;
    for (double p : initial) {
      if (!(p >= 0)) {
        throw new IllegalArgumentException(
            "initial probabilities must be non-negative but one was " + p);
      }
      total += p;
    }
    if (!Tolerance.DEFAULT.isZero(total - 1)) {
      throw new IllegalArgumentException("initial probabilities sum to " + total + ", not 1");
    }
    int[] maxActions = new int[2];
    for (int s = 0; s < states; s++) {
      maxActions[0] = Math.max(maxActions[0], game.numActions(0, s));
      maxActions[1] = Math.max(maxActions[1], game.numActions(1, s));
    }
    double[] dist = new double[(periods + 1) * states];
    System.arraycopy(initial, 0, dist, 0, states);
    double[] payoffs = new double[2 * periods];
    double[][] actions = {new double[periods * maxActions[0]], new double[periods * maxActions[1]]};
    int[] succ = new int[game.maxSuccessors()];
    double[] prob = new double[game.maxSuccessors()];
    double[] u = new double[2];
    for (int t = 0; t < periods; t++) {
      int cb = stationary ? 0 : t;
      int here = t * states;
      int there = (t + 1) * states;
      for (int s = 0; s < states; s++) {
        double mass = dist[here + s];
        if (mass == 0) {
          continue;
        }
        int na = game.numActions(0, s);
        int nb = game.numActions(1, s);
        boolean pure = policy.isPure(cb, s);
        for (int a = 0; a < na; a++) {
          actions[0][t * maxActions[0] + a] += mass * probability(policy, pure, 0, cb, s, a);
        }
        for (int b = 0; b < nb; b++) {
          actions[1][t * maxActions[1] + b] += mass * probability(policy, pure, 1, cb, s, b);
        }
        for (int a = 0; a < na; a++) {
          double pa = probability(policy, pure, 0, cb, s, a);
          for (int b = 0; b < nb && pa != 0; b++) {
            double pb = probability(policy, pure, 1, cb, s, b);
            if (pb == 0) {
              continue;
            }
            double w = mass * pa * pb;
            game.payoffs(cb, s, a, b, u);
            payoffs[2 * t] += w * u[0];
            payoffs[2 * t + 1] += w * u[1];
            int k = game.transition(cb, s, a, b, succ, prob);
            for (int r = 0; r < k; r++) {
              dist[there + succ[r]] += w * prob[r];
            }
          }
        }
      }
    }
    double[] terminalValues = new double[2];
    if (terminal) {
      for (int s = 0; s < states; s++) {
        double mass = dist[periods * states + s];
        if (mass != 0) {
          terminalValues[0] += mass * game.terminalValue(0, s);
          terminalValues[1] += mass * game.terminalValue(1, s);
        }
      }
    }
    return new ForwardPath(
        states, periods, game.discount(), dist, payoffs, actions, maxActions, terminalValues);
  }

  private static double probability(
      Policy policy, boolean pure, int player, int t, int s, int action) {
    if (pure) {
      return policy.action(player, t, s) == action ? 1 : 0;
    }
    return policy.probability(player, t, s, action);
  }
}
