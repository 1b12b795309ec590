package org.leverage.solve.qre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.testing.Corpus;

/**
 * The limit of the principal branch against {@code gambit-logit -q -e} on every game of the corpus
 * with a logit answer: one line {@code NE,p1,p2,...} (six significant digits), the probabilities of
 * every strategy, player by player.
 *
 * <p>On {@code 2x2x2} (McKelvey-McLennan) Gambit's answer is not the limit: its path follower
 * stalls at a bifurcation of the branch near lambda = 0.6 and prints that QRE, whose regret is
 * 0.21. The test checks that Gambit's point lies on our branch (the maximum-likelihood point for
 * Gambit's profile as frequencies is Gambit's profile) and that our limit, beyond it, is a Nash
 * equilibrium.
 */
class LogitGambitConformanceTest {

  static Stream<String> games() {
    return Stream.of(
        "2x2x2_nfg_from_local_max_cut_2_pure_1_mixed_eq",
        "2x2x2x2",
        "2x2x2x2x2",
        "3x3x3",
        "5x4x3",
        "8x2x2",
        "catalog_journals_ijgt_nau2004_sec4",
        "catalog_journals_ijgt_nau2004_sec5",
        "catalog_journals_ijgt_nau2004_sec6",
        "coord333",
        "g1",
        "g2",
        "g3",
        "perfect3");
  }

  private static double[] gambits(String name) {
    String line = Corpus.text("expected/" + name + ".nfg.logit.txt").orElseThrow().strip();
    assertTrue(line.startsWith("NE,"), line);
    return Arrays.stream(line.substring(3).split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest
  @MethodSource("games")
  void limitEqualsGambits(String name) {
    NormalFormGame game = Corpus.nfg("games/" + name + ".nfg");
    double[] expected = gambits(name);

    ApproximateSolver.Result result = new LogitQreSolver().solve(game);

    assertEquals(1, result.equilibria().size());
    ApproximateSolver.Equilibrium e = result.equilibria().get(0);
    double[] found = e.profile().flatten();
    assertEquals(expected.length, found.length);
    for (int k = 0; k < found.length; k++) {
      assertEquals(expected[k], found[k], 1e-4, name + " probability " + k);
    }
    assertEquals(e.profile().maxRegret(game), e.regret(), 0);
    assertTrue(e.regret() <= result.tolerance(), name + " regret " + e.regret());
  }

  @Test
  void gambitStallsOnTheBranchOf2x2x2AtABifurcationAndTheLimitLiesBeyond() {
    NormalFormGame game = Corpus.nfg("games/2x2x2.nfg");
    double[] gambit = gambits("2x2x2");
    List<List<Double>> frequencies =
        List.of(
            List.of(gambit[0], gambit[1]),
            List.of(gambit[2], gambit[3]),
            List.of(gambit[4], gambit[5]));

    LogitFit.Estimate onBranch =
        LogitFit.fit(game, new LogitFit.Counts(frequencies), LogitBranch.Options.DEFAULT);
    double[] fitted = onBranch.profile().flatten();
    for (int k = 0; k < gambit.length; k++) {
      assertEquals(gambit[k], fitted[k], 1e-5, "Gambit's point is on the branch: " + k);
    }
    assertTrue(onBranch.profile().maxRegret(game) > 0.2);

    ApproximateSolver.Equilibrium limit = new LogitQreSolver().solve(game).equilibria().get(0);
    assertTrue(limit.regret() < 1e-9, "regret " + limit.regret());
    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5, 1, 0}, limit.profile().flatten(), 1e-9);
  }
}
