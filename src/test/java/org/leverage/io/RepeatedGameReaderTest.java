package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.StrategyAutomaton;

class RepeatedGameReaderTest {

  /** Line numbers in the tests below count from the first line of this text. */
  static final String PD =
      """
      version: 1
      type: repeated
      title: Repeated PD
      players:
        - name: Row
          strategies: [C, D]
        - name: Column
          strategies: [C, D]
      payoffs:
        C: {C: [3, 3], D: [0, 5]}
        D: {C: [5, 0], D: [1, 1]}
      discount: 0.9
      target: [C, C]
      automata:
        - name: grim
          player: Row
          states:
            - name: coop
              play: C
              on_profile: {C: {C: coop}}
              otherwise: punish
            - name: punish
              play: D
        - name: tft
          player: Column
          states:
            - name: nice
              play: C
              on_opponent: {D: nasty}
            - name: nasty
              play: D
              on_opponent: {C: nice}
      """;

  private static RepeatedGameSpec read(String text) throws GameFormatException {
    return RepeatedGameReader.read("pd.yaml", text);
  }

  private static GameFormatException fails(String text) {
    return assertThrows(GameFormatException.class, () -> read(text));
  }

  @Test
  void readsTheGameExactly() throws GameFormatException {
    RepeatedGameSpec spec = read(PD);
    assertEquals(new BigFraction(9, 10), spec.game().discount());
    assertEquals(OptionalInt.empty(), spec.game().horizon());
    assertEquals(new BigFraction(5), spec.stage().payoff(0, spec.stage().cellIndex(1, 0)));
    assertEquals(Optional.of(List.of(0, 0)), spec.target());
    // No punishment given: none is read (the analysis defaults it).
    assertEquals(Optional.empty(), spec.punishment());
  }

  @Test
  void buildsTheAutomataAsWritten() throws GameFormatException {
    RepeatedGameSpec spec = read(PD);
    StrategyAutomaton grim = spec.automataOf(0).get(0);
    int cc = spec.stage().cellIndex(0, 0);
    int cd = spec.stage().cellIndex(0, 1);
    int dc = spec.stage().cellIndex(1, 0);
    assertEquals(0, grim.next(0, cc));
    assertEquals(1, grim.next(0, cd));
    assertEquals(1, grim.next(0, dc));
    assertEquals(1, grim.next(1, cc), "no transitions: stays");
    StrategyAutomaton tft = spec.automataOf(1).get(0);
    assertEquals(1, tft.player());
    // Column's tit-for-tat reacts to Row's action only.
    assertEquals(1, tft.next(0, dc));
    assertEquals(0, tft.next(0, cd));
    assertEquals(0, tft.next(1, cc));
    assertEquals(1, tft.action(1));
  }

  @Test
  void horizonAndExplicitPunishment() throws GameFormatException {
    RepeatedGameSpec spec =
        read(PD.replace("discount: 0.9\n", "discount: \"2/3\"\nhorizon: 4\npunishment: [D, D]\n"));
    assertEquals(new BigFraction(2, 3), spec.game().discount());
    assertEquals(OptionalInt.of(4), spec.game().horizon());
  }

  @Test
  void missingDiscount() {
    GameFormatException e = fails(PD.replace("discount: 0.9\n", ""));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("missing key \"discount\""), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "1.5", "-0.2", "\"9/9\""})
  void discountOutsideTheOpenUnitInterval(String discount) {
    GameFormatException e = fails(PD.replace("discount: 0.9", "discount: " + discount));
    assertEquals(12, e.line());
    assertTrue(e.getMessage().contains("strictly between 0 and 1"), e.getMessage());
  }

  @Test
  void unknownTopLevelKey() {
    GameFormatException e = fails(PD.replace("discount: 0.9\n", "discount: 0.9\ndicsount: 1\n"));
    assertEquals(13, e.line());
    assertTrue(e.getMessage().contains("unknown key \"dicsount\""), e.getMessage());
  }

  @Test
  void stageGameErrorsKeepTheirLines() {
    GameFormatException e =
        fails(PD.replace("D: {C: [5, 0], D: [1, 1]}", "D: {C: [5, 0], D: [1]}"));
    assertEquals(11, e.line());
    assertTrue(e.getMessage().contains("payoffs.D.D"), e.getMessage());
  }

  @Test
  void threePlayersAreRefused() {
    String three =
        PD.replace(
                "  - name: Column\n    strategies: [C, D]\n",
                "  - name: Column\n    strategies: [C, D]\n  - name: Third\n    strategies: [X]\n")
            .replace("[3, 3]", "{X: [3, 3, 0]}")
            .replace("[0, 5]", "{X: [0, 5, 0]}")
            .replace("[5, 0]", "{X: [5, 0, 0]}")
            .replace("[1, 1]", "{X: [1, 1, 0]}");
    GameFormatException e = fails(three);
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("exactly 2 players"), e.getMessage());
  }

  @Test
  void punishmentMustBeAStageEquilibrium() {
    GameFormatException e =
        fails(PD.replace("target: [C, C]\n", "target: [C, C]\npunishment: [C, D]\n"));
    assertEquals(14, e.line());
    assertTrue(e.getMessage().contains("(C, D) is not one"), e.getMessage());
  }

  /**
   * No pure stage equilibrium: the target is kept, with no pure punishment (a mixed one serves).
   */
  @Test
  void targetWithoutAnyPureStageEquilibrium() throws GameFormatException {
    String pennies =
        PD.replace("C: {C: [3, 3], D: [0, 5]}", "C: {C: [1, -1], D: [-1, 1]}")
            .replace("D: {C: [5, 0], D: [1, 1]}", "D: {C: [-1, 1], D: [1, -1]}");
    RepeatedGameSpec spec = read(pennies);
    assertEquals(Optional.of(List.of(0, 0)), spec.target());
    assertEquals(Optional.empty(), spec.punishment());
  }

  @Test
  void unknownStrategyInTarget() {
    GameFormatException e = fails(PD.replace("target: [C, C]", "target: [C, X]"));
    assertEquals(13, e.line());
    assertTrue(
        e.getMessage().contains("target[1]: unknown \"Column\" strategy \"X\""), e.getMessage());
  }

  @Test
  void automatonErrorsNameTheField() {
    GameFormatException unknownState = fails(PD.replace("otherwise: punish", "otherwise: pnish"));
    assertEquals(21, unknownState.line());
    assertTrue(
        unknownState
            .getMessage()
            .contains("automata[0].states[0].otherwise: unknown automaton state"),
        unknownState.getMessage());
    GameFormatException badAction =
        fails(PD.replace("play: D\n  - name: tft", "play: X\n  - name: tft"));
    assertEquals(23, badAction.line());
    GameFormatException both =
        fails(
            PD.replace(
                "on_opponent: {D: nasty}", "on_opponent: {D: nasty}\n        on_profile: {}"));
    assertTrue(both.getMessage().contains("not both"), both.getMessage());
    GameFormatException unknownPlayer = fails(PD.replace("player: Row", "player: Rwo"));
    assertEquals(16, unknownPlayer.line());
  }

  /** The stage game is read from the parsed tree, so the top level may be in flow style too. */
  @Test
  void flowStyleTopLevelIsRead() throws GameFormatException {
    RepeatedGameSpec spec =
        read(
            "{version: 1, type: repeated, players: [{name: a, strategies: [x]}, {name: b,"
                + " strategies: [y]}], payoffs: {x: {y: [1, 2]}}, discount: 0.5}\n");
    NormalFormGame stage = spec.game().stage();
    assertEquals("a", stage.players().get(0).name());
    assertEquals("b", stage.players().get(1).name());
    assertEquals(new BigFraction(2), stage.payoff(1, stage.cellIndex(0, 0)));
    assertEquals(new BigFraction(1, 2), spec.game().discount());
  }

  /** Stage errors in flow style name the line and path as in block style. */
  @Test
  void flowStyleStageErrorsNameTheField() {
    GameFormatException e =
        fails(
            "{version: 1, type: repeated,\n players: [{name: a, strategies: [x]}, {name: b,"
                + " strategies: [y]}],\n payoffs: {x: {z: [1, 2]}}, discount: 0.5}\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("payoffs.x: unknown strategy \"z\""), e.getMessage());
  }
}
