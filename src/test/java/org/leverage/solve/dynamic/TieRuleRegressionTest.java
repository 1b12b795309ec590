package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.io.DynamicGameReader;
import org.leverage.solve.dynamic.DynamicSolverOptions.TieRule;

/**
 * Regressions of ties decided by rounding: leader-follower values compared as doubles, where an
 * exact tie (3/10 both ways) was decided by 5.5e-17 of rounding, and a true difference of 1e-17 was
 * rounded away without a flag.
 */
class TieRuleRegressionTest {

  private static final DynamicSolverOptions EXACT_DOUBLE =
      DynamicSolverOptions.of(Timing.LEADER_FOLLOWER);
  private static final DynamicSolverOptions TOLERANCE = EXACT_DOUBLE.withTieRule(TieRule.TOLERANCE);

  private static TabularDynamicGame read(String name) throws Exception {
    return DynamicGameReader.read(Path.of("src/test/resources/dynamic", name)).game();
  }

  private static DynamicSolution exact(TabularDynamicGame game) {
    return new ExactBackwardInductionSolver(
            EXACT_DOUBLE, ExactBackwardInductionSolver.Limits.DEFAULT)
        .solve(game);
  }

  @Test
  void followerTieWorthThreeTenthsBothWaysGoesToTheLeadersPreference() throws Exception {
    TabularDynamicGame game = read("three-tenths-tie.yaml");
    // Reference model v1's rule, unchanged: 0.1 + 0.5 * 0.4 > 0.3 in double.
    DynamicSolution rounded = new BackwardInductionSolver(EXACT_DOUBLE).solve(game);
    DynamicSolution tolerant = new BackwardInductionSolver(TOLERANCE).solve(game);
    DynamicSolution exact = exact(game);
    for (int t = 0; t < 3; t++) {
      assertEquals(1, rounded.action(0, t, 0), "period " + t);
      assertEquals(0, rounded.action(1, t, 0));
      for (DynamicSolution sol : List.of(tolerant, exact)) {
        assertEquals(0, sol.action(0, t, 0), "period " + t);
        assertEquals(0, sol.action(1, t, 0), "period " + t);
        assertEquals(1, sol.value(0, t, 0));
        assertEquals(0.3, sol.value(1, t, 0));
      }
    }
    assertTrue(rounded.tieDecisions().isEmpty());
    for (DynamicSolution sol : List.of(tolerant, exact)) {
      List<TieDecision> main = sol.tieDecisions().stream().filter(d -> d.state() == 0).toList();
      assertEquals(3, main.size(), sol.tieDecisions().toString());
      for (int t = 0; t < 3; t++) {
        assertEquals(
            new TieDecision(t, 0, TieDecision.Kind.FOLLOWER_REPLY, 0, 0, List.of(0, 1)),
            main.get(t));
      }
    }
    assertTrue(exact.exact() && !tolerant.exact());
  }

  @Test
  void differenceThatRoundsAwayIsResolvedExactlyAndFlaggedWithinTheTolerance() throws Exception {
    TabularDynamicGame game = read("rounds-to-same.yaml");
    DynamicSolution exact = exact(game);
    assertEquals(1, exact.action(1, 0, 0));
    assertTrue(exact.tieDecisions().isEmpty());
    DynamicSolution tolerant = new BackwardInductionSolver(TOLERANCE).solve(game);
    assertEquals(0, tolerant.action(1, 0, 0));
    assertEquals(
        List.of(new TieDecision(0, 0, TieDecision.Kind.FOLLOWER_REPLY, 0, 0, List.of(0, 1))),
        tolerant.tieDecisions());
  }
}
