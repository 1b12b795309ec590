package org.leverage.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.solve.catalog.Problem;
import org.leverage.solve.dynamic.Timing;

/**
 * A dynamic (stochastic) game as read from a file ({@link DynamicGameReader}), with how to solve
 * it. Immutable.
 *
 * @param title the title, or empty
 * @param game the game; for an infinite horizon its {@code horizon()} is 1 and unused
 * @param timing simultaneous, or leader-follower with player 1 leading
 * @param infinite whether the horizon is infinite (solve by value iteration)
 * @param tolerance value iteration's convergence tolerance (payoff units); positive
 * @param maxIterations value iteration's iteration limit; at least 1
 * @param initial the distribution of the state in period 0, one probability per state
 */
public record DynamicGameSpec(
    String title,
    TabularDynamicGame game,
    Timing timing,
    boolean infinite,
    double tolerance,
    int maxIterations,
    List<Double> initial) {

  /** Value iteration's default convergence tolerance, in payoff units. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  /** Value iteration's default iteration limit. */
  public static final int DEFAULT_MAX_ITERATIONS = 100_000;

  public DynamicGameSpec {
    Objects.requireNonNull(game, "game");
    initial = ImmutableList.copyOf(initial);
    // The problem's constructor checks the distribution's length, the tolerance and the limit.
    new Problem.Dynamic(title, game, timing, infinite, tolerance, maxIterations, initial);
  }

  /** The game and how to solve it, for the solver catalog. */
  public Problem.Dynamic problem() {
    return new Problem.Dynamic(title, game, timing, infinite, tolerance, maxIterations, initial);
  }

  /** The initial distribution as an array (a copy). */
  public double[] initialDistribution() {
    return problem().initialDistribution();
  }
}
