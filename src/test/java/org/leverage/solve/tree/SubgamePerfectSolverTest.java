package org.leverage.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.RandomTrees;

class SubgamePerfectSolverTest {

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  private static BigFraction f(long n, long d) {
    return new BigFraction(n, d);
  }

  private static SubgamePerfectSolver solver(EquilibriumSolver s, int max) {
    return new SubgamePerfectSolver(new SubgamePerfectSolver.Options(s, max));
  }

  /**
   * Entry, then a simultaneous post-entry game: the entrant stays Out (0, 4) or goes In; then
   * entrant and incumbent each choose F or A, unseen, with (F,F) = (-1,-1), (F,A) = (1,-2), (A,F) =
   * (-2,0), (A,A) = (2,2). The subgame's pure equilibria are (F,F) and (A,A).
   */
  static ExtensiveGame entryWithSimultaneousSubgame() {
    List<String> fa = List.of("F", "A");
    return ExtensiveGame.builder("entry", "", List.of("Entrant", "Incumbent"))
        .infoset(1, 1, "", List.of("Out", "In"))
        .decision("", 1, 1, 0)
        .outcome(1, "", List.of(f(0), f(4)))
        .terminal("", 1)
        .infoset(1, 2, "", fa)
        .decision("", 1, 2, 0)
        .infoset(2, 1, "", fa)
        .decision("", 2, 1, 0)
        .outcome(2, "", List.of(f(-1), f(-1)))
        .terminal("", 2)
        .outcome(3, "", List.of(f(1), f(-2)))
        .terminal("", 3)
        .decision("", 2, 1, 0)
        .outcome(4, "", List.of(f(-2), f(0)))
        .terminal("", 4)
        .outcome(5, "", List.of(f(2), f(2)))
        .terminal("", 5)
        .build();
  }

  @Test
  void pureSubgamePerfectEquilibriaOfEntryWithSimultaneousSubgame() {
    ExtensiveGame g = entryWithSimultaneousSubgame();
    SubgamePerfectSolver.Result r = solver(new PureEquilibriumSolver(), 100).solve(g);
    // Subgame (F,F) -> value -1 < 0: Out; subgame (A,A) -> value 2 > 0: In.
    List<List<BigFraction>> expected =
        List.of(
            List.of(f(1), f(0), f(1), f(0), f(1), f(0)),
            List.of(f(0), f(1), f(0), f(1), f(0), f(1)));
    assertEquals(expected.size(), r.equilibria().size());
    for (SubgamePerfectSolver.Equilibrium e : r.equilibria()) {
      assertTrue(expected.contains(e.profile().flatten()), e.profile().flatten().toString());
      assertEquals(Optional.empty(), SubgamePerfection.profitableDeviation(g, e.profile()));
    }
    // One call for the subgame, one per subgame equilibrium for the root.
    assertEquals(Map.of("equilibria", 2L, "solverCalls", 3L, "subgames", 2L), r.counters());
    // Out, with (A, F) planned in the subgame, is a Nash equilibrium but not subgame perfect:
    // (A, F) is no equilibrium of the subgame (the entrant would rather play F there).
    BehaviourProfile outThenAf = BehaviourProfile.pure(g, new int[] {0, 1, 0});
    assertEquals(Optional.empty(), SubgamePerfection.nashDeviation(g, outThenAf));
    assertEquals(
        Optional.of("in the subgame at node 2 player 1 gains 1 by switching to reduced strategy F"),
        SubgamePerfection.profitableDeviation(g, outThenAf));
  }

  @Test
  void mixedSubgameValueDrivesTheFirstMove() {
    // Matching pennies after entry: value 0 for the entrant, against 1/2 for staying out.
    List<String> ht = List.of("H", "T");
    ExtensiveGame g =
        ExtensiveGame.builder("", "", List.of("1", "2"))
            .infoset(1, 1, "", List.of("Out", "In"))
            .decision("", 1, 1, 0)
            .outcome(1, "", List.of(f(1, 2), f(0)))
            .terminal("", 1)
            .infoset(1, 2, "", ht)
            .decision("", 1, 2, 0)
            .infoset(2, 1, "", ht)
            .decision("", 2, 1, 0)
            .outcome(2, "", List.of(f(1), f(-1)))
            .terminal("", 2)
            .outcome(3, "", List.of(f(-1), f(1)))
            .terminal("", 3)
            .decision("", 2, 1, 0)
            .terminal("", 3)
            .terminal("", 2)
            .build();
    assertEquals(
        0,
        solver(new PureEquilibriumSolver(), 10).solve(g).equilibria().size(),
        "no pure equilibrium in the subgame, so none overall");
    SubgamePerfectSolver.Result r = solver(new EnumMixedSolver(), 10).solve(g);
    assertEquals(1, r.equilibria().size());
    assertEquals(
        List.of(f(1), f(0), f(1, 2), f(1, 2), f(1, 2), f(1, 2)),
        r.equilibria().get(0).profile().flatten());
    assertEquals(List.of(f(1, 2), f(0)), r.equilibria().get(0).payoffs());
  }

  /**
   * Sequence-form Lemke on each subgame: one equilibrium in all, among the extreme ones; {@code
   * bySize} picks the method per subgame by its reduced form (4 cells here) and says which.
   */
  @Test
  void lemkeOnEachSubgameAndTheChoiceBySize() {
    ExtensiveGame g = entryWithSimultaneousSubgame();
    SubgamePerfectSolver.SubgameMethod enummixed =
        SubgamePerfectSolver.reducedForm(new EnumMixedSolver());
    SubgamePerfectSolver.SubgameMethod lcp =
        SubgamePerfectSolver.sequenceFormLemke(new SequenceFormLcpSolver());
    SubgamePerfectSolver.Result all =
        new SubgamePerfectSolver(new SubgamePerfectSolver.Options(enummixed, 10)).solve(g);
    SubgamePerfectSolver.Result one =
        new SubgamePerfectSolver(new SubgamePerfectSolver.Options(lcp, 10)).solve(g);
    assertEquals(Map.of("enummixed", 2L), all.subgamesByMethod());
    assertEquals(Map.of("lcp", 2L), one.subgamesByMethod());
    assertEquals(1, one.equilibria().size());
    assertTrue(all.equilibria().contains(one.equilibria().get(0)), one.equilibria().toString());
    SubgamePerfectSolver.Result small =
        new SubgamePerfectSolver(
                new SubgamePerfectSolver.Options(
                    SubgamePerfectSolver.bySize(enummixed, lcp, 4), 10))
            .solve(g);
    assertEquals(all.equilibria(), small.equilibria());
    SubgamePerfectSolver.Result large =
        new SubgamePerfectSolver(
                new SubgamePerfectSolver.Options(
                    SubgamePerfectSolver.bySize(enummixed, lcp, 3), 10))
            .solve(g);
    // The post-entry subgame has 2 x 2 = 4 cells, the whole tree (that subgame a leaf) 2 x 1.
    assertEquals(Map.of("enummixed", 1L, "lcp", 1L), large.subgamesByMethod());
  }

  @Test
  void perfectInformationAgreesWithBackwardInduction() {
    for (long seed = 1; seed <= 25; seed++) {
      ExtensiveGame g = RandomTrees.perfectInformation(seed, 15, 2, 0.2, 3);
      java.util.Set<List<BigFraction>> spe = new java.util.HashSet<>();
      solver(new PureEquilibriumSolver(), 10_000)
          .solve(g)
          .equilibria()
          .forEach(e -> spe.add(e.profile().flatten()));
      java.util.Set<List<BigFraction>> bi = new java.util.HashSet<>();
      new BackwardInductionSolver(BackwardInductionSolver.Options.DEFAULT)
          .solve(g)
          .equilibria()
          .forEach(e -> bi.add(e.behaviour(g).flatten()));
      assertEquals(bi, spe, "seed " + seed);
    }
  }

  @Test
  void limitAndInexactSolversAreRefused() {
    ExtensiveGame g = RandomTrees.perfectInformation(7, 41, 2, 0.0, 1);
    EquilibriumLimitException e =
        assertThrows(
            EquilibriumLimitException.class, () -> solver(new PureEquilibriumSolver(), 3).solve(g));
    assertTrue(e.getMessage().contains("more than 3"), e.getMessage());
    EquilibriumSolver inexact =
        (game, watch) ->
            new EquilibriumSolver.Result(
                "float", false, new PureEquilibriumSolver().solve(game).equilibria(), Map.of());
    IllegalArgumentException x =
        assertThrows(
            IllegalArgumentException.class,
            () -> solver(inexact, 3).solve(entryWithSimultaneousSubgame()));
    assertTrue(x.getMessage().contains("needs an exact normal-form solver"), x.getMessage());
  }
}
