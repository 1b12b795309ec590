package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code solve --method correlated} (with {@code --check}) and {@code solve --select}. */
class CorrelatedAndSelectionCliTest {

  private static final String CHICKEN = "games/chicken.nfg";

  private static final String STAG_HUNT =
      "NFG 1 R \"Stag hunt\" { \"Row\" \"Column\" }\n"
          + "{ { \"Stag\" \"Hare\" } { \"Stag\" \"Hare\" } }\n\"\"\n4 4 3 0 0 3 3 3\n";

  private static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void correlatedPrintsTheWelfareOptimumAndEachPlayersBest() {
    CliTest.Run r = CliTest.run("solve", CHICKEN, "--method", "correlated");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Welfare-maximising correlated equilibrium: welfare 0"), r.out());
    assertTrue(r.out().contains("Best correlated equilibrium for Row: payoff 1"), r.out());
    assertTrue(r.out().contains("Best correlated equilibrium for Column: payoff 1"), r.out());
  }

  @Test
  void correlatedJsonHasNumbersWithExactStringsBeside() throws IOException {
    CliTest.Run r =
        CliTest.run(
            "solve", "games/battle-of-the-sexes.nfg", "--method", "correlated", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode welfare = root.get("welfareMaximising");
    assertTrue(welfare.get("welfare").isNumber(), r.out());
    assertEquals("3", welfare.get("welfareExact").asText());
    assertEquals(2, root.get("playerOptima").size());
    for (JsonNode cell : welfare.get("cells")) {
      assertTrue(cell.get("probability").isNumber());
      assertTrue(cell.has("probabilityExact"));
    }
  }

  @Test
  void correlatedCsvListsTheCellsOfEachOptimum() {
    CliTest.Run r = CliTest.run("solve", CHICKEN, "--method", "correlated", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("equilibrium,Row,Column,probability\n"), r.out());
    assertTrue(r.out().contains("best for Column,Swerve,Straight,1\n"), r.out());
  }

  @Test
  void checkAcceptsTheClassicOneThirdDistribution(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "ce.csv",
            "# one third each, not on the crash\nRow,Column,probability\n"
                + "Swerve,Swerve,1/3\nSwerve,Straight,1/3\n2,1,0.3333333333/0.9999999999\n");
    CliTest.Run r =
        CliTest.run("solve", CHICKEN, "--method", "correlated", "--check", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("a correlated equilibrium: no incentive constraint of 4"), r.out());
  }

  @Test
  void checkPrintsEachViolatedConstraintWithItsExactGain(@TempDir Path dir) throws IOException {
    // Half on (Swerve, Swerve), half on (Straight, Straight): told Straight, Row gains
    // 1/2 (-1 - (-10)) = 9/2 by swerving; told Swerve, it gains 1/2 (1 - 0) = 1/2 by going
    // straight.
    Path file =
        write(dir, "not.csv", "Row,Column,probability\nSwerve,Swerve,1/2\nStraight,Straight,1/2\n");
    CliTest.Run r =
        CliTest.run(
            "solve",
            CHICKEN,
            "--method",
            "correlated",
            "--check",
            file.toString(),
            "--format",
            "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Row,Swerve,Straight,1/2,yes\n"), r.out());
    assertTrue(r.out().contains("Row,Straight,Swerve,9/2,yes\n"), r.out());
    CliTest.Run text =
        CliTest.run("solve", CHICKEN, "--method", "correlated", "--check", file.toString());
    assertTrue(text.out().contains("not a correlated equilibrium: 4 of 4"), text.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Row,Column,probability\\nSwerve,Sideways,1|:2: \"Sideways\" is not a strategy of player",
        "Column,Row,probability\\nSwerve,Swerve,1|:1: header field 1 is \"Column\"",
        "Row,Column,p\\nSwerve,Swerve,1|:1: last header field",
        "Row,Column,probability\\nSwerve,Swerve,1/2\\nSwerve,Swerve,1/2|:3: cell is listed twice",
        "Row,Column,probability\\nSwerve,Swerve,-1|:2: probability \"-1\"",
        "Row,Column,probability\\nSwerve,Swerve|:2: row has 2 fields",
        "Row,Column,probability\\nSwerve,Swerve,1/2|: probabilities sum to 1/2; expected exactly 1",
        "# nothing|: no header line",
      })
  void badCheckFilesExitWithThreeNamingTheLine(String text, String expected, @TempDir Path dir)
      throws IOException {
    Path file = write(dir, "bad.csv", text.replace("\\n", "\n"));
    CliTest.Run r =
        CliTest.run("solve", CHICKEN, "--method", "correlated", "--check", file.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leverage: " + file + expected), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void theLpSizeLimitExitsWithFourNamingTheOption() {
    CliTest.Run r = CliTest.run("solve", CHICKEN, "--method", "correlated", "--max-lp-size", "59");
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().contains("60 tableau entries; the limit is 59"), r.err());
    assertTrue(r.err().contains("--max-lp-size"), r.err());
    assertEquals(
        0,
        CliTest.run("solve", CHICKEN, "--method", "correlated", "--max-lp-size", "60").exitCode());
  }

  @Test
  void correlatedOptionsAreRefusedElsewhere(@TempDir Path dir) throws IOException {
    Path file = write(dir, "ce.csv", "Row,Column,probability\nSwerve,Swerve,1\n");
    CliTest.Run check = CliTest.run("solve", CHICKEN, "--check", file.toString());
    assertEquals(2, check.exitCode());
    assertTrue(check.err().contains("--check applies to --method correlated"), check.err());
    CliTest.Run size = CliTest.run("solve", CHICKEN, "--max-lp-size", "5");
    assertEquals(2, size.exitCode());
    CliTest.Run tree = CliTest.run("solve", "games/entry-deterrence.efg", "--method", "correlated");
    assertEquals(2, tree.exitCode(), tree.err());
  }

  @Test
  void selectMarksTheSelectedEquilibriumInEveryFormat(@TempDir Path dir) throws IOException {
    Path game = write(dir, "stag.nfg", STAG_HUNT);
    CliTest.Run text = CliTest.run("solve", game.toString(), "--select", "risk");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("Selected by risk dominance: equilibrium 3\n"), text.out());
    assertTrue(text.out().contains("Equilibrium 3 (selected)"), text.out());
    CliTest.Run csv =
        CliTest.run("solve", game.toString(), "--select", "payoff", "--format", "csv");
    assertEquals("NE,1,0,1,0,1\nNE,3/4,1/4,3/4,1/4,0\nNE,0,1,0,1,0\n", csv.out());
    CliTest.Run json =
        CliTest.run("solve", game.toString(), "--select", "pareto", "--format", "json");
    JsonNode method = new ObjectMapper().readTree(json.out()).get("results").get(0);
    assertEquals("pareto", method.get("selection").get("criterion").asText());
    assertTrue(method.get("equilibria").get(0).get("selected").asBoolean());
    assertTrue(!method.get("equilibria").get(1).get("selected").asBoolean());
  }

  @Test
  void selectLogitMarksTheBranchLimitAndOtherKindsOfGameAreRefused() {
    CliTest.Run logit = CliTest.run("solve", CHICKEN, "--select", "logit");
    assertEquals(0, logit.exitCode(), logit.err());
    assertTrue(logit.out().contains("Selected by the logit limit"), logit.out());
    CliTest.Run tree = CliTest.run("solve", "games/entry-deterrence.efg", "--select", "risk");
    assertEquals(2, tree.exitCode());
    assertTrue(tree.err().contains("--select applies to"), tree.err());
    CliTest.Run dominance =
        CliTest.run("solve", CHICKEN, "--method", "dominance", "--select", "risk");
    assertEquals(2, dominance.exitCode());
  }
}
