package org.leverage.solve.dynamic;

import java.util.Objects;
import org.leverage.numeric.Tolerance;

/**
 * Options of the dynamic-game solvers.
 *
 * @param timing who moves when within a period
 * @param tolerance payoff comparisons of the simultaneous stage solver (best-response checks,
 *     payoff dominance), scaled by the largest payoff difference of the stage game (after shifting
 *     each column of player 0's and each row of player 1's payoffs to minimum 0, which changes no
 *     best response); for leader-follower timing it only flags near ties (see {@link
 *     BackwardInductionSolver}); also the slack allowed in transition probabilities summing to 1
 * @param threads worker threads over states, at least 1; results do not depend on it
 */
public record DynamicSolverOptions(Timing timing, Tolerance tolerance, int threads) {

  public DynamicSolverOptions {
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(tolerance, "tolerance");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
  }

  /** One thread and the default tolerance. */
  public static DynamicSolverOptions of(Timing timing) {
    return new DynamicSolverOptions(timing, Tolerance.DEFAULT, 1);
  }

  public DynamicSolverOptions withThreads(int n) {
    return new DynamicSolverOptions(timing, tolerance, n);
  }
}
