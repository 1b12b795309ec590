package org.leverage.solve.dominance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.StrategySubset;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.Corpus;

/**
 * Elimination on Gambit's strategic-form games, checked against Gambit's equilibria: a strictly
 * dominated strategy (by a pure or mixed strategy) is played in no Nash equilibrium, and the pure
 * equilibria of the reduced game are those of the original.
 */
class DominanceConformanceTest {

  private static Stream<DynamicTest> forGamesWith(String tool, Check check) {
    return Corpus.nfgGamesWith(tool).stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = Corpus.nfg("games/" + name);
                      DominanceEliminator.Result result = new DominanceEliminator().eliminate(game);
                      Certificates.check(game, result);
                      check.run(name, game, result);
                    }));
  }

  private interface Check {
    void run(String name, NormalFormGame game, DominanceEliminator.Result result);
  }

  @TestFactory
  Stream<DynamicTest> reducedGameHasGambitsPureEquilibria() {
    return forGamesWith(
        "enumpure",
        (name, game, result) -> {
          List<MixedProfile> reduced =
              new PureEquilibriumSolver()
                  .solve(result.reduced()).equilibria().stream()
                      .map(e -> result.kept().expand(game, e))
                      .sorted(MixedProfile.CANONICAL_ORDER)
                      .toList();
          assertEquals(
              Corpus.exactEquilibria(game, Corpus.expected(name, "enumpure")), reduced, name);
        });
  }

  @TestFactory
  Stream<DynamicTest> gambitsMixedEquilibriaUseOnlySurvivors() {
    return forGamesWith(
        "enummixed",
        (name, game, result) -> {
          for (MixedProfile e : Corpus.exactEquilibria(game, Corpus.expected(name, "enummixed"))) {
            assertEquals(result.kept(), union(result.kept(), support(e)), name + ": " + e);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> gambitsPolynomialEquilibriaUseOnlySurvivors() {
    // enumpoly prints six decimals: a strategy printed with a non-zero probability is played.
    return forGamesWith(
        "enumpoly",
        (name, game, result) -> {
          for (List<String> line :
              Corpus.equilibriumLines(Corpus.expected(name, "enumpoly")).orElseThrow()) {
            int i = 0;
            for (int p = 0; p < game.numPlayers(); p++) {
              for (int s = 0; s < game.numStrategies(p); s++, i++) {
                if (Double.parseDouble(line.get(i)) != 0) {
                  assertTrue(result.kept().kept(p).contains(s), name + ": " + line);
                }
              }
            }
          }
        });
  }

  @Test
  void mixdomReducesToGambitsEquilibriumWithMixedDominators() {
    for (String name : List.of("mixdom.nfg", "mixdom2.nfg")) {
      NormalFormGame game = Corpus.nfg("games/" + name);
      DominanceEliminator.Result result = new DominanceEliminator().eliminate(game);
      assertTrue(
          result.steps().stream().anyMatch(s -> !s.dominator().isPure()),
          name + " is named for mixed domination: " + result.steps());
      // Both games have a unique equilibrium; elimination leaves exactly its support.
      List<MixedProfile> equilibria =
          Corpus.exactEquilibria(game, Corpus.expected(name, "enummixed"));
      assertEquals(1, equilibria.size());
      assertEquals(support(equilibria.get(0)), result.kept(), name);
      DominanceEliminator.Result pureOnly =
          new DominanceEliminator(
                  new DominanceEliminator.Options(
                      false, DominanceEliminator.Options.DEFAULT.tolerance()))
              .eliminate(game);
      assertTrue(
          pureOnly.kept().numKept(0) + pureOnly.kept().numKept(1)
              > result.kept().numKept(0) + result.kept().numKept(1),
          name + ": pure dominance alone should leave more");
    }
  }

  private static StrategySubset support(MixedProfile e) {
    List<List<Integer>> kept = new ArrayList<>();
    for (int p = 0; p < e.numPlayers(); p++) {
      List<Integer> s = new ArrayList<>();
      for (int i = 0; i < e.strategies().get(p).size(); i++) {
        if (e.probability(p, i).compareTo(BigFraction.ZERO) > 0) {
          s.add(i);
        }
      }
      kept.add(s);
    }
    return new StrategySubset(kept);
  }

  private static StrategySubset union(StrategySubset a, StrategySubset b) {
    List<List<Integer>> kept = new ArrayList<>();
    for (int p = 0; p < a.numPlayers(); p++) {
      TreeSet<Integer> s = new TreeSet<>(a.kept(p));
      s.addAll(b.kept(p));
      kept.add(List.copyOf(s));
    }
    return new StrategySubset(kept);
  }
}
