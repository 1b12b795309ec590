package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.solve.ExactArithmeticLimitException;

class ExactBackwardInductionSolverTest {

  @Test
  void zeroSumStochasticGameMatchesTheHandComputedValues() {
    DynamicSolution sol =
        new ExactBackwardInductionSolver(
                DynamicSolverOptions.of(Timing.SIMULTANEOUS),
                ExactBackwardInductionSolver.Limits.DEFAULT)
            .solve(BackwardInductionSolverTest.zeroSumExample(2));
    assertEquals(343.0 / 296, sol.value(0, 0, 0));
    assertEquals(8.0 / 37, sol.probability(0, 0, 0, 0));
    assertEquals(0.25, sol.probability(1, 1, 0, 0));
    assertEquals(3, sol.value(0, 0, 1));
    assertTrue(sol.exact() && sol.multipleEquilibria().isEmpty());
  }

  @Test
  void leaderFollowerAgreesWithTheDoubleSolverWithoutTies() {
    TabularDynamicGame g = randomTables(new SplittableRandom(7), 6, 4, 3);
    DynamicSolverOptions options = DynamicSolverOptions.of(Timing.LEADER_FOLLOWER);
    DynamicSolution exact =
        new ExactBackwardInductionSolver(options, ExactBackwardInductionSolver.Limits.DEFAULT)
            .solve(g);
    DynamicSolution rounded = new BackwardInductionSolver(options).solve(g);
    for (int t = 0; t < g.horizon(); t++) {
      for (int s = 0; s < g.numStates(); s++) {
        assertEquals(rounded.action(0, t, s), exact.action(0, t, s));
        assertEquals(rounded.value(0, t, s), exact.value(0, t, s), 1e-12);
      }
    }
  }

  /** Payoffs in millionths and transitions to two states with 1/4, 3/4: ties are unlikely. */
  private static TabularDynamicGame randomTables(
      SplittableRandom r, int states, int horizon, int actions) {
    List<String> labels = new ArrayList<>();
    List<List<String>> perState = new ArrayList<>();
    for (int k = 0; k < actions; k++) {
      labels.add("a" + k);
    }
    List<String> names = new ArrayList<>();
    for (int s = 0; s < states; s++) {
      names.add("s" + s);
      perState.add(labels);
    }
    TabularDynamicGame.Builder b =
        TabularDynamicGame.builder(
            List.of("leader", "follower"), names, List.of(perState, perState));
    for (int s = 0; s < states; s++) {
      for (int a = 0; a < actions; a++) {
        for (int c = 0; c < actions; c++) {
          b.payoffs(
              s,
              a,
              c,
              new BigFraction(r.nextInt(1_000_000), 1_000_000),
              new BigFraction(r.nextInt(1_000_000), 1_000_000));
          b.transition(
              s,
              a,
              c,
              new int[] {r.nextInt(states), r.nextInt(states)},
              new BigFraction[] {new BigFraction(1, 4), new BigFraction(3, 4)});
        }
      }
    }
    return b.horizon(horizon).discount(new BigFraction(9, 10)).build();
  }

  @Test
  void limitsAreSolverLimitsThatPointToTheDoubleSolver() {
    ExactBackwardInductionSolver small =
        new ExactBackwardInductionSolver(
            DynamicSolverOptions.of(Timing.SIMULTANEOUS),
            new ExactBackwardInductionSolver.Limits(9, 4096));
    ExactArithmeticLimitException e =
        assertThrows(
            ExactArithmeticLimitException.class,
            () -> small.solve(BackwardInductionSolverTest.zeroSumExample(2)));
    assertTrue(e.getMessage().contains("without --exact"), e.getMessage());
    ExactBackwardInductionSolver few =
        new ExactBackwardInductionSolver(
            DynamicSolverOptions.of(Timing.SIMULTANEOUS),
            new ExactBackwardInductionSolver.Limits(1000, 4));
    e =
        assertThrows(
            ExactArithmeticLimitException.class,
            () -> few.solve(BackwardInductionSolverTest.zeroSumExample(2)));
    assertTrue(e.getMessage().contains("bits at period"), e.getMessage());
  }
}
