package org.leverage.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.pure.PureEquilibriumSolver;

class ReducedFormSolverTest {

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  /**
   * The entry game of {@link SubgamePerfectSolverTest}: reduced strategies Out, In-F, In-A against
   * F, A. Pure Nash equilibria, worked out by hand: (Out, F) and (In-A, A). The first leaves the
   * entrant's subgame move unspecified (zeros), as Gambit prints it.
   */
  @Test
  void pureNashEquilibriaOfTheEntryGame() {
    ExtensiveGame g = SubgamePerfectSolverTest.entryWithSimultaneousSubgame();
    ReducedFormSolver.Result r = new ReducedFormSolver(new PureEquilibriumSolver()).solve(g);
    assertEquals(
        List.of("Out/*", "In/F", "In/A"), r.reducedForm().game().players().get(0).strategies());
    List<List<BigFraction>> rows = r.behaviour().stream().map(BehaviourProfile::flatten).toList();
    assertEquals(2, rows.size());
    assertTrue(rows.contains(List.of(f(1), f(0), f(0), f(0), f(1), f(0))), rows.toString());
    assertTrue(rows.contains(List.of(f(0), f(1), f(0), f(1), f(0), f(1))), rows.toString());
    assertEquals(r.solved().equilibria().size(), r.behaviour().size());
  }

  @Test
  void refusesImperfectRecall() {
    ExtensiveGame g =
        ExtensiveGame.builder("", "", List.of("1"))
            .infoset(1, 1, "", List.of("L", "R"))
            .decision("", 1, 1, 0)
            .infoset(1, 2, "", List.of("a", "b"))
            .decision("", 1, 2, 0)
            .terminal("", 0)
            .terminal("", 0)
            .decision("", 1, 2, 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReducedFormSolver(new PureEquilibriumSolver()).solve(g));
    assertTrue(e.getMessage().contains("needs a game with perfect recall"), e.getMessage());
  }
}
