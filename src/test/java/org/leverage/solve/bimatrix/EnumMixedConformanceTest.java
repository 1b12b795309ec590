package org.leverage.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.testing.Corpus;

/**
 * Gambit's {@code gambit-enummixed -q} answers: for every strategic-form game of the corpus that
 * Gambit solved, and for seeded random games, our set of extreme equilibria equals Gambit's
 * exactly.
 */
class EnumMixedConformanceTest {

  /** Every .nfg game with an enummixed answer from Gambit. */
  static List<String> corpusGames() {
    List<String> names = Corpus.nfgGamesWith("enummixed");
    assertTrue(names.size() >= 40, "corpus has " + names.size() + " games with answers");
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusGames")
  void corpusGameMatchesGambit(String name) {
    check("games/" + name, Corpus.expected(name, "enummixed"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "rand_5x5_s1005.nfg",
        "rand_8x8_s1008.nfg",
        "rand_10x10_s1010.nfg",
        "rand_12x12_s1012.nfg",
        "rand_15x15_s1015.nfg"
      })
  void randomGameMatchesGambit(String name) {
    check("random/" + name, "expected-random/" + name + ".enummixed.txt");
  }

  private static void check(String gamePath, String answerPath) {
    NormalFormGame game = Corpus.nfg(gamePath);
    assertEquals(2, game.numPlayers());
    Set<MixedProfile> gambit = new HashSet<>(Corpus.exactEquilibria(game, answerPath));
    assertFalse(gambit.isEmpty(), "Gambit found no equilibrium in " + gamePath);
    Result result = new EnumMixedSolver().solve(game);
    assertTrue(result.exact());
    for (MixedProfile e : result.equilibria()) {
      assertTrue(ProfilePayoffs.isNashEquilibrium(game, e), e.toString());
    }
    assertEquals(gambit, new HashSet<>(result.equilibria()));
    assertEquals(gambit.size(), result.equilibria().size());
  }
}
