package org.leverage.solve.qre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.game.DecimalProfile;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class LogitSelectionTest {

  /** Gambit's nine equilibria of 2x2x2 ({@code gambit-enumpoly}), each a DecimalProfile. */
  private static List<DecimalProfile> enumpoly2x2x2() {
    List<DecimalProfile> out = new ArrayList<>();
    for (String line : Corpus.text("expected/2x2x2.nfg.enumpoly.txt").orElseThrow().split("\n")) {
      double[] x =
          Arrays.stream(line.strip().substring(3).split(","))
              .mapToDouble(Double::parseDouble)
              .toArray();
      out.add(DecimalProfile.normalised(new double[][] {{x[0], x[1]}, {x[2], x[3]}, {x[4], x[5]}}));
    }
    return out;
  }

  @Test
  void selectsTheEquilibriumTheBranchConvergesTo() {
    NormalFormGame game = Corpus.nfg("games/2x2x2.nfg");
    List<DecimalProfile> equilibria = enumpoly2x2x2();

    LogitSelection.Selection selection = LogitSelection.select(game, equilibria);

    assertEquals(4, selection.index().orElseThrow());
    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5, 1, 0}, equilibria.get(4).flatten(), 0);
    assertTrue(selection.distance() <= LogitSelection.TOLERANCE);
    assertTrue(selection.limit().maxRegret(game) < 1e-9);
  }

  @Test
  void selectsNoneWhenTheLimitIsNotAmongTheCandidates() {
    NormalFormGame game = Corpus.nfg("games/2x2x2.nfg");
    List<DecimalProfile> others = new ArrayList<>(enumpoly2x2x2());
    others.remove(4);

    LogitSelection.Selection selection = LogitSelection.select(game, others);

    assertTrue(selection.index().isEmpty());
    assertTrue(selection.distance() > 0.1);
    assertTrue(LogitSelection.select(game, List.of()).index().isEmpty());
  }

  /**
   * Stag hunt: (Stag, Stag) pays 4 each, Hare pays 3 whatever the other does, Stag against Hare
   * pays 0. The logit branch selects the risk-dominant (Hare, Hare) among enummixed's three.
   */
  @Test
  void selectsTheRiskDominantEquilibriumOfAStagHunt() {
    NormalFormGame game =
        TestGames.bimatrix(new long[][] {{4, 0}, {3, 3}}, new long[][] {{4, 3}, {0, 3}});
    List<MixedProfile> equilibria = new EnumMixedSolver().solve(game).equilibria();
    assertEquals(3, equilibria.size());

    LogitSelection.Selection selection = LogitSelection.selectExact(game, equilibria);

    assertArrayEquals(
        new double[] {0, 1, 0, 1},
        DecimalProfile.of(equilibria.get(selection.index().orElseThrow())).flatten(),
        0);
  }

  @Test
  void candidatesMustFitTheGame() {
    NormalFormGame game = Corpus.nfg("games/2x2x2.nfg");
    DecimalProfile wrong = DecimalProfile.normalised(new double[][] {{1, 0}, {1, 0}});
    assertThrows(IllegalArgumentException.class, () -> LogitSelection.select(game, List.of(wrong)));
  }
}
