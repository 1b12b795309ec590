package org.leverage.solve.dynamic;

import java.util.Locale;
import java.util.Objects;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.solve.IterationLimitException;

/**
 * Infinite-horizon stationary dynamic games by value iteration (Shapley 1953, PNAS 39): start from
 * the terminal values, apply the one-period operator of {@link BackwardInductionSolver} (same
 * timing, tie and selection rules) until the largest change of any value, the residual, is at most
 * {@code convergence}. The game's callbacks are called with period 0, and restrictions are asked
 * with period 0.
 *
 * <p>For one player, zero-sum games and leader-follower games with a unique best response the
 * operator is a {@code beta}-contraction: the iterates converge geometrically and the values are
 * within {@code beta / (1 - beta) * residual} of the fixed point. With simultaneous moves and
 * several stage equilibria the selection can switch between iterates and the iteration may cycle;
 * it then stops at the iteration limit with a {@link IterationLimitException}.
 *
 * <p>Cost per iteration as one period of backward induction; memory {@code O(S)}.
 */
public final class ValueIterationSolver {

  private final DynamicSolverOptions options;
  private final double convergence;
  private final int maxIterations;

  /**
   * @param convergence stop when the residual is at most this, in payoff units; positive
   * @param maxIterations the iteration limit, at least 1
   */
  public ValueIterationSolver(DynamicSolverOptions options, double convergence, int maxIterations) {
    this.options = Objects.requireNonNull(options, "options");
    if (!(convergence > 0)) {
      throw new IllegalArgumentException("convergence must be positive but was " + convergence);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException(
          "maxIterations must be at least 1 but was " + maxIterations);
    }
    this.convergence = convergence;
    this.maxIterations = maxIterations;
  }

  public StationarySolution solve(DynamicGame game) {
    return solve(game, ActionRestriction.NONE);
  }

  /**
   * @throws IterationLimitException if the residual is above {@code convergence} after {@code
   *     maxIterations} iterations
   */
  public StationarySolution solve(DynamicGame game, ActionRestriction restriction) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(restriction, "restriction");
    double beta = game.discount();
    if (!(beta > 0 && beta < 1)) {
      throw new IllegalArgumentException(
          "value iteration needs a discount factor in (0, 1) but it was " + beta);
    }
    int states = game.numStates();
    NodeTable table = new NodeTable(states, states);
    double[] previous = new double[2 * states];
    for (int s = 0; s < states; s++) {
      table.values[2 * s] = game.terminalValue(0, s);
      table.values[2 * s + 1] = game.terminalValue(1, s);
    }
    NodeSolver[] kernels = new NodeSolver[options.threads()];
    double residual = Double.POSITIVE_INFINITY;
    int iteration = 0;
    try (Workers workers = new Workers(options.threads())) {
      // Every iteration calls the callbacks with period 0, so transitions are computed once.
      TransitionCache cache = TransitionCache.build(game, options.tolerance(), workers);
      for (int w = 0; w < kernels.length; w++) {
        kernels[w] = new NodeSolver(game, options, restriction, cache);
      }
      while (iteration < maxIterations) {
        options.watch().checkpoint();
        options.watch().progress(iteration, -1);
        System.arraycopy(table.values, 0, previous, 0, previous.length);
        workers.run(
            states,
            (w, from, to) -> {
              for (int s = from; s < to; s++) {
                kernels[w].solve(0, 0, s, previous, 0, table, s, s);
              }
            });
        iteration++;
        residual = 0;
        for (int k = 0; k < previous.length; k++) {
          residual = Math.max(residual, Math.abs(table.values[k] - previous[k]));
        }
        if (!(residual > convergence)) {
          break;
        }
      }
    }
    if (!(residual <= convergence)) {
      throw new IterationLimitException(
          String.format(
              Locale.ROOT,
              "value iteration did not converge: residual %.3e after %d iterations is above"
                  + " the convergence tolerance %.3e",
              residual,
              iteration,
              convergence),
          String.format(
              Locale.ROOT,
              "raise max_iterations in the game file (about log(tolerance/residual)/log(discount)"
                  + " = %.0f more iterations for a contraction), loosen its tolerance, or, if the"
                  + " residual does not shrink, the stage equilibrium selection is cycling: use"
                  + " leader-follower timing or a finite horizon",
              Math.max(1, Math.ceil(Math.log(convergence / residual) / Math.log(beta)))));
    }
    long nearTies = 0;
    for (NodeSolver k : kernels) {
      nearTies += k.nearTies;
    }
    return new StationarySolution(
        options.timing(),
        BackwardInductionSolver.actionCounts(game),
        table,
        iteration,
        residual,
        nearTies);
  }
}
