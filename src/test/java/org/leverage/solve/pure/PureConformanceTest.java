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

/** Our pure equilibria equal Gambit's {@code enumpure} on every strategic-form game it solved. */
class PureConformanceTest {

  @Test
  void corpusIsThere() {
    // 58 games in the corpus as copied; a shrinking list would hide lost coverage.
    assertTrue(GambitCorpus.nfgGamesWith("enumpure").size() >= 58);
  }

  @TestFactory
  Stream<DynamicTest> equalsGambitEnumpure() {
    return GambitCorpus.nfgGamesWith("enumpure").stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = GambitCorpus.read(name);
                      List<MixedProfile> expected =
                          GambitCorpus.exactEquilibria(game, name, "enumpure");
                      assertEquals(
                          expected, new PureEquilibriumSolver().solve(game).equilibria(), name);
                    }));
  }
}
