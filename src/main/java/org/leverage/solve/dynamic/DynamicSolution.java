package org.leverage.solve.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The solved policy and values of a finite-horizon dynamic game: per period {@code t < T} and
 * state, both players' actions (pure, or mixed where the stage equilibrium is mixed); per period
 * {@code t <= T} and state, both players' values ({@code t = T}: terminal values). Immutable.
 */
public final class DynamicSolution implements Policy {

  private final Timing timing;
  private final boolean exact;
  private final int horizon;
  private final int[] numActions0;
  private final NodeTable table;
  private final long nearTies;
  private final long degenerateStageGames;
  private final long nanos;

  /** The prepared game whose reachable nodes were solved, or null when every node was. */
  private final PreparedGame solved;

  DynamicSolution(
      Timing timing,
      boolean exact,
      int horizon,
      int[] numActions0,
      NodeTable table,
      long nearTies,
      long degenerateStageGames,
      long nanos,
      PreparedGame solved) {
    this.timing = timing;
    this.exact = exact;
    this.horizon = horizon;
    this.numActions0 = numActions0;
    this.table = table;
    this.nearTies = nearTies;
    this.degenerateStageGames = degenerateStageGames;
    this.nanos = nanos;
    this.solved = solved;
  }

  public Timing timing() {
    return timing;
  }

  /**
   * Whether every comparison was decided in exact rational arithmetic ({@link
   * ExactBackwardInductionSolver}); the values and probabilities are then the exact ones rounded to
   * the nearest double.
   */
  public boolean exact() {
    return exact;
  }

  /** The number of periods T. */
  public int horizon() {
    return horizon;
  }

  @Override
  public int numStates() {
    return numActions0.length;
  }

  /**
   * The value of {@code player} in {@code state} at the start of {@code period} (0..T).
   *
   * @throws IllegalArgumentException if the node was not solved ({@link #isSolved})
   */
  public double value(int player, int period, int state) {
    checkPlayer(player);
    if (period < 0 || period > horizon) {
      throw new IllegalArgumentException(
          "period must be in [0, " + horizon + "] but was " + period);
    }
    checkState(state);
    if (period < horizon) {
      node(period, state);
    }
    return table.values[2 * (period * numStates() + state) + player];
  }

  /**
   * Whether the node was solved: always, unless the game was solved only where it is reachable from
   * an initial distribution ({@link PreparedGame#reachableFrom}) and this node is not.
   */
  public boolean isSolved(int period, int state) {
    checkPeriod(period);
    checkState(state);
    return solved == null || solved.reached(period, state);
  }

  @Override
  public boolean isPure(int period, int state) {
    return table.isPure(node(period, state));
  }

  @Override
  public int action(int player, int period, int state) {
    checkPlayer(player);
    return table.action(player, node(period, state));
  }

  @Override
  public double probability(int player, int period, int state, int action) {
    checkPlayer(player);
    return table.probability(player, node(period, state), action, numActions0[state]);
  }

  /** How many stage equilibria were found at this node (1 for leader-follower). */
  public int equilibriumCount(int period, int state) {
    return table.equilibria[node(period, state)];
  }

  /** Every node with several stage equilibria, by period then state. */
  public List<MultipleEquilibria> multipleEquilibria() {
    ImmutableList.Builder<MultipleEquilibria> b = ImmutableList.builder();
    int states = numStates();
    for (int node = 0; node < table.equilibria.length; node++) {
      if (table.equilibria[node] > 1) {
        b.add(new MultipleEquilibria(node / states, node % states, table.equilibria[node]));
      }
    }
    return b.build();
  }

  /**
   * The number of leader-follower nodes where a chosen action beat another by less than the
   * tolerance without an exact tie: where rounding could decide the policy.
   */
  public long nearTies() {
    return nearTies;
  }

  /**
   * The choices a tie rule decided, by period then state: under {@link
   * DynamicSolverOptions.TieRule#TOLERANCE} every choice among alternatives within the tolerance
   * (exact floating-point ties included), under exact arithmetic every exact tie; empty under
   * {@link DynamicSolverOptions.TieRule#EXACT_DOUBLE}, which counts only {@link #nearTies()}.
   */
  public List<TieDecision> tieDecisions() {
    return table.tieDecisions();
  }

  /**
   * The number of simultaneous stage games with an extreme equilibrium whose two supports differ in
   * size, which happens only in degenerate games (where the equilibria form convex sets spanned by
   * the extreme ones listed).
   */
  public long degenerateStageGames() {
    return degenerateStageGames;
  }

  /** Wall-clock solver time in nanoseconds (informative only; not part of equality). */
  public long solverNanos() {
    return nanos;
  }

  /** The node of a solved (period, state). */
  private int node(int period, int state) {
    if (!isSolved(period, state)) {
      throw new IllegalArgumentException(
          "period "
              + period
              + ", state "
              + state
              + " was not solved: it is not reachable from the initial distribution");
    }
    return period * numStates() + state;
  }

  private void checkPeriod(int period) {
    if (period < 0 || period >= horizon) {
      throw new IllegalArgumentException(
          "period must be in [0, " + (horizon - 1) + "] but was " + period);
    }
  }

  private void checkState(int state) {
    if (state < 0 || state >= numStates()) {
      throw new IllegalArgumentException(
          "state must be in [0, " + (numStates() - 1) + "] but was " + state);
    }
  }

  static void checkPlayer(int player) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player must be 0 or 1 but was " + player);
    }
  }
}
