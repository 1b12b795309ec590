package org.leverage.solve.lcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

/**
 * Agreement with Gambit 16.7 on every two-player strategic game of the corpus that has both a
 * {@code gambit-lcp} and a {@code gambit-enummixed} answer: every equilibrium we return is one of
 * enummixed's extreme equilibria, and we find every equilibrium gambit-lcp found (our search
 * follows every label from every equilibrium, a superset of Gambit's search).
 */
class LemkeHowsonConformanceTest {

  static Stream<String> games() {
    String manifest = Corpus.text("games/MANIFEST.tsv").orElseThrow();
    return manifest
        .lines()
        .skip(1)
        .map(l -> l.split("\t"))
        .filter(f -> f[0].endsWith(".nfg") && f[3].equals("2"))
        .map(f -> f[0])
        .filter(n -> Corpus.text("expected/" + n + ".lcp.txt").isPresent())
        .sorted();
  }

  static Stream<String> randomGames() {
    return Stream.of(
            "5x5_s1005", "8x8_s1008", "10x10_s1010", "12x12_s1012", "15x15_s1015", "20x20_s1020")
        .map(s -> "rand_" + s + ".nfg");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("games")
  void agreesWithGambit(String name) {
    check(Corpus.nfg("games/" + name), "expected/" + name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("randomGames")
  void agreesWithGambitOnRandomGames(String name) {
    check(Corpus.nfg("random/" + name), "expected-random/" + name);
  }

  private static void check(NormalFormGame game, String expectedPrefix) {
    List<List<BigFraction>> lcp = Corpus.distinctEquilibria(expectedPrefix + ".lcp.txt");
    List<List<BigFraction>> all = Corpus.distinctEquilibria(expectedPrefix + ".enummixed.txt");
    Result result = new LemkeHowsonSolver().solve(game);
    assertTrue(result.exact());
    for (MixedProfile p : result.equilibria()) {
      assertTrue(ProfilePayoffs.isNashEquilibrium(game, p), () -> "not Nash: " + p);
      assertTrue(all.contains(p.flatten()), () -> "not among enummixed's equilibria: " + p);
    }
    List<List<BigFraction>> ours = TestGames.flattened(result.equilibria());
    for (List<BigFraction> g : lcp) {
      assertTrue(ours.contains(g), () -> "gambit-lcp found " + g + " but we did not");
    }
    // Single paths: each label gives one certified equilibrium, from the set above.
    int labels = game.numStrategies(0) + game.numStrategies(1);
    for (int label = 1; label <= labels; label++) {
      Result one = new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(label)).solve(game);
      assertEquals(1, one.equilibria().size());
      assertTrue(ours.contains(one.equilibria().get(0).flatten()));
    }
  }
}
