package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.numeric.Tolerance;

class PreparedGameTest {

  /**
   * Solving only the nodes reachable from the initial state must give, at every solved node, the
   * very bits the full solve gives: values and policy.
   */
  private static int assertReachableSolveMatchesFullSolve(
      DynamicGame game, DynamicSolverOptions options, int initialState) {
    BackwardInductionSolver solver = new BackwardInductionSolver(options);
    DynamicSolution full = solver.solve(game);
    PreparedGame prepared =
        PreparedGame.reachableFrom(
            game, options.tolerance(), ForwardEvaluator.pointMass(game.numStates(), initialState));
    DynamicSolution pruned = solver.solve(prepared, ActionRestriction.NONE);
    int solved = 0;
    for (int t = 0; t < game.horizon(); t++) {
      for (int s = 0; s < game.numStates(); s++) {
        if (!pruned.isSolved(t, s)) {
          continue;
        }
        solved++;
        for (int p = 0; p < 2; p++) {
          assertEquals(full.value(p, t, s), pruned.value(p, t, s), 0, "value " + t + "," + s);
          for (int a = 0; a < game.numActions(p, s); a++) {
            assertEquals(full.probability(p, t, s, a), pruned.probability(p, t, s, a), 0, "policy");
          }
        }
      }
    }
    assertTrue(pruned.isSolved(0, initialState));
    ForwardPath a =
        ForwardEvaluator.evaluate(
            game, full, ForwardEvaluator.pointMass(game.numStates(), initialState));
    ForwardPath b =
        ForwardEvaluator.evaluate(
            game, pruned, ForwardEvaluator.pointMass(game.numStates(), initialState));
    for (int t = 0; t <= game.horizon(); t++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(a.distribution(t), b.distribution(t), 0);
    }
    assertEquals(a.discountedTotal(0), b.discountedTotal(0), 0);
    return solved;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomGamesGiveTheSameBitsOnEveryReachableNode(long seed) {
    DynamicGame game = new RandomDynamicGame(seed, 40, 6, 0.9, 3, 2);
    for (Timing timing : Timing.values()) {
      assertReachableSolveMatchesFullSolve(game, DynamicSolverOptions.of(timing), (int) seed);
    }
  }

  @Test
  void gridModelSolvesFewerNodesWithTheSameAnswer() {
    GridLeverageFixture game = new GridLeverageFixture(21, 11, 8);
    int initial = game.state(2, 9, 0);
    int solved =
        assertReachableSolveMatchesFullSolve(
            game, DynamicSolverOptions.of(Timing.LEADER_FOLLOWER).withThreads(2), initial);
    assertTrue(solved < game.numStates() * game.horizon() / 2, "solved " + solved);
  }

  @Test
  void unsolvedNodesRefuseToAnswer() {
    GridLeverageFixture game = new GridLeverageFixture(11, 6, 4);
    int initial = game.state(0, 5, 0);
    DynamicSolution pruned =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER))
            .solve(
                PreparedGame.reachableFrom(
                    game, Tolerance.DEFAULT, ForwardEvaluator.pointMass(game.numStates(), initial)),
                ActionRestriction.NONE);
    int unreachable = game.state(10, 5, 0);
    assertFalse(pruned.isSolved(0, unreachable));
    assertThrows(IllegalArgumentException.class, () -> pruned.value(0, 0, unreachable));
    assertThrows(IllegalArgumentException.class, () -> pruned.action(0, 0, unreachable));
    assertEquals(0, pruned.value(0, game.horizon(), unreachable), 0, "terminal values exist");
  }

  @Test
  void refusesAnInitialDistributionWithoutMass() {
    GridLeverageFixture game = new GridLeverageFixture(3, 3, 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> PreparedGame.reachableFrom(game, Tolerance.DEFAULT, new double[game.numStates()]));
    assertThrows(
        IllegalArgumentException.class,
        () -> PreparedGame.reachableFrom(game, Tolerance.DEFAULT, new double[1]));
  }
}
