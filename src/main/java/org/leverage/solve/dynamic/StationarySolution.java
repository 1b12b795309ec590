package org.leverage.solve.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The stationary policy and values of an infinite-horizon dynamic game found by value iteration:
 * the policy of the last iteration and the values it produced. As a {@link Policy} it ignores the
 * period. Immutable.
 */
public final class StationarySolution implements Policy {

  private final Timing timing;
  private final int[] numActions0;
  private final NodeTable table;
  private final int iterations;
  private final double residual;
  private final long nearTies;

  StationarySolution(
      Timing timing,
      int[] numActions0,
      NodeTable table,
      int iterations,
      double residual,
      long nearTies) {
    this.timing = timing;
    this.numActions0 = numActions0;
    this.table = table;
    this.iterations = iterations;
    this.residual = residual;
    this.nearTies = nearTies;
  }

  public Timing timing() {
    return timing;
  }

  @Override
  public int numStates() {
    return numActions0.length;
  }

  /** The value of {@code player} in {@code state}. */
  public double value(int player, int state) {
    DynamicSolution.checkPlayer(player);
    return table.values[2 * check(state) + player];
  }

  @Override
  public boolean isPure(int period, int state) {
    return table.isPure(check(state));
  }

  @Override
  public int action(int player, int period, int state) {
    DynamicSolution.checkPlayer(player);
    return table.action(player, check(state));
  }

  @Override
  public double probability(int player, int period, int state, int action) {
    DynamicSolution.checkPlayer(player);
    return table.probability(player, check(state), action, numActions0[state]);
  }

  /** How many stage equilibria the last iteration found in {@code state}. */
  public int equilibriumCount(int state) {
    return table.equilibria[check(state)];
  }

  /** States whose last stage game had several equilibria (period 0), by state. */
  public List<MultipleEquilibria> multipleEquilibria() {
    ImmutableList.Builder<MultipleEquilibria> b = ImmutableList.builder();
    for (int s = 0; s < numStates(); s++) {
      if (table.equilibria[s] > 1) {
        b.add(new MultipleEquilibria(0, s, table.equilibria[s]));
      }
    }
    return b.build();
  }

  public int iterations() {
    return iterations;
  }

  /** The largest value change in the last iteration. */
  public double residual() {
    return residual;
  }

  /** Near ties over all iterations (see {@link DynamicSolution#nearTies()}). */
  public long nearTies() {
    return nearTies;
  }

  /**
   * The choices the tie rule decided in the last iteration, state by state (period 0); empty unless
   * solved under {@link DynamicSolverOptions.TieRule#TOLERANCE}.
   */
  public List<TieDecision> tieDecisions() {
    return table.tieDecisions();
  }

  private int check(int state) {
    if (state < 0 || state >= numStates()) {
      throw new IllegalArgumentException(
          "state must be in [0, " + (numStates() - 1) + "] but was " + state);
    }
    return state;
  }
}
