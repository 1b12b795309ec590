package org.leverage.solve.pure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.testing.Corpus;

/** Our pure equilibria equal Gambit's {@code enumpure} on every strategic-form game it solved. */
class PureConformanceTest {

  @Test
  void corpusIsThere() {
    // 58 games in the corpus as copied; a shrinking list would hide lost coverage.
    assertTrue(Corpus.nfgGamesWith("enumpure").size() >= 58);
  }

  @TestFactory
  Stream<DynamicTest> equalsGambitEnumpure() {
    return Corpus.nfgGamesWith("enumpure").stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = Corpus.nfg("games/" + name);
                      List<MixedProfile> expected =
                          Corpus.exactEquilibria(game, Corpus.expected(name, "enumpure"));
                      assertEquals(
                          expected, new PureEquilibriumSolver().solve(game).equilibria(), name);
                    }));
  }
}
