package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.tree.BackwardInductionSolver;
import org.leverage.solve.tree.SubgamePerfection;

/**
 * Backward induction against Gambit 16.4.1's {@code enumpure -P} (pure subgame-perfect equilibria,
 * behaviour profiles) on every perfect-information tree of the corpus that Gambit solved.
 */
class EfgBackwardInductionConformanceTest {

  static Stream<String> perfectInformationTrees() {
    return EfgCorpus.trees().stream()
        .map(EfgCorpus.Entry::name)
        .filter(n -> EfgCorpus.game(n).isPerfectInformation());
  }

  @Test
  void corpusHasPerfectInformationTreesWithGambitAnswers() {
    long withAnswers =
        perfectInformationTrees()
            .filter(n -> EfgCorpus.resource("expected/" + n + ".enumpure-P.v16.4.1.err").isEmpty())
            .filter(n -> EfgCorpus.equilibria(n + ".enumpure-P.v16.4.1.txt").isPresent())
            .count();
    assertTrue(withAnswers >= 5, "perfect-information trees with -P answers: " + withAnswers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("perfectInformationTrees")
  void equalsGambitsPureSubgamePerfectEquilibria(String name) {
    ExtensiveGame g = EfgCorpus.game(name);
    BackwardInductionSolver.Result r;
    try {
      r = new BackwardInductionSolver(BackwardInductionSolver.Options.DEFAULT).solve(g);
    } catch (SolverLimitException e) {
      // Only acceptable where Gambit itself gave up (ttt.efg: ties everywhere, timed out).
      assertTrue(
          EfgCorpus.resource("expected/" + name + ".enumpure-P.v16.4.1.err").isPresent(),
          name + ": " + e.getMessage());
      Assumptions.abort("too many equilibria for us and for Gambit: " + e.getMessage());
      return;
    }
    for (BackwardInductionSolver.Equilibrium e : r.equilibria()) {
      assertEquals(Optional.empty(), SubgamePerfection.oneShotDeviation(g, e.behaviour(g)));
    }
    Assumptions.assumeTrue(
        EfgCorpus.resource("expected/" + name + ".enumpure-P.v16.4.1.err").isEmpty(),
        "Gambit 16.4.1 failed on this tree");
    Optional<List<List<BigFraction>>> gambit =
        EfgCorpus.equilibria(name + ".enumpure-P.v16.4.1.txt");
    Assumptions.assumeTrue(gambit.isPresent());
    HashSet<List<BigFraction>> ours = new HashSet<>();
    r.equilibria().forEach(e -> ours.add(e.behaviour(g).flatten()));
    assertEquals(new HashSet<>(gambit.get()), ours);
  }
}
