package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.cli.CliTest.Run;

/** {@code leverage repeated} and {@code leverage solve} on dynamic games, in-process. */
class RepeatedAndDynamicCliTest {

  private static final String PD = "games/repeated-prisoners-dilemma.yaml";
  private static final String STOCHASTIC = "games/stochastic-prisoners-dilemma.yaml";
  private static final String EXPORT = "games/export-control-dynamic.yaml";

  @TempDir Path dir;

  private static Run run(String... args) {
    return CliTest.run(args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String readGame(String file) throws IOException {
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  /** The grim-trigger threshold is (T - R) / (T - P), exactly, for several payoff choices. */
  @ParameterizedTest
  @CsvSource({"5, 3, 1, 0, 1/2", "7, 5, 2, 0, 2/5", "10, 9, 1, -3, 1/9", "4, 3, 0, -1, 1/4"})
  void grimTriggerThresholdIsTminusROverTminusP(int t, int r, int p, int s, String expected)
      throws IOException {
    String game =
        readGame(PD)
            .replace("Cooperate: [3, 3]", "Cooperate: [" + r + ", " + r + "]")
            .replace("Defect: [0, 5]", "Defect: [" + s + ", " + t + "]")
            .replace("Cooperate: [5, 0]", "Cooperate: [" + t + ", " + s + "]")
            .replace("Defect: [1, 1]", "Defect: [" + p + ", " + p + "]");
    Run csv = run("repeated", write("pd.yaml", game).toString(), "--format", "csv");
    assertEquals(0, csv.exitCode(), csv.err());
    assertTrue(csv.out().contains("threshold,grim-trigger," + expected + ","), csv.out());
  }

  @Test
  void textReportOfTheBundledPrisonersDilemma() {
    Run r = run("repeated", PD);
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    assertTrue(out.contains("discount 9/10, infinite repetition"), out);
    assertTrue(out.contains("grim trigger to (Defect, Defect)        1/2"), out);
    // Individually rational set: the hull clipped at the minmax values 1.
    assertTrue(out.contains("(1, 1) (13/3, 1) (3, 3) (1, 13/3)"), out);
    // Grim trigger against itself is a subgame-perfect equilibrium at 9/10; tit-for-tat is not.
    assertTrue(out.matches("(?s).*grim trigger\\s+grim trigger\\s+3\\s+3\\s+yes.*"), out);
    assertTrue(out.matches("(?s).*tit-for-tat\\s+tit-for-tat\\s+3\\s+3\\s+no.*"), out);
  }

  @Test
  void discountOverrideBelowTheThreshold() {
    Run r = run("repeated", PD, "--discount", "2/5", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("threshold,grim-trigger,1/2,false"), r.out());
    assertTrue(r.out().contains("automata,grim trigger,grim trigger,3,3,false"), r.out());
    Run at = run("repeated", PD, "--discount", "1/2", "--format", "csv");
    assertTrue(at.out().contains("threshold,grim-trigger,1/2,true"), at.out());
  }

  @Test
  void finiteHorizonRepeatsTheStageEquilibrium() {
    Run r = run("repeated", PD, "--horizon", "3", "--discount", "1/2", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    // Unique stage equilibrium (D, D) paying 1: 1 + 1/2 + 1/4 = 7/4 for each player.
    assertTrue(r.out().endsWith("spe,7/4,7/4\n"), r.out());
    Run text = run("repeated", PD, "--horizon", "2");
    assertTrue(text.out().contains("(Defect, Defect) (Defect, Defect)"), text.out());
  }

  @Test
  void badOverridesAreUsageErrors() {
    assertEquals(2, run("repeated", PD, "--discount", "1").exitCode());
    assertEquals(2, run("repeated", PD, "--discount", "abc").exitCode());
    assertEquals(2, run("repeated", PD, "--horizon", "0").exitCode());
    assertEquals(2, run("repeated", "games/chicken.yaml").exitCode());
  }

  @Test
  void repeatedJsonIsValid() throws IOException {
    Run r = run("repeated", PD, "--format", "json");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("1/2", root.path("target").path("grim-trigger").path("discount").asText());
    assertEquals(4, root.path("automataPairs").size());
  }

  @Test
  void solveOnARepeatedFilePointsToRepeated() {
    Run r = run("solve", PD);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("leverage repeated"), r.err());
  }

  @Test
  void stochasticGameHasItsHandComputedValues() {
    Run r = run("solve", STOCHASTIC, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    // V_boom = 640/73 = 8.7671232..., V_bust = 590/73 = 8.0821917... (see the file).
    assertTrue(r.out().contains("value,boom,8.767123,8.767123\n"), r.out());
    assertTrue(r.out().contains("value,bust,8.082192,8.082192\n"), r.out());
    assertTrue(r.out().contains("policy,all,boom,Row,Defect,1.000000\n"), r.out());
  }

  @Test
  void decimalsOptionAppliesToDynamicResults() {
    Run r = run("solve", STOCHASTIC, "--format", "csv", "--decimals", "3");
    assertTrue(r.out().contains("value,boom,8.767,8.767\n"), r.out());
  }

  @Test
  void finiteDynamicGamePathTotalsEqualTheValues() throws IOException {
    Run r = run("solve", EXPORT, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(20, root.path("horizon").asInt());
    // The initial state is dependent-calm (state 0): the discounted totals along the exact path
    // equal its values (ForwardEvaluator's contract), to the printed digits.
    JsonNode values = root.path("values").get(0).path("values");
    assertEquals(values, root.path("discountedTotals"));
    assertEquals(21, root.path("path").size());
    assertEquals(
        "1.000000", root.path("path").get(0).path("states").path("dependent-calm").asText());
  }

  @Test
  void textReportOfTheExportControlGame() {
    Run r = run("solve", EXPORT);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("leader-follower, US leads"), r.out());
    assertTrue(r.out().contains("Equilibrium policy"), r.out());
    assertTrue(r.out().contains("Expected path"), r.out());
  }

  @Test
  void severalStageEquilibriaAreReported() throws IOException {
    String coordination =
        """
        version: 1
        type: dynamic
        players: [A, B]
        discount: 1
        horizon: 2
        timing: simultaneous
        initial_state: s
        actions: {A: [x, y], B: [x, y]}
        states:
          s:
            payoffs:
              x: {x: [2, 1], y: [0, 0]}
              y: {x: [0, 0], y: [1, 2]}
            transition: s
        """;
    Run r = run("solve", write("coord.yaml", coordination).toString(), "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    // Battle of the sexes in both periods: two pure and one mixed equilibrium each.
    assertTrue(r.out().contains("multiple,0,s,3\n"), r.out());
    assertTrue(r.out().contains("multiple,1,s,3\n"), r.out());
  }

  @Test
  void malformedDynamicFileExitsWithThreeAndTheLine() throws IOException {
    String bad =
        readGame(STOCHASTIC)
            .replace("transition: {boom: 1/2, bust: 1/2}", "transition: {boom: 1/2, bust: 1/3}");
    Run r = run("solve", write("bad.yaml", bad).toString());
    assertEquals(3, r.exitCode());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err().contains("bad.yaml:42: states.bust.transition: probabilities sum to 5/6"), r.err());
  }

  @Test
  void malformedRepeatedFileExitsWithThree() throws IOException {
    Run r =
        run(
            "repeated",
            write("bad.yaml", readGame(PD).replace("discount: 9/10", "discount: 10/9")).toString());
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("bad.yaml:23: discount:"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void valueIterationLimitExitsWithFour() throws IOException {
    Path p =
        write(
            "slow.yaml",
            readGame(STOCHASTIC).replace("max_iterations: 10000", "max_iterations: 5"));
    Run r = run("solve", p.toString());
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().contains("value iteration did not converge"), r.err());
  }

  @Test
  void methodOtherThanAutoIsAUsageErrorForDynamicGames() {
    assertEquals(2, run("solve", STOCHASTIC, "--method", "lp").exitCode());
  }

  private static final String THREE_TENTHS = "src/test/resources/dynamic/three-tenths-tie.yaml";
  private static final String ROUNDS = "src/test/resources/dynamic/rounds-to-same.yaml";

  @Test
  void followerTieOfThreeTenthsIsDecidedByTheTieRuleAndListed() throws IOException {
    Run text = run("solve", THREE_TENTHS);
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("Choices decided by the tie rule (3 choices;"), text.out());
    assertTrue(
        text.out()
            .matches("(?s).*0-2\\s+main\\s+Follower replies to x\\s+first\\s+first, second.*"),
        text.out());
    Run csv = run("solve", THREE_TENTHS, "--format", "csv");
    assertTrue(csv.out().contains("policy,0,main,Leader,x,1.000000\n"), csv.out());
    assertTrue(csv.out().contains("tie,2,main,follower-reply,x,first,first|second\n"), csv.out());
    JsonNode root =
        new ObjectMapper().readTree(run("solve", THREE_TENTHS, "--format", "json").out());
    assertEquals(3, root.path("tieDecisions").size());
    assertEquals("first", root.path("tieDecisions").get(0).path("chosen").asText());
    assertFalse(root.path("exact").asBoolean());
    Run exact = run("solve", THREE_TENTHS, "--exact", "--format", "json");
    assertEquals(0, exact.exitCode(), exact.err());
    JsonNode e = new ObjectMapper().readTree(exact.out());
    assertTrue(e.path("exact").asBoolean());
    assertEquals(3, e.path("tieDecisions").size());
  }

  @Test
  void exactSolveResolvesADifferenceThatRoundsAway() {
    Run exact = run("solve", ROUNDS, "--exact", "--format", "csv");
    assertEquals(0, exact.exitCode(), exact.err());
    assertTrue(exact.out().contains("policy,0,s,Follower,second,1.000000\n"), exact.out());
    assertFalse(exact.out().contains("tie,"), exact.out());
    Run tolerant = run("solve", ROUNDS, "--format", "csv");
    assertTrue(tolerant.out().contains("policy,0,s,Follower,first,1.000000\n"), tolerant.out());
    assertTrue(tolerant.out().contains("tie,0,s,follower-reply,x,first,first|second\n"));
  }

  @Test
  void dynamicOnlyOptionsAreUsageErrorsElsewhere() {
    assertEquals(2, run("solve", "games/chicken.yaml", "--selection", "first").exitCode());
    assertEquals(2, run("solve", STOCHASTIC, "--exact").exitCode());
    Run bad = run("solve", STOCHASTIC, "--selection", "best");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("first-undominated or first"), bad.err());
  }
}
