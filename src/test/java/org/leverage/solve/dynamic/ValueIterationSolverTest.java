package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.leverage.solve.IterationLimitException;

class ValueIterationSolverTest {

  /**
   * The zero-sum example of {@link BackwardInductionSolverTest#zeroSumExample} played forever with
   * discount 1/2: V(B) = 2 / (1 - 1/2) = 4 and V(A) = val [[5, V/2], [V/2, 1 + V/2]] (no saddle
   * point), i.e. V = (5 + 5V/2 - V^2/4) / (6 - V/2), whose root in [0, 4] is 7 - sqrt(29)
   * (Shapley's fixed point).
   */
  @Test
  void shapleyValueIterationConvergesToKnownFixedPoint() {
    StationarySolution sol =
        new ValueIterationSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS), 1e-13, 1000)
            .solve(BackwardInductionSolverTest.zeroSumExample(1));
    double v = 7 - Math.sqrt(29);
    assertEquals(v, sol.value(0, 0), 1e-12);
    assertEquals(-v, sol.value(1, 0), 1e-12);
    assertEquals(4, sol.value(0, 1), 1e-12);
    assertTrue(sol.residual() <= 1e-13);
    // Row mixes with probability (d - c) / (a + d - b - c) on T, where a = 5, b = c = v/2, d = 1 +
    // v/2.
    assertEquals(1 / (6 - v / 2), sol.probability(0, 0, 0, 0), 1e-10);
  }

  @Test
  void stationaryForwardPathMatchesTheValueOverALongHorizon() {
    StationarySolution sol =
        new ValueIterationSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS), 1e-13, 1000)
            .solve(BackwardInductionSolverTest.zeroSumExample(1));
    ForwardPath path =
        ForwardEvaluator.evaluate(
            BackwardInductionSolverTest.zeroSumExample(1), sol, new double[] {1, 0}, 80);
    // The tail after 80 periods is at most 0.5^80 * 5 / (1 - 0.5).
    assertEquals(sol.value(0, 0), path.discountedTotal(0), 1e-11);
  }

  @Test
  void iterationLimitNamesTheResidualAndWhatToTry() {
    IterationLimitException e =
        assertThrows(
            IterationLimitException.class,
            () ->
                new ValueIterationSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS), 1e-12, 3)
                    .solve(BackwardInductionSolverTest.zeroSumExample(1)));
    assertTrue(e.getMessage().contains("residual"), e.getMessage());
    assertTrue(e.getMessage().contains("after 3 iterations"), e.getMessage());
    assertTrue(e.getMessage().contains("raise max_iterations in the game file"), e.getMessage());
  }

  @Test
  void oneTimingAgreesWithTheOtherOnAOnePlayerGame() {
    RandomDynamicGame g = new RandomDynamicGame(9, 30, 1, 0.8, 3, 4);
    ActionRestriction decisionProblem = (p, t, s, a) -> p == 0 || a == 0;
    StationarySolution lf =
        new ValueIterationSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER), 1e-12, 500)
            .solve(g, decisionProblem);
    StationarySolution sim =
        new ValueIterationSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS), 1e-12, 500)
            .solve(g, decisionProblem);
    for (int s = 0; s < g.numStates(); s++) {
      assertEquals(lf.value(0, s), sim.value(0, s), 1e-9);
    }
  }
}
