package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridLeverageFixtureTest {

  private final GridLeverageFixture game = new GridLeverageFixture(21, 11, 20);
  private final BackwardInductionSolver solver =
      new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER));

  @Test
  void forwardPathOfBilinearChainEqualsBackwardValueUnderEveryRegime() {
    int x0 = game.state(1, 9, 0);
    ActionRestriction[] regimes = {
      ActionRestriction.NONE,
      (p, t, s, a) -> p == 1 || a == 2,
      (p, t, s, a) -> p == 1 || a == (s % 2 == 1 ? 2 : 1),
      (p, t, s, a) -> p == 1 || a == 0
    };
    for (ActionRestriction regime : regimes) {
      DynamicSolution sol = solver.solve(game, regime);
      ForwardPath path =
          ForwardEvaluator.evaluate(game, sol, ForwardEvaluator.pointMass(game.numStates(), x0));
      for (int p = 0; p < 2; p++) {
        double v = sol.value(p, 0, x0);
        assertEquals(v, path.discountedTotal(p), 1e-10 * Math.abs(v));
      }
      // Mass is conserved and the crisis chain is independent of actions.
      double crisis = 0;
      for (int t = 0; t <= game.horizon(); t++) {
        assertEquals(1, path.expectation(t, s -> 1), 1e-12);
        assertEquals(crisis, path.expectation(t, s -> s % 2), 1e-12);
        crisis = crisis * 0.5 + (1 - crisis) * 0.03;
      }
    }
  }

  /**
   * Committing the leader to the policy it chooses anyway reproduces the unrestricted values
   * exactly (the follower faces the same problem); committing it to FULL everywhere changes them,
   * and the difference is the value of that commitment. (Commitment can be worth more or less than
   * the Markov equilibrium in a dynamic game, so no sign is asserted.)
   */
  @Test
  void commitmentToTheEquilibriumPolicyReproducesItsValues() {
    DynamicSolution free = solver.solve(game);
    DynamicSolution same =
        solver.solve(game, ActionRestriction.commit(0, (t, s) -> free.action(0, t, s)));
    DynamicSolution full = solver.solve(game, ActionRestriction.commit(0, (t, s) -> 2));
    boolean differs = false;
    for (int t = 0; t < game.horizon(); t++) {
      for (int s = 0; s < game.numStates(); s++) {
        for (int p = 0; p < 2; p++) {
          assertEquals(free.value(p, t, s), same.value(p, t, s));
          differs |= full.value(p, t, s) != free.value(p, t, s);
        }
        assertEquals(free.action(1, t, s), same.action(1, t, s));
        assertEquals(2, full.action(0, t, s));
      }
    }
    assertTrue(differs);
  }

  @Test
  void cachedTransitionsGiveIdenticalResults() {
    GridLeverageFixture uncached = new GridLeverageFixture(21, 11, 20, false);
    for (Timing timing : Timing.values()) {
      BackwardInductionSolver s = new BackwardInductionSolver(DynamicSolverOptions.of(timing));
      DynamicSolution a = s.solve(game);
      DynamicSolution b = s.solve(uncached);
      for (int t = 0; t <= game.horizon(); t++) {
        for (int st = 0; st < game.numStates(); st++) {
          assertEquals(a.value(0, t, st), b.value(0, t, st));
          assertEquals(a.value(1, t, st), b.value(1, t, st));
        }
      }
    }
  }
}
