package org.leverage.report.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class PayoffTableDrawingTest {

  private static Picture draw(NormalFormGame game) {
    List<MixedProfile> pure = new PureEquilibriumSolver().solve(game).equilibria();
    List<MixedProfile> mixed =
        game.numPlayers() == 2 ? new EnumMixedSolver().solve(game).equilibria() : List.of();
    return PayoffTableDrawing.of("t", game, pure, mixed, "enummixed");
  }

  /** The cells where no player gains by a unilateral deviation, found by brute force. */
  private static Set<String> pureEquilibriumIds(NormalFormGame game) {
    Set<String> ids = new TreeSet<>();
    for (int cell = 0; cell < game.numCells(); cell++) {
      int[] s = game.strategiesOfCell(cell);
      boolean stable = true;
      for (int p = 0; p < game.numPlayers() && stable; p++) {
        for (int k = 0; k < game.numStrategies(p); k++) {
          int[] dev = s.clone();
          dev[p] = k;
          if (game.payoff(p, game.cellIndex(dev)).compareTo(game.payoff(p, cell)) > 0) {
            stable = false;
          }
        }
      }
      if (stable) {
        ids.add("t-pure-" + cell);
      }
    }
    return ids;
  }

  @ParameterizedTest
  @ValueSource(strings = {"games/2x2.nfg", "games/2x2x2.nfg", "games/3x3x3.nfg", "games/8x8.nfg"})
  void marksExactlyThePureEquilibriumCells(String path) {
    NormalFormGame game = Corpus.nfg(path);
    Svg svg = Svg.of(draw(game));
    assertEquals(pureEquilibriumIds(game), svg.ids("t-pure-"));
  }

  @Test
  void showsLabelsExactPayoffsAndMixedEquilibria() {
    NormalFormGame game =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
    Svg svg = Svg.of(draw(game));
    List<String> texts = svg.texts();
    for (String s : game.players().get(0).strategies()) {
      assertTrue(texts.contains(s), texts::toString);
    }
    assertTrue(texts.contains("2, 1"), texts::toString);
    assertTrue(texts.contains("1, 2"), texts::toString);
    // The mixed equilibrium of this battle of the sexes: row 1/3 on the first, column 2/3.
    assertTrue(
        texts.stream().anyMatch(t -> t.contains("2/3") && t.contains("1/3")), texts::toString);
    assertEquals(Set.of("t-pure-0", "t-pure-3"), svg.ids("t-pure-"));
  }

  @Test
  void threePlayersGiveOneTablePerStrategyOfTheThird() {
    NormalFormGame game = Corpus.nfg("games/2x2x2.nfg");
    List<String> texts = Svg.of(draw(game)).texts();
    String third = game.players().get(2).name();
    long headings = texts.stream().filter(t -> t.startsWith(third + ": ")).count();
    assertEquals(game.numStrategies(2), headings, texts::toString);
  }

  @Test
  void sameGameSameBytes() {
    NormalFormGame game = Corpus.nfg("games/2x2x2.nfg");
    assertEquals(PictureFormat.svg(draw(game)), PictureFormat.svg(draw(game)));
    assertArrayEquals(PictureFormat.PNG.write(draw(game)), PictureFormat.PNG.write(draw(game)));
  }

  @Test
  void refusesAMixedProfileAsPure() {
    NormalFormGame game =
        TestGames.bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{0, 1}, {1, 0}});
    List<MixedProfile> mixed = new EnumMixedSolver().solve(game).equilibria();
    assertFalse(mixed.isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> PayoffTableDrawing.of("t", game, mixed, List.of(), "enummixed"));
  }
}
