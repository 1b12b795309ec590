package org.leverage.solve.dynamic;

import java.util.SplittableRandom;
import org.leverage.game.dynamic.DynamicGame;

/**
 * A seeded random dynamic game with period-dependent payoffs and transitions, 1 to {@code
 * maxActions} actions per player and state, and up to {@code maxSucc} successors per action pair.
 * Payoffs are drawn from a continuous distribution, so stage games are nondegenerate with
 * probability one.
 */
class RandomDynamicGame implements DynamicGame {

  private final int states;
  private final int horizon;
  private final double discount;
  private final int maxActions;
  private final int maxSucc;
  private final int[][] actions;
  private final double[] payoffs;
  private final int[] succ;
  private final double[] prob;
  private final int[] succCount;
  private final double[] terminal;

  RandomDynamicGame(
      long seed, int states, int horizon, double discount, int maxActions, int maxSucc) {
    this.states = states;
    this.horizon = horizon;
    this.discount = discount;
    this.maxActions = maxActions;
    this.maxSucc = maxSucc;
    SplittableRandom r = new SplittableRandom(seed);
    actions = new int[2][states];
    for (int s = 0; s < states; s++) {
      actions[0][s] = 1 + r.nextInt(maxActions);
      actions[1][s] = 1 + r.nextInt(maxActions);
    }
    int cells = horizon * states * maxActions * maxActions;
    payoffs = new double[2 * cells];
    succ = new int[cells * maxSucc];
    prob = new double[cells * maxSucc];
    succCount = new int[cells];
    for (int c = 0; c < cells; c++) {
      payoffs[2 * c] = r.nextDouble(-10, 10);
      payoffs[2 * c + 1] = r.nextDouble(-10, 10);
      int k = 1 + r.nextInt(maxSucc);
      succCount[c] = k;
      double sum = 0;
      for (int j = 0; j < k; j++) {
        succ[c * maxSucc + j] = r.nextInt(states);
        prob[c * maxSucc + j] = r.nextDouble(0.01, 1);
        sum += prob[c * maxSucc + j];
      }
      for (int j = 0; j < k; j++) {
        prob[c * maxSucc + j] /= sum;
      }
    }
    terminal = new double[2 * states];
    for (int i = 0; i < terminal.length; i++) {
      terminal[i] = r.nextDouble(-5, 5);
    }
  }

  private int cell(int t, int s, int a, int b) {
    return ((t * states + s) * maxActions + a) * maxActions + b;
  }

  @Override
  public int numStates() {
    return states;
  }

  @Override
  public int horizon() {
    return horizon;
  }

  @Override
  public double discount() {
    return discount;
  }

  @Override
  public int numActions(int player, int state) {
    return actions[player][state];
  }

  @Override
  public String actionLabel(int player, int state, int action) {
    return (player == 0 ? "r" : "c") + action;
  }

  @Override
  public int maxSuccessors() {
    return maxSucc;
  }

  @Override
  public void payoffs(int period, int state, int a, int b, double[] out) {
    int c = cell(period, state, a, b);
    out[0] = payoffs[2 * c];
    out[1] = payoffs[2 * c + 1];
  }

  @Override
  public int transition(int period, int state, int a, int b, int[] successors, double[] probs) {
    int c = cell(period, state, a, b);
    int k = succCount[c];
    System.arraycopy(succ, c * maxSucc, successors, 0, k);
    System.arraycopy(prob, c * maxSucc, probs, 0, k);
    return k;
  }

  @Override
  public double terminalValue(int player, int state) {
    return terminal[2 * state + player];
  }
}
