package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.solve.dynamic.DynamicSolution;
import org.leverage.solve.dynamic.ForwardEvaluator;
import org.leverage.solve.dynamic.ForwardPath;
import org.leverage.solve.dynamic.MultipleEquilibria;
import org.leverage.solve.dynamic.Policy;
import org.leverage.solve.dynamic.StationarySolution;
import org.leverage.solve.dynamic.TieDecision;
import org.leverage.solve.dynamic.Timing;

/**
 * What the catalog found on a dynamic game: the equilibrium policy per period and state, the values
 * at the start, the nodes with several stage equilibria, and the expected path from the initial
 * distribution ({@link ForwardEvaluator}). Results are doubles. Immutable; built by {@link #finite}
 * or {@link #stationary}.
 */
public final class DynamicResult implements Solution {

  private final String title;
  private final DynamicGame game;
  private final Timing timing;
  private final Policy policy;
  private final int policyPeriods;
  private final double[] values;
  private final List<MultipleEquilibria> multiple;
  private final long nearTies;
  private final List<TieDecision> ties;
  private final boolean exact;
  private final OptionalInt iterations;
  private final OptionalDouble residual;
  private final ForwardPath path;

  private DynamicResult(
      String title,
      DynamicGame game,
      Timing timing,
      Policy policy,
      int policyPeriods,
      double[] values,
      List<MultipleEquilibria> multiple,
      long nearTies,
      List<TieDecision> ties,
      boolean exact,
      OptionalInt iterations,
      OptionalDouble residual,
      ForwardPath path) {
    this.title = Objects.requireNonNull(title, "title");
    this.game = game;
    this.timing = timing;
    this.policy = policy;
    this.policyPeriods = policyPeriods;
    this.values = values;
    this.multiple = ImmutableList.copyOf(multiple);
    this.nearTies = nearTies;
    this.ties = ImmutableList.copyOf(ties);
    this.exact = exact;
    this.iterations = iterations;
    this.residual = residual;
    this.path = path;
  }

  /**
   * The report of a finite-horizon solution, with the path over the whole horizon.
   *
   * @param initial the distribution of the state in period 0
   */
  static DynamicResult finite(
      String title, DynamicGame game, DynamicSolution solution, double[] initial) {
    double[] v = startValues(game, (player, s) -> solution.value(player, 0, s));
    return new DynamicResult(
        title,
        game,
        solution.timing(),
        solution,
        solution.horizon(),
        v,
        solution.multipleEquilibria(),
        solution.nearTies(),
        solution.tieDecisions(),
        solution.exact(),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        ForwardEvaluator.evaluate(game, solution, initial));
  }

  /**
   * The report of a stationary (infinite-horizon) solution, with the path over {@code periods}
   * periods.
   */
  static DynamicResult stationary(
      String title, DynamicGame game, StationarySolution solution, double[] initial, int periods) {
    double[] v = startValues(game, solution::value);
    return new DynamicResult(
        title,
        game,
        solution.timing(),
        solution,
        1,
        v,
        solution.multipleEquilibria(),
        solution.nearTies(),
        solution.tieDecisions(),
        false,
        OptionalInt.of(solution.iterations()),
        OptionalDouble.of(solution.residual()),
        ForwardEvaluator.evaluate(game, solution, initial, periods));
  }

  /** A player's value in a state at the start. */
  private interface StartValue {
    double of(int player, int state);
  }

  /** Both players' start values, interleaved per state as {@link #value} reads them. */
  private static double[] startValues(DynamicGame game, StartValue value) {
    double[] v = new double[2 * game.numStates()];
    for (int s = 0; s < game.numStates(); s++) {
      v[2 * s] = value.of(0, s);
      v[2 * s + 1] = value.of(1, s);
    }
    return v;
  }

  public String title() {
    return title;
  }

  public DynamicGame game() {
    return game;
  }

  public Timing timing() {
    return timing;
  }

  /** Whether the solution is stationary (infinite horizon, value iteration). */
  public boolean stationary() {
    return iterations.isPresent();
  }

  /** The solved policy; for a stationary solution the period is ignored. */
  public Policy policy() {
    return policy;
  }

  /** The number of policy periods to show: the horizon, or 1 for a stationary policy. */
  public int policyPeriods() {
    return policyPeriods;
  }

  /** The value of {@code player} in {@code state} at the start (period 0). */
  public double value(int player, int state) {
    return values[2 * state + player];
  }

  /** The nodes whose stage game had several equilibria. */
  public List<MultipleEquilibria> multipleEquilibria() {
    return multiple;
  }

  /** Leader-follower near ties (see {@link DynamicSolution#nearTies()}). */
  public long nearTies() {
    return nearTies;
  }

  /** The choices a tie rule decided (see {@link DynamicSolution#tieDecisions()}). */
  public List<TieDecision> tieDecisions() {
    return ties;
  }

  /** Whether the game was solved in exact rational arithmetic. */
  public boolean exact() {
    return exact;
  }

  /** Value iteration's iterations; empty for backward induction. */
  public OptionalInt iterations() {
    return iterations;
  }

  /** Value iteration's last residual; empty for backward induction. */
  public OptionalDouble residual() {
    return residual;
  }

  /** The expected path from the initial distribution. */
  public ForwardPath path() {
    return path;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.dynamic(this);
  }
}
