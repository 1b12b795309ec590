package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leverage compare}: golden outputs on the baseline, what-ifs, options and bad input. */
class CompareCliTest {

  private static final String BASELINE = "games/chip-export-controls.yaml";

  /**
   * Compares {@code actual} with the golden file; with {@code -Dgolden.update=true} rewrites it
   * instead (on purpose only, after checking the difference).
   */
  private static void assertGolden(String name, String actual) throws Exception {
    Path golden = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }

  @Test
  void baselineTextMatchesTheGoldenFile() throws Exception {
    CliTest.Run r = CliTest.run("compare", BASELINE);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertGolden("compare-baseline.txt", r.out());
    assertTrue(r.out().contains("STRATEGIC_DEPENDENCY is better for the US than FULL_DECOUPLING"));
  }

  @Test
  void baselineJsonMatchesTheGoldenFile() throws Exception {
    CliTest.Run r = CliTest.run("compare", BASELINE, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertGolden("compare-baseline.json", r.out());
  }

  @Test
  void hawkWorldPrefersFullDecoupling() {
    CliTest.Run r = CliTest.run("compare", "games/hawk-world.yaml", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"preferred\" : \"FULL_DECOUPLING\""), r.out());
  }

  @Test
  void outputDoesNotDependOnTheThreadCount() {
    CliTest.Run one = CliTest.run("compare", BASELINE, "--format", "json", "--threads", "1");
    CliTest.Run two = CliTest.run("compare", BASELINE, "--format", "json", "--threads", "2");
    assertEquals(one.out(), two.out());
  }

  @Test
  void setOverridesAValueAndWarnsOutsideTheRange() {
    CliTest.Run r =
        CliTest.run(
            "compare",
            BASELINE,
            "--set",
            "erosion=0",
            "--regime",
            "FULL_DECOUPLING",
            "--format",
            "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "leverage: warning: --set erosion = 0 lies outside its plausible range [0.08, 0.35]\n",
        r.err());
    // Without erosion the chokepoint keeps its initial 0.9 to the end.
    String last = r.out().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("FULL_DECOUPLING,20,10.0000,"), last);
    assertEquals("0.9000", last.split(",")[4], last);
  }

  @Test
  void regimeSelectsWhatIsSolved() {
    CliTest.Run r = CliTest.run("compare", BASELINE, "--regime", "open", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"regime\" : \"OPEN\""));
    assertTrue(!r.out().contains("\"regime\" : \"EQUILIBRIUM\""));
    assertTrue(!r.out().contains("\"preferred\""), "no verdict on the question without both");
  }

  @Test
  void badOptionsAreUsageErrors() {
    String[][] cases = {
      {"--set", "erosion=1.5"},
      {"--set", "erosio=0.1"},
      {"--set", "erosion"},
      {"--set", "erosion=abc"},
      {"--set", "grid_s=100"},
      {"--regime", "HAWK"},
      {"--threads", "0"},
      {"--threads", String.valueOf(WorkerThreads.max() + 1)},
      {"--decimals", "99"},
    };
    String[] expected = {
      "--set erosion=1.5: erosion must be in [0, 1] but was 1.5",
      "unknown parameter \"erosio\"",
      "--set expects KEY=VALUE",
      "the value must be a decimal number",
      "self_sufficiency0 must lie on the grid of grid_s = 100 points",
      "--regime must be one of",
      "--threads must be between 1 and " + WorkerThreads.max() + " (4 per available processor)",
      "--threads must be between 1 and " + WorkerThreads.max() + " (4 per available processor)",
      "--decimals must be between 0 and 17",
    };
    for (int i = 0; i < cases.length; i++) {
      CliTest.Run r = CliTest.run("compare", BASELINE, cases[i][0], cases[i][1]);
      assertEquals(2, r.exitCode(), String.join(" ", cases[i]) + ": " + r.err());
      assertTrue(r.err().startsWith("leverage: "), r.err());
      assertTrue(r.err().contains(expected[i]), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }
  }

  @Test
  void aBrokenScenarioIsAnInvalidFile(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        Files.readString(Path.of(BASELINE))
            .replace("crisis_hazard: {value: 0.03", "crisis_hazard: {value: 3"));
    CliTest.Run r = CliTest.run("compare", broken.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leverage: " + broken + ":"), r.err());
    assertTrue(r.err().contains("crisis_hazard must be in [0, 1] but was 3"), r.err());
    assertEquals(1, r.err().lines().count());
    CliTest.Run game = CliTest.run("compare", "games/prisoners-dilemma.yaml");
    assertEquals(3, game.exitCode(), game.err());
    assertTrue(
        game.err().contains("type: expected scenario but found \"normal-form\""), game.err());
    CliTest.Run missing = CliTest.run("compare", dir.resolve("none.yaml").toString());
    assertEquals(3, missing.exitCode(), missing.err());
  }

  @Test
  void reportWritesItsFiles(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("compare", BASELINE, "--report", dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(dir.resolve("results.json")).contains("\"verdict\""));
    assertTrue(
        Files.readString(dir.resolve("path-strategic_dependency.csv"))
            .startsWith("regime,period,year,self_sufficiency,"));
  }

  @Test
  void benchTimesTheFourRegimesOfAScenario() {
    CliTest.Run r = CliTest.run("bench", BASELINE, "--warmup", "0", "--repeat", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(l -> l.matches("chip-export-controls.yaml +101x51x20 +compare +4 .*")),
        r.out());
  }
}
