package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.cli.CliTest.Run;
import org.leverage.numeric.Rationals;

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
    assertTrue(r.out().endsWith("spe,7/4,7/4,true\n"), r.out());
    Run text = run("repeated", PD, "--horizon", "2");
    assertTrue(text.out().contains("(Defect, Defect) (Defect, Defect)"), text.out());
  }

  /**
   * Matching pennies with a third action that cooperates: A against A pays (3, 3); B and C are
   * matching pennies (1 to Row on a match, 1 to Column on a mismatch); against A, B or C earns 4
   * and A loses 1.
   */
  private static final String NO_PURE_STAGE_EQUILIBRIUM =
      """
      version: 1
      type: repeated
      title: Cooperation without a pure stage equilibrium
      players:
        - {name: Row, strategies: [A, B, C]}
        - {name: Column, strategies: [A, B, C]}
      payoffs:
        A: {A: [3, 3], B: [-1, 4], C: [-1, 4]}
        B: {A: [4, -1], B: [1, -1], C: [-1, 1]}
        C: {A: [4, -1], B: [-1, 1], C: [1, -1]}
      discount: 9/10
      target: [A, A]
      """;

  /**
   * Regression, found by the Core hardening review (defect 4): a target in a stage game without a
   * pure equilibrium was refused (exit 3), though its minmax thresholds exist. Worked out by hand,
   * for Row (Column is symmetric): R = 3 at (A, A), the best deviation D = 4. Mixed minmax 0: B and
   * C average 4a against any Column mix with weight a on A, so Row gets at least 0, and Column's (B
   * 1/2, C 1/2) holds it to max(-1, 0, 0) = 0; threshold (D - R) / (D - P) = 1 / 4. Pure minmax 1
   * (Column's B or C: Row's best reply earns 1): 1 / 3. The only stage equilibrium, both mixing B
   * and C half-half, pays (0, 0): grim trigger to it needs 1 / 4 too, and the output says it is
   * mixed.
   */
  @Test
  void regressionTargetWithoutAPureStageEquilibriumGetsItsThresholds() throws IOException {
    Path game = write("no-pure.yaml", NO_PURE_STAGE_EQUILIBRIUM);
    Run csv = run("repeated", game.toString(), "--format", "csv");
    assertEquals(0, csv.exitCode(), csv.err());
    assertTrue(csv.out().contains("threshold,grim-trigger,1/4,true\n"), csv.out());
    assertTrue(csv.out().contains("threshold,minmax-mixed,1/4,true\n"), csv.out());
    assertTrue(csv.out().contains("threshold,minmax-pure,1/3,true\n"), csv.out());
    assertTrue(csv.out().contains("reversion,mixed,Row,0,1/2,1/2\n"), csv.out());
    assertTrue(csv.out().contains("reversion,mixed,Column,0,1/2,1/2\n"), csv.out());
    Run text = run("repeated", game.toString());
    assertTrue(
        text.out().contains("grim trigger to the mixed stage equilibrium        1/4"), text.out());
    assertTrue(
        text.out()
            .contains("The stage game has no pure Nash equilibrium: no grim trigger to a pure"),
        text.out());
    assertTrue(text.out().contains("(Row: B 1/2, C 1/2; Column: B 1/2, C 1/2)"), text.out());
    JsonNode json =
        new ObjectMapper().readTree(run("repeated", game.toString(), "--format", "json").out());
    assertFalse(json.path("target").path("punishmentIsPure").asBoolean(true));
    // Plain matching pennies: (Heads, Heads) gives Column -1, below its minmax value 0, so no
    // discount factor sustains it, with any punishment; still no refusal.
    Run pennies =
        run(
            "repeated",
            write(
                    "pennies.yaml",
                    NO_PURE_STAGE_EQUILIBRIUM
                        .replace("strategies: [A, B, C]", "strategies: [B, C]")
                        .replace("  A: {A: [3, 3], B: [-1, 4], C: [-1, 4]}\n", "")
                        .replace("{A: [4, -1], ", "{")
                        .replace("target: [A, A]", "target: [B, B]"))
                .toString(),
            "--format",
            "csv");
    assertEquals(0, pennies.exitCode(), pennies.err());
    assertTrue(pennies.out().contains("threshold,grim-trigger,1,false\n"), pennies.out());
    assertTrue(pennies.out().contains("threshold,minmax-mixed,1,false\n"), pennies.out());
  }

  /**
   * Column's C duplicated as D: the stage equilibria form a segment with two extreme points (Column
   * mixes A, B and C as before, or A, B and D); the output names the one taken and how many there
   * were.
   */
  @Test
  void severalMixedStageEquilibriaTheLowestThresholdIsTaken() throws IOException {
    String game =
        NO_PURE_STAGE_EQUILIBRIUM
            .replace(
                "{name: Column, strategies: [A, B, C]}", "{name: Column, strategies: [A, B, C, D]}")
            .replace("C: [-1, 4]}", "C: [-1, 4], D: [-1, 4]}")
            .replace(
                "B: {A: [4, -1], B: [1, -1], C: [-1, 1]}",
                "B: {A: [4, -1], B: [1, -1], C: [-1, 1], D: [-1, 1]}")
            .replace(
                "C: {A: [4, -1], B: [-1, 1], C: [1, -1]}",
                "C: {A: [4, -1], B: [-1, 1], C: [1, -1], D: [1, -1]}");
    Run text = run("repeated", write("duplicate.yaml", game).toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(
        text.out().contains("the one with the lowest threshold of the 2 extreme stage equilibria"),
        text.out());
    assertTrue(
        text.out().contains("grim trigger to the mixed stage equilibrium        1/4"), text.out());
  }

  /**
   * The prisoner's dilemma (C, D as in PD) with a third action P, mutual punishment: (P, P) pays
   * (0, 0) and is a stage equilibrium, as is (D, D) paying (1, 1); P against C or D pays (-1, -1).
   * Four periods at 9/10.
   */
  private static final String PD_WITH_PUNISHMENT =
      """
      version: 1
      type: repeated
      title: Prisoner's dilemma with a punishment action
      players:
        - {name: Row, strategies: [C, D, P]}
        - {name: Column, strategies: [C, D, P]}
      payoffs:
        C: {C: [3, 3], D: [0, 4], P: [-1, -1]}
        D: {C: [4, 0], D: [1, 1], P: [-1, -1]}
        P: {C: [-1, -1], D: [-1, -1], P: [0, 0]}
      discount: 9/10
      horizon: 4
      """;

  /**
   * Regression, found by the Core hardening review (defect 5): the finite-horizon paths shown were
   * the 20 with the lowest payoff of player 1, and the cooperative path was "(not shown)". Now the
   * Pareto-efficient payoff vectors come first, by total payoff: first (C, C) twice, then (D, D)
   * twice, worth 3 + 2.7 + 0.81 + 0.729 = 7.239 to each player (cooperation held by the threat of
   * (P, P) instead of (D, D) afterwards; D gains 1 now and loses 0.9 or more later). The flags are
   * checked against a direct pairwise comparison and the order against its definition.
   */
  @Test
  void regressionFiniteHorizonShowsTheParetoFrontierFirst() throws IOException {
    Path game = write("pd-punish.yaml", PD_WITH_PUNISHMENT);
    Run text = run("repeated", game.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(
        text.out()
            .matches(
                "(?s).*-\\n  \\(7239/1000, 7239/1000\\)\\s+yes\\s+\\(C, C\\) \\(C, C\\)"
                    + " \\(D, D\\) \\(D, D\\)\\n.*"),
        text.out());
    assertTrue(text.out().contains("... and 27 more payoff vectors not shown"), text.out());
    JsonNode finite =
        new ObjectMapper()
            .readTree(run("repeated", game.toString(), "--format", "json").out())
            .path("finite");
    List<BigFraction[]> points = new ArrayList<>();
    finite
        .path("payoffsExact")
        .forEach(
            p ->
                points.add(
                    new BigFraction[] {
                      Rationals.parseOrThrow(p.get(0).asText()),
                      Rationals.parseOrThrow(p.get(1).asText())
                    }));
    assertEquals(47, points.size());
    assertEquals(20, finite.path("paths").size());
    assertEquals(27, finite.path("pathsNotShown").asInt());
    int efficient = 0;
    for (int i = 0; i < points.size(); i++) {
      boolean dominated = false;
      for (BigFraction[] q : points) {
        BigFraction[] p = points.get(i);
        dominated |=
            q[0].compareTo(p[0]) >= 0
                && q[1].compareTo(p[1]) >= 0
                && (q[0].compareTo(p[0]) > 0 || q[1].compareTo(p[1]) > 0);
      }
      boolean flag = finite.path("paretoEfficient").get(i).asBoolean();
      assertEquals(!dominated, flag, "point " + i);
      // Efficient ones form a prefix; within each group totals do not increase.
      assertTrue(!flag || i == efficient, "efficient points come first");
      efficient += flag ? 1 : 0;
      if (i > 0 && flag == finite.path("paretoEfficient").get(i - 1).asBoolean()) {
        BigFraction[] prev = points.get(i - 1);
        BigFraction[] p = points.get(i);
        int byTotal = prev[0].add(prev[1]).compareTo(p[0].add(p[1]));
        assertTrue(byTotal > 0 || byTotal == 0 && prev[0].compareTo(p[0]) > 0, "order at " + i);
      }
    }
    assertEquals(7, efficient);
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
    JsonNode grim = root.path("target").path("thresholds").get(0);
    assertEquals("grim-trigger", grim.path("kind").asText());
    assertEquals(0.5, grim.path("discount").asDouble());
    assertEquals("1/2", grim.path("discountExact").asText());
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
    JsonNode start = root.path("path").get(0).path("states").path("dependent-calm");
    assertTrue(start.isNumber(), start.toString());
    assertEquals(1.0, start.asDouble());
  }

  @Test
  void textReportOfTheExportControlGame() {
    Run r = run("solve", EXPORT);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("leader-follower, US leads"), r.out());
    assertTrue(r.out().contains("Equilibrium policy"), r.out());
    assertTrue(r.out().contains("Expected path"), r.out());
  }

  /** {@code sum p_k v_k} over pairs (probability, value) written as decimal text, exactly. */
  private static BigDecimal expectation(String... pairs) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < pairs.length; k += 2) {
      sum = sum.add(new BigDecimal(pairs[k]).multiply(new BigDecimal(pairs[k + 1])));
    }
    return sum;
  }

  /**
   * The bundled export-control game cut to two periods, against values worked out by hand from the
   * file's own numbers (independent of the solver; exact decimal arithmetic below).
   *
   * <p>Period 1 (the last; terminal values 0): INDIGENIZE pays China 14 less than DEPEND in every
   * state and the US payoff does not depend on China's move, so China depends and the US takes its
   * best row: dependent-calm OPEN (18.48 against 14.97 and 3.07), values (18.48, 19.08);
   * dependent-crisis TARGETED (0.29 against -2.2 and -24.45), (0.29, 140.57); indigenizing-calm
   * OPEN (10.92), (10.92, 16.32); indigenizing-crisis TARGETED (-15.05 against -17.8 and -25.8),
   * (-15.05, 138.0). From dependent-calm only these four states can follow.
   *
   * <p>Period 0 in dependent-calm: each pair (US action, China reply) is worth its stage payoff
   * plus 0.9759 times the period-1 values weighted by the file's transition probabilities. China
   * replies to each US action with the better total for China; the US picks the action whose reply
   * gives it the most.
   */
  @Test
  void exportControlGameOverTwoPeriodsMatchesTheHandComputation() throws IOException {
    BigDecimal d = new BigDecimal("0.9759");
    // Period-1 values in (dc, dx, ic, ix) = dependent/indigenizing, calm/crisis order.
    String[] us = {"18.48", "0.29", "10.92", "-15.05"};
    String[] china = {"19.08", "140.57", "16.32", "138.0"};
    // Transition rows of dependent-calm (dc, dx, ic, ix), from the file.
    String[][] depend = {
      {"0.9603", "0.0297", "0.0097", "0.0003"},
      {"0.9215", "0.0285", "0.0485", "0.0015"},
      {"0.8536", "0.0264", "0.1164", "0.0036"}
    };
    String[][] indigenize = {
      {"0.873", "0.027", "0.097", "0.003"},
      {"0.8342", "0.0258", "0.1358", "0.0042"},
      {"0.7275", "0.0225", "0.2425", "0.0075"}
    };
    String[] usStage = {"18.48", "14.97", "3.07"};
    String[] chinaDepend = {"19.08", "14.06", "2.34"};
    String[] chinaIndigenize = {"5.08", "0.06", "-11.66"};
    BigDecimal[] usTotal = new BigDecimal[3];
    BigDecimal[] chinaTotal = new BigDecimal[3];
    for (int a = 0; a < 3; a++) {
      String[] p = depend[a];
      String[] q = indigenize[a];
      // e.g. OPEN, DEPEND: China 19.08 + 0.9759 (0.9603 * 19.08 + 0.0297 * 140.57 + 0.0097 * 16.32
      // + 0.0003 * 138.0) = 19.08 + 0.9759 * 22.697157 = 41.2301555163; INDIGENIZE: 5.08 + 0.9759 *
      // 22.44927 = 26.988242593, so DEPEND.
      BigDecimal chinaD =
          new BigDecimal(chinaDepend[a])
              .add(
                  d.multiply(
                      expectation(p[0], china[0], p[1], china[1], p[2], china[2], p[3], china[3])));
      BigDecimal chinaI =
          new BigDecimal(chinaIndigenize[a])
              .add(
                  d.multiply(
                      expectation(q[0], china[0], q[1], china[1], q[2], china[2], q[3], china[3])));
      assertTrue(chinaD.compareTo(chinaI) > 0, "China depends after US action " + a);
      chinaTotal[a] = chinaD;
      // OPEN: 18.48 + 0.9759 (0.9603 * 18.48 + 0.0297 * 0.29 + 0.0097 * 10.92 + 0.0003 * -15.05)
      // = 18.48 + 0.9759 * 17.856366 = 35.9060275794; TARGETED 32.091804417; FULL 19.6594138828.
      usTotal[a] =
          new BigDecimal(usStage[a])
              .add(d.multiply(expectation(p[0], us[0], p[1], us[1], p[2], us[2], p[3], us[3])));
    }
    assertEquals(new BigDecimal("35.9060275794"), usTotal[0].stripTrailingZeros());
    assertEquals(new BigDecimal("32.091804417"), usTotal[1].stripTrailingZeros());
    assertEquals(new BigDecimal("19.6594138828"), usTotal[2].stripTrailingZeros());
    assertEquals(new BigDecimal("41.2301555163"), chinaTotal[0].stripTrailingZeros());

    String twoPeriods = readGame(EXPORT).replace("\nhorizon: 20\n", "\nhorizon: 2\n");
    Run r = run("solve", write("export-2.yaml", twoPeriods).toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(2, root.path("horizon").asInt());
    JsonNode start = root.path("values").get(0);
    assertEquals("dependent-calm", start.path("state").asText());
    assertEquals(35.9060275794, start.path("values").get(0).asDouble(), 5e-7);
    assertEquals(41.2301555163, start.path("values").get(1).asDouble(), 5e-7);
    JsonNode policy = root.path("policy").get(0);
    assertEquals(0, policy.path("period").asInt());
    assertEquals("dependent-calm", policy.path("state").asText());
    assertEquals("US", policy.path("players").get(0).path("player").asText());
    assertEquals(1.0, policy.path("players").get(0).path("actions").path("OPEN").asDouble());
    assertEquals("China", policy.path("players").get(1).path("player").asText());
    assertEquals(1.0, policy.path("players").get(1).path("actions").path("DEPEND").asDouble());
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
