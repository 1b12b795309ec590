package org.leverage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.io.RepeatedGameReader;
import org.leverage.io.RepeatedGameSpec;
import org.leverage.solve.UsageException;

/** The default punishment of grim trigger, which the analysis finds (the reader only reads). */
class RepeatedAnalysisTest {

  private static RepeatedGameSpec read(String text) throws Exception {
    return RepeatedGameReader.read("pd.yaml", text);
  }

  private static RepeatedAnalysis analyse(RepeatedGameSpec spec) {
    return RepeatedAnalysis.of(
        "pd.yaml", spec.game(), spec.target(), spec.punishment(), spec.automata());
  }

  private static String pd() throws Exception {
    return Files.readString(Path.of("games/repeated-prisoners-dilemma.yaml"));
  }

  @Test
  void theDefaultPunishmentIsTheUniquePureStageEquilibrium() throws Exception {
    RepeatedGameSpec spec = read(pd().replaceAll("\\npunishment:[^\\n]*", ""));
    assertTrue(spec.punishment().isEmpty());
    RepeatedAnalysis.Reversion reversion = analyse(spec).target().orElseThrow().reversion();
    assertTrue(reversion.pure());
    assertEquals(MixedProfile.pure(spec.stage(), 1, 1), reversion.equilibrium());
  }

  @Test
  void severalStageEquilibriaNeedAnExplicitPunishment() throws Exception {
    String coordination =
        pd().replaceAll("\\npunishment:[^\\n]*", "")
            .replace("Defect: [0, 5]", "Defect: [0, 0]")
            .replace("Cooperate: [5, 0]", "Cooperate: [0, 0]");
    UsageException e = assertThrows(UsageException.class, () -> analyse(read(coordination)));
    assertTrue(e.getMessage().startsWith("pd.yaml: target: "), e.getMessage());
    assertTrue(e.getMessage().contains("2 pure equilibria; name one with"), e.getMessage());
  }

  @Test
  void aTargetWithoutAnyPureStageEquilibriumRevertsToAMixedOne() throws Exception {
    String pennies =
        pd().replaceAll("\\npunishment:[^\\n]*", "")
            .replace("Cooperate: [3, 3]", "Cooperate: [1, -1]")
            .replace("Defect: [0, 5]", "Defect: [-1, 1]")
            .replace("Cooperate: [5, 0]", "Cooperate: [-1, 1]")
            .replace("Defect: [1, 1]", "Defect: [1, -1]");
    RepeatedAnalysis.Reversion reversion =
        analyse(read(pennies)).target().orElseThrow().reversion();
    assertFalse(reversion.pure());
    assertEquals(1, reversion.candidates());
  }
}
