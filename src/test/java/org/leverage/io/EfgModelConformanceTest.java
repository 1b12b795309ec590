package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.ExtensiveGame;

/** Perfect recall and subgame roots of the corpus trees, against Gambit and the files' notes. */
class EfgModelConformanceTest {

  private static final String[] TOOL_ERRORS = {
    ".enumpure.err", ".enummixed.err", ".lcp.err", ".enumpure-P.v16.4.1.err", ".lcp-P.v16.4.1.err"
  };

  static Stream<String> trees() {
    return EfgCorpus.trees().stream().map(EfgCorpus.Entry::name);
  }

  /** Gambit (16.7 or 16.4.1) says "imperfect recall" for exactly the trees we find lacking. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void perfectRecallAgreesWithGambit(String name) {
    boolean gambitSaysImperfect =
        Stream.of(TOOL_ERRORS)
            .map(suffix -> EfgCorpus.resource("expected/" + name + suffix).orElse(""))
            .anyMatch(err -> err.contains("imperfect recall"));
    ExtensiveGame g = EfgCorpus.game(name);
    assertEquals(
        gambitSaysImperfect,
        !g.hasPerfectRecall(),
        name + ": " + g.perfectRecallViolation().orElse("perfect recall"));
  }

  @Test
  void namedImperfectRecallTreesAreDetected() {
    trees()
        .filter(
            n -> n.startsWith("noPR-") || n.startsWith("AM-") || n.equals("not_perfect_recall.efg"))
        .forEach(n -> assertTrue(EfgCorpus.game(n).perfectRecallViolation().isPresent(), n));
    assertTrue(
        EfgCorpus.game("AM-driver-one-infoset.efg")
            .perfectRecallViolation()
            .orElseThrow()
            .contains("absent-minded"));
  }

  @Test
  void subgameRootsOfTheEightSubgameGame() {
    assertEquals(8, EfgCorpus.game("subgame-8-roots.efg").subgameRoots().length);
  }

  /**
   * The file's comment: "the only true subgame roots are the game root and the two Player 2 nodes"
   * (preorder nodes 2 and 6, worked out by hand).
   */
  @Test
  void subgameRootsOfTheAbsentMindedUnaryChain() {
    assertArrayEquals(new int[] {0, 2, 6}, EfgCorpus.game("AM-unary-hops.efg").subgameRoots());
  }
}
