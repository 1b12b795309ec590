package org.leverage.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.io.NfgReader;
import org.leverage.solve.EquilibriumSolver.Result;

/**
 * Gambit's {@code gambit-enummixed -q} answers: for every strategic-form game of the corpus
 * that Gambit solved, and for seeded random games, our set of extreme equilibria equals
 * Gambit's exactly.
 */
class EnumMixedConformanceTest {

  private static Path resource(String name) {
    URL url = EnumMixedConformanceTest.class.getResource("/conformance/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource conformance/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every .nfg game with an enummixed answer from Gambit. */
  static Stream<String> corpusGames() throws IOException {
    Path expected = resource("expected");
    try (Stream<Path> files = Files.list(resource("games"))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".nfg"))
              .filter(n -> Files.exists(expected.resolve(n + ".enummixed.txt")))
              .sorted()
              .toList();
      assertTrue(names.size() >= 40, "corpus has " + names.size() + " games with answers");
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusGames")
  void corpusGameMatchesGambit(String name) throws Exception {
    check(resource("games/" + name), resource("expected/" + name + ".enummixed.txt"));
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
  void randomGameMatchesGambit(String name) throws Exception {
    check(resource("random/" + name), resource("expected-random/" + name + ".enummixed.txt"));
  }

  private static void check(Path gameFile, Path answerFile) throws Exception {
    NormalFormGame game = NfgReader.read(gameFile);
    assertEquals(2, game.numPlayers());
    int m = game.numStrategies(0);
    Set<MixedProfile> gambit =
        Files.readAllLines(answerFile).stream()
            .filter(l -> l.startsWith("NE,"))
            .map(l -> BimatrixGames.profile(l, m))
            .collect(Collectors.toSet());
    assertFalse(gambit.isEmpty(), "Gambit found no equilibrium in " + gameFile);
    Result result = new EnumMixedSolver().solve(game);
    assertTrue(result.exact());
    for (MixedProfile e : result.equilibria()) {
      assertTrue(ProfilePayoffs.isNashEquilibrium(game, e), e.toString());
    }
    assertEquals(gambit, new HashSet<>(result.equilibria()));
    assertEquals(gambit.size(), result.equilibria().size());
  }
}
