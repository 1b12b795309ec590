package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.solve.catalog.GameKind;
import picocli.CommandLine;

/** Runs the command line in-process and checks output and exit codes. */
class CliTest {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Leverage.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Stream<Path> bundledGames() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("games"))) {
      return s.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  /** Each kind of game file through the command that analyses it. */
  @ParameterizedTest
  @MethodSource("bundledGames")
  void everyBundledGameSolves(Path game) throws Exception {
    GameFile read = GameFiles.readAny(game);
    if (read instanceof GameFile.Scenario) {
      Run r = run("compare", game.toString());
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().contains("Verdict"), r.out());
      return;
    }
    GameKind kind = read.problem().kind();
    Run r =
        kind == GameKind.REPEATED
            ? run("repeated", game.toString())
            : run("solve", game.toString(), "--method", "all");
    String expected =
        switch (kind) {
          case REPEATED -> "Minmax values";
          case DYNAMIC -> "Equilibrium policy";
          case NORMAL_FORM, TREE -> "Equilibrium 1";
        };
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains(expected), r.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "games/prisoners-dilemma.yaml; NE,0,1,0,1",
        "games/prisoners-dilemma.nfg; NE,0,1,0,1",
        "games/matching-pennies.nfg; NE,1/2,1/2,1/2,1/2",
        "games/battle-of-the-sexes.nfg; NE,1,0,1,0|NE,2/3,1/3,1/3,2/3|NE,0,1,0,1",
        "games/chicken.nfg; NE,1,0,0,1|NE,9/10,1/10,9/10,1/10|NE,0,1,1,0",
        "games/matching-pennies.yaml; NE,1/2,1/2,1/2,1/2",
        "games/battle-of-the-sexes.yaml; NE,1,0,1,0|NE,2/3,1/3,1/3,2/3|NE,0,1,0,1",
        "games/chicken.yaml; NE,1,0,0,1|NE,9/10,1/10,9/10,1/10|NE,0,1,1,0",
        "games/degenerate.yaml; NE,1,0,1/2,1/2|NE,1,0,0,1",
        "games/us-china-chip-stage.yaml; NE,1,0,0,1,0",
        "games/us-china-chip-stage-crisis.yaml; NE,0,1,0,1,0",
        // Trees: subgame-perfect equilibria, worked out in each file's comments. Entry
        // deterrence: In, Accommodate. Crisis denial: US threatens and would impose, China
        // acquiesces (US sets first, then China's).
        "games/entry-deterrence.yaml; NE,1,0,0,1",
        "games/entry-deterrence.efg; NE,1,0,0,1",
        "games/crisis-denial.yaml; NE,1,0,1,0,1,0",
        "games/crisis-denial.efg; NE,1,0,1,0,1,0",
        // Three players: auto runs enumpoly (floating point). The mixed equilibrium is
        // q = sqrt(7) - 2 for each ally, r = 1 / (2q) for the US (EnumPolySolverTest).
        "games/export-control-coalition.nfg;"
            + " NE,1.000000,0.000000,1.000000,0.000000,1.000000,0.000000"
            + "|NE,0.774292,0.225708,0.645751,0.354249,0.645751,0.354249"
            + "|NE,0.000000,1.000000,0.000000,1.000000,0.000000,1.000000"
      })
  void bundledGamesHaveTheirTextbookEquilibria(String file, String expected) {
    Run r = run("solve", file, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(expected.replace("|", "\n") + "\n", r.out());
  }

  @Test
  void decimalsAreFixedWidthAndLocaleFree() {
    Run r = run("solve", "games/battle-of-the-sexes.yaml", "--format", "csv", "--decimals", "3");
    assertTrue(r.out().contains("NE,0.667,0.333,0.333,0.667"), r.out());
  }

  @Test
  void jsonListsEveryEquilibrium() {
    Run r = run("solve", "games/battle-of-the-sexes.yaml", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"method\" : \"enummixed\""), r.out());
    assertTrue(r.out().contains("\"2/3\""), r.out());
  }

  @Test
  void malformedFileExitsWithThreeAndOneLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.nfg");
    Files.writeString(
        bad, "NFG 1 R \"x\" { \"1\" \"2\" } { 2 2 }\n1 2 3\n", StandardCharsets.UTF_8);
    Run r = run("solve", bad.toString());
    assertEquals(3, r.exitCode());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("bad.nfg"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void missingFileExitsWithThree() {
    Run r = run("solve", "no/such/file.nfg");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("no/such/file.nfg"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("solve", "games/chicken.yaml", "--frobnicate").exitCode());
  }

  @Test
  void unknownMethodIsAUsageError() {
    Run r = run("solve", "games/chicken.yaml", "--method", "magic");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("magic"), r.err());
  }

  @Test
  void zeroSumMethodOnGeneralSumGameIsAUsageError() {
    Run r = run("solve", "games/chicken.yaml", "--method", "lp");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("constant-sum"), r.err());
  }

  @Test
  void versionAndHelpSucceed() {
    assertEquals(0, run("--version").exitCode());
    Run help = run("solve", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--method"), help.out());
  }

  @Test
  void convertRoundTripKeepsTheEquilibria(@TempDir Path dir) {
    Path nfg = dir.resolve("bos.nfg");
    assertEquals(0, run("convert", "games/battle-of-the-sexes.yaml", nfg.toString()).exitCode());
    Run fromNfg = run("solve", nfg.toString(), "--format", "csv");
    Run fromYaml = run("solve", "games/battle-of-the-sexes.yaml", "--format", "csv");
    assertEquals(fromYaml.out(), fromNfg.out());
  }

  @Test
  void repeatedPrisonersDilemmaReportsItsPureSpePayoffSet() {
    // At discount 9/10 every feasible payoff above the pure minmax (1, 1) is a pure SPE payoff:
    // the set is the individually rational polygon, whose corners 13/3 come from (5,0)-(3,3).
    Run r = run("repeated", "games/repeated-prisoners-dilemma.yaml", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "spe-vertex,1.000000,1.000000\nspe-vertex,4.333333,1.000000\n"
                    + "spe-vertex,3.000000,3.000000\nspe-vertex,1.000000,4.333333\n"),
        r.out());
  }

  /**
   * Regression: an earlier enummixed stopped with "payoffs were not positive" on the reduced form
   * of this tree, whose payoffs span 10^19 and 1/2 (found by the tree CLI tests; Gambit's own
   * enummixed prints nothing for it).
   */
  @Test
  void enummixedSolvesTheLargePayoffTree() {
    Run r =
        run(
            "solve",
            "src/test/resources/conformance/games/large_payoff_game.efg",
            "--method",
            "enummixed",
            "--format",
            "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "NE-reduced,1,0,0,0,0,0,1,0\n"
            + "NE-reduced,1,0,0,0,0,0,9999999999999999999/10000000000000000000,1/10000000000000000000\n",
        r.out());
  }

  @Test
  void lcpLabelFollowsOnePath() {
    // A degenerate game: the single path that drops label 1 ends at one equilibrium, one of
    // those the full search reaches.
    Run all =
        run(
            "solve",
            "src/test/resources/conformance/games/deg1.nfg",
            "--method",
            "lcp",
            "--format",
            "csv");
    Run one =
        run(
            "solve",
            "src/test/resources/conformance/games/deg1.nfg",
            "--method",
            "lcp",
            "--label",
            "1",
            "--format",
            "csv");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(1, one.out().lines().count(), one.out());
    assertTrue(all.out().contains(one.out()), all.out() + " / " + one.out());
  }

  @Test
  void outputIsTheSameBytesForOneAndTwoThreads() {
    Run one =
        run("solve", "games/export-control-dynamic.yaml", "--threads", "1", "--format", "json");
    Run two =
        run("solve", "games/export-control-dynamic.yaml", "--threads", "2", "--format", "json");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
    assertEquals(
        one.out(), run("solve", "games/export-control-dynamic.yaml", "--format", "json").out());
  }

  @Test
  void componentsOfTheDegenerateGameAreItsContinuum() {
    // games/degenerate.yaml: the equilibria are {Top} x conv{(1/2, 1/2), (0, 1)}, one subset.
    Run r = run("solve", "games/degenerate.yaml", "--components", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .replaceAll("\\s+", "")
            .contains(
                "\"maximalNashSubsets\":[{\"rowStrategies\":[[1,0]],"
                    + "\"rowStrategiesExact\":[[\"1\",\"0\"]],"
                    + "\"columnStrategies\":[[0.5,0.5],[0,1]],"
                    + "\"columnStrategiesExact\":[[\"1/2\",\"1/2\"],[\"0\",\"1\"]]}]"),
        r.out());
    assertTrue(run("solve", "games/degenerate.yaml", "--components").out().contains("subset 1"));
  }

  @Test
  void validateNamesTheShape() {
    Run r = run("validate", "games/us-china-chip-stage.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("3x2"), r.out());
  }

  @Test
  void gamesListsEveryBundledFile() throws IOException {
    Run r = run("games");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(bundledGames().count(), r.out().lines().count(), r.out());
    assertFalse(r.out().contains("not readable"), r.out());
  }
}
