package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;

class YamlGameReaderTest {

  static final String PD =
      """
      version: 1
      type: normal-form
      title: Prisoner's dilemma          # optional
      comment: the classic
      players:
        - name: Row
          strategies: [Cooperate, Defect]
        - name: Column
          strategies: [Cooperate, Defect]
      payoffs:          # nested by strategy name, one level per player in player order
        Cooperate:
          Cooperate: [3, 3]
          Defect: [0, 5]
        Defect:
          Cooperate: [5, 0]
          Defect: [1, 1]
      """;

  private static BigFraction f(long n, long d) {
    return new BigFraction(n, d);
  }

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  @Test
  void readsThePrisonersDilemma() throws Exception {
    NormalFormGame g = YamlGameReader.read("pd.yaml", PD);
    assertEquals("Prisoner's dilemma", g.title());
    assertEquals("the classic", g.comment());
    assertEquals("Column", g.players().get(1).name());
    assertEquals(List.of("Cooperate", "Defect"), g.players().get(0).strategies());
    // Row plays Cooperate (0), Column plays Defect (1): Row gets 0, Column 5.
    assertEquals(f(0), g.payoff(0, g.cellIndex(0, 1)));
    assertEquals(f(5), g.payoff(1, g.cellIndex(0, 1)));
    assertEquals(f(5), g.payoff(0, g.cellIndex(1, 0)));
    assertEquals(f(1), g.payoff(1, g.cellIndex(1, 1)));
    assertFalse(g.outcomeTable().isPresent());
  }

  @Test
  void payoffsAreParsedExactlyFromTheirText() throws Exception {
    NormalFormGame g =
        YamlGameReader.read(
            "exact.yaml",
            """
            version: 1
            type: normal-form
            players:
              - name: A
                strategies: [x, y, z]
              - name: B
                strategies: [only]
            payoffs:
              x: {only: [0.1, "2/3"]}
              y: {only: [1e-3, -0.50]}
              z: {only: ["-7/21", 12345678901234567890.000000000000000001]}
            """);
    assertEquals(f(1, 10), g.payoff(0, 0));
    assertEquals(f(2, 3), g.payoff(1, 0));
    assertEquals(f(1, 1000), g.payoff(0, 1));
    assertEquals(f(-1, 2), g.payoff(1, 1));
    assertEquals(f(-1, 3), g.payoff(0, 2));
    assertEquals(
        new BigFraction(
            new java.math.BigInteger("12345678901234567890000000000000000001"),
            java.math.BigInteger.TEN.pow(18)),
        g.payoff(1, 2));
  }

  @Test
  void keyOrderIsFreeAndNamesAreMatchedAsText() throws Exception {
    NormalFormGame g =
        YamlGameReader.read(
            "order.yaml",
            """
            payoffs:
              "2": {b: [4, 40], a: [3, 30]}
              1: {a: [1, 10], b: [2, 20]}
            players:
              - {strategies: [1, 2], name: One}
              - {name: Two, strategies: [a, b]}
            type: normal-form
            version: 1
            """);
    assertEquals(List.of("1", "2"), g.players().get(0).strategies());
    assertEquals(f(2), g.payoff(0, g.cellIndex(0, 1)));
    assertEquals(f(30), g.payoff(1, g.cellIndex(1, 0)));
    assertEquals(f(4), g.payoff(0, g.cellIndex(1, 1)));
    assertEquals("", g.title());
  }

  @Test
  void threePlayersNestInPlayerOrder() throws Exception {
    NormalFormGame g =
        YamlGameReader.read(
            "three.yaml",
            """
            version: 1
            type: normal-form
            players:
              - {name: P1, strategies: [a, b]}
              - {name: P2, strategies: [c]}
              - {name: P3, strategies: [d, e]}
            payoffs:
              a: {c: {d: [1, 2, 3], e: [4, 5, 6]}}
              b: {c: {d: [7, 8, 9], e: [10, 11, 12]}}
            """);
    assertEquals(f(6), g.payoff(2, g.cellIndex(0, 0, 1)));
    assertEquals(f(8), g.payoff(1, g.cellIndex(1, 0, 0)));
    assertEquals(f(10), g.payoff(0, g.cellIndex(1, 0, 1)));
  }

  // ---- malformed input ----

  private static void assertRefused(String text, int line, String part) {
    GameFormatException e =
        assertThrows(GameFormatException.class, () -> YamlGameReader.read("game.yaml", text));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(part), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void unknownTopLevelKey() {
    GameFormatException e =
        assertThrows(
            GameFormatException.class,
            () -> YamlGameReader.read("game.yaml", PD.replace("payoffs:", "payof:")));
    assertEquals(
        "game.yaml:10: unknown key \"payof\"; expected one of version, type, title, comment,"
            + " players, payoffs",
        e.getMessage());
  }

  @Test
  void unknownPlayerKey() {
    assertRefused(
        PD.replace("  - name: Column", "  - nam: Column"),
        8,
        "players[1]: unknown key \"nam\"; expected one of name, strategies");
  }

  @Test
  void missingKey() {
    assertRefused(
        PD.replace("type: normal-form\n", ""), 1, "missing key \"type\" (required: version, type");
  }

  @Test
  void wrongVersionAndType() {
    assertRefused(PD.replace("version: 1", "version: 2"), 1, "version: expected 1 but found \"2\"");
    assertRefused(
        PD.replace("type: normal-form", "type: extensive"),
        2,
        "type: expected normal-form but found \"extensive\"");
  }

  @Test
  void duplicateStrategyNames() {
    assertRefused(
        PD.replace("[Cooperate, Defect]\n  - name: Column", "[C, C]\n  - name: Column"),
        7,
        "players[0].strategies[1]: duplicate strategy name \"C\" (also strategies[0])");
  }

  @Test
  void emptyStrategyName() {
    assertRefused(
        PD.replace("[Cooperate, Defect]\n  - name: Column", "[Cooperate, \"\"]\n  - name: Column"),
        7,
        "players[0].strategies[1]: strategy name is empty");
  }

  @Test
  void missingCell() {
    assertRefused(
        PD.replace("    Defect: [0, 5]\n", ""),
        12,
        "payoffs.Cooperate: missing strategy \"Defect\" of player 2 (\"Column\")");
  }

  @Test
  void extraCell() {
    assertRefused(
        PD.replace("    Defect: [1, 1]\n", "    Defect: [1, 1]\n    Defect2: [1, 1]\n"),
        17,
        "payoffs.Defect: unknown strategy \"Defect2\" of player 2 (\"Column\"); expected one of"
            + " Cooperate, Defect");
  }

  @Test
  void wrongNumberOfPayoffsInLeaf() {
    assertRefused(
        PD.replace("Defect: [0, 5]", "Defect: [0, 5, 7]"),
        13,
        "payoffs.Cooperate.Defect: expected 2 payoffs (one per player) but found 3");
  }

  @Test
  void leafThatIsNotAList() {
    assertRefused(
        PD.replace("Defect: [0, 5]", "Defect: 5"),
        13,
        "payoffs.Cooperate.Defect: expected a list of 2 payoffs (one per player) but found \"5\"");
  }

  @Test
  void nonNumericPayoff() {
    assertRefused(
        PD.replace("Defect: [0, 5]", "Defect: [0, five]"),
        13,
        "payoffs.Cooperate.Defect[1]: expected a payoff (integer, decimal or quoted \"a/b\") but"
            + " found \"five\"");
  }

  @Test
  void nanAndInfinityAreRefused() {
    assertRefused(
        PD.replace("Defect: [0, 5]", "Defect: [.nan, 5]"),
        13,
        "found \".nan\" (NaN and infinities are not payoffs)");
    assertRefused(
        PD.replace("Defect: [1, 1]", "Defect: [1, -.inf]"),
        16,
        "payoffs.Defect.Defect[1]: expected a payoff");
    assertRefused(PD.replace("Defect: [1, 1]", "Defect: [1, Infinity]"), 16, "infinities");
  }

  @Test
  void emptyFile() {
    assertRefused("", 1, "file is empty");
    assertRefused("# just a comment\n\n", 1, "file is empty");
  }

  @Test
  void notYamlAtAll() {
    assertRefused("version: 1\nplayers: [a, b\n", 3, "not valid YAML");
    assertRefused("just some words", 1, "expected a mapping with keys version");
    assertRefused("NFG 1 R \"pd\" { \"1\" \"2\" }", 1, "looks like a Gambit .nfg file");
  }

  @Test
  void binaryGarbage() {
    assertRefused("version: 1\n\0\0\u0007\u00ff", 2, "NUL character");
    assertRefused("\u0001\u0002garbage", 1, "not valid YAML");
  }

  @Test
  void duplicateKeys() {
    assertRefused(PD.replace("comment: the classic", "title: again"), 4, "duplicate key \"title\"");
  }

  @Test
  void aliasesAndSecondDocumentsAreRefused() {
    assertRefused(
        PD.replace("Defect: [0, 5]", "Defect: &x [0, 5]").replace("Defect: [1, 1]", "Defect: *x"),
        16,
        "YAML alias *x is not supported");
    assertRefused(PD + "---\nversion: 1\n", 18, "a second YAML document");
  }

  @Test
  void hugeDeclaredSizeIsRefusedBeforeAllocating() {
    StringBuilder names = new StringBuilder("[s0");
    for (int i = 1; i < 1000; i++) {
      names.append(", s").append(i);
    }
    names.append(']');
    String text =
        "version: 1\ntype: normal-form\nplayers:\n"
            + ("  - {name: P, strategies: " + names + "}\n").repeat(3)
            + "payoffs: {}\n";
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertRefused(text, 4, "game of shape 1000x1000x1000 has 3000000000 payoff entries"));
  }
}
