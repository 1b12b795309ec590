package org.leverage.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.io.EfgCorpus;

/** The count without building equals the number of strategies the reduced form enumerates. */
class ReducedStrategyCountTest {

  static Stream<String> perfectRecallTrees() {
    return EfgCorpus.trees().stream()
        .filter(e -> e.pureCells() <= 200_000)
        .map(EfgCorpus.Entry::name)
        .filter(n -> EfgCorpus.game(n).hasPerfectRecall());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("perfectRecallTrees")
  void countsTheReducedStrategiesOfEveryPlayer(String name) {
    ExtensiveGame g = EfgCorpus.game(name);
    ReducedNormalForm rnf = ReducedNormalForm.of(g);
    double cells = 1;
    for (int p = 0; p < g.numPlayers(); p++) {
      assertEquals(rnf.numStrategies(p), ReducedStrategyCount.strategies(g, p + 1), "player " + p);
      cells *= rnf.numStrategies(p);
    }
    assertEquals(cells, ReducedStrategyCount.cells(g));
  }

  @Test
  void fourCardsIs81By256() {
    ExtensiveGame g = EfgCorpus.game("4cards.efg");
    assertEquals(81, ReducedStrategyCount.strategies(g, 1));
    assertEquals(256, ReducedStrategyCount.strategies(g, 2));
  }

  @Test
  void refusesImperfectRecall() {
    ExtensiveGame g = EfgCorpus.game("AM-driver-subgame.efg");
    assertThrows(IllegalArgumentException.class, () -> ReducedStrategyCount.cells(g));
  }
}
