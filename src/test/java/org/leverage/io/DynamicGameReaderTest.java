package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.solve.dynamic.Timing;

class DynamicGameReaderTest {

  /** Line numbers in the tests below count from the first line of this text. */
  static final String GAME =
      """
      version: 1
      type: dynamic
      title: Two states
      players: [US, China]
      discount: 0.95
      horizon: 3
      timing: leader-follower
      initial_distribution: {calm: 3/4, crisis: 1/4}
      actions:
        US: [OPEN, FULL]
        China: [DEPEND, INDIGENIZE]
      states:
        calm:
          payoffs:
            OPEN: {DEPEND: [3, 1], INDIGENIZE: [2, 0.5]}
            FULL: {DEPEND: [1, 0], INDIGENIZE: [0, "1/3"]}
          transitions:
            OPEN: {DEPEND: calm, INDIGENIZE: {calm: 1/3, crisis: 2/3}}
            FULL: {DEPEND: {calm: 0.1, crisis: 0.2, calm: 0.7}, INDIGENIZE: crisis}
          terminal: [10, 20]
        crisis:
          actions: {US: [FULL], China: [DEPEND, INDIGENIZE]}
          payoffs:
            FULL: {DEPEND: [-1, 4], INDIGENIZE: [-2, 5]}
          transition: {calm: 1/2, crisis: 1/2}
      """;

  private static DynamicGameSpec read(String text) throws GameFormatException {
    return DynamicGameReader.read("dyn.yaml", text);
  }

  private static GameFormatException fails(String text) {
    return assertThrows(GameFormatException.class, () -> read(text));
  }

  @Test
  void duplicateKeysAreRefusedByTheTree() {
    // YamlTree refuses the duplicate "calm" in FULL/DEPEND before the sum is checked.
    GameFormatException e = fails(GAME);
    assertEquals(19, e.line());
    assertTrue(e.getMessage().contains("duplicate key \"calm\""), e.getMessage());
  }

  private static final String VALID =
      GAME.replace("{calm: 0.1, crisis: 0.2, calm: 0.7}", "{calm: 0.1, crisis: 0.9}");

  @Test
  void readsTheTables() throws GameFormatException {
    DynamicGameSpec spec = read(VALID);
    TabularDynamicGame g = spec.game();
    assertEquals("Two states", spec.title());
    assertEquals(Timing.LEADER_FOLLOWER, spec.timing());
    assertFalse(spec.infinite());
    assertEquals(3, g.horizon());
    assertEquals(0.95, g.discount());
    assertEquals(2, g.numStates());
    assertEquals("crisis", g.stateLabel(1));
    assertEquals(1, g.numActions(0, 1), "the state's own actions override the default");
    assertEquals("INDIGENIZE", g.actionLabel(1, 1, 1));
    double[] u = new double[2];
    g.payoffs(0, 0, 1, 1, u);
    assertArrayEquals(new double[] {0, 1.0 / 3}, u);
    g.payoffs(0, 1, 0, 1, u);
    assertArrayEquals(new double[] {-2, 5}, u);
    int[] succ = new int[g.maxSuccessors()];
    double[] prob = new double[g.maxSuccessors()];
    int n = g.transition(0, 0, 0, 1, succ, prob);
    assertEquals(2, n);
    assertEquals(1.0 / 3, prob[0]);
    assertEquals(2.0 / 3, prob[1]);
    n = g.transition(0, 0, 0, 0, succ, prob);
    assertEquals(1, n, "a state name is a point mass");
    assertEquals(0, succ[0]);
    n = g.transition(0, 1, 0, 1, succ, prob);
    assertEquals(0.5, prob[0]);
    assertEquals(10, g.terminalValue(0, 0));
    assertEquals(20, g.terminalValue(1, 0));
    assertEquals(0, g.terminalValue(0, 1));
    assertArrayEquals(new double[] {0.75, 0.25}, spec.initialDistribution());
  }

  @Test
  void infiniteHorizonWithItsOptions() throws GameFormatException {
    DynamicGameSpec spec =
        read(
            VALID.replace(
                "horizon: 3\n", "horizon: infinite\ntolerance: 1e-6\nmax_iterations: 50\n"));
    assertTrue(spec.infinite());
    assertEquals(1e-6, spec.tolerance());
    assertEquals(50, spec.maxIterations());
  }

  @Test
  void initialStateIsAPointMass() throws GameFormatException {
    DynamicGameSpec spec =
        read(
            VALID.replace(
                "initial_distribution: {calm: 3/4, crisis: 1/4}", "initial_state: crisis"));
    assertArrayEquals(new double[] {0, 1}, spec.initialDistribution());
  }

  @Test
  void probabilitiesMustSumToOneExactly() {
    GameFormatException e =
        fails(GAME.replace("{calm: 0.1, crisis: 0.2, calm: 0.7}", "{calm: 0.1, crisis: 0.8}"));
    assertEquals(19, e.line());
    assertTrue(
        e.getMessage().contains("states.calm.transitions.FULL.DEPEND: probabilities sum to 9/10"),
        e.getMessage());
  }

  @Test
  void decimalThirdsDoNotSumToOne() {
    GameFormatException e =
        fails(VALID.replace("{calm: 1/3, crisis: 2/3}", "{calm: 0.33, crisis: 0.67, calm2: 0}"));
    // The unknown state is found first, on the same line.
    assertEquals(18, e.line());
    GameFormatException sum =
        fails(VALID.replace("{calm: 1/3, crisis: 2/3}", "{calm: 0.333, crisis: 0.666}"));
    assertEquals(18, sum.line());
    assertTrue(sum.getMessage().contains("sum to 999/1000"), sum.getMessage());
  }

  @Test
  void unknownStateInATransition() {
    GameFormatException e = fails(VALID.replace("INDIGENIZE: crisis}", "INDIGENIZE: crisys}"));
    assertEquals(19, e.line());
    assertTrue(e.getMessage().contains("unknown state \"crisys\""), e.getMessage());
    GameFormatException inMap =
        fails(VALID.replace("{calm: 1/2, crisis: 1/2}", "{calm: 1/2, war: 1/2}"));
    assertEquals(25, inMap.line());
    assertTrue(inMap.getMessage().contains("states.crisis.transition"), inMap.getMessage());
  }

  @Test
  void wrongActionCounts() {
    GameFormatException missing =
        fails(
            VALID.replace(
                "FULL: {DEPEND: [1, 0], INDIGENIZE: [0, \"1/3\"]}", "FULL: {DEPEND: [1, 0]}"));
    assertEquals(16, missing.line());
    assertTrue(
        missing.getMessage().contains("missing action \"INDIGENIZE\""), missing.getMessage());
    GameFormatException extra =
        fails(
            VALID.replace(
                "FULL: {DEPEND: [-1, 4]",
                "TARGETED: {DEPEND: [0, 0]}\n      FULL: {DEPEND: [-1, 4]"));
    assertEquals(24, extra.line());
    assertTrue(
        extra
            .getMessage()
            .contains("unknown \"US\" action in this state: \"TARGETED\"; expected one of FULL"),
        extra.getMessage());
    GameFormatException payoffCount = fails(VALID.replace("[3, 1]", "[3, 1, 2]"));
    assertEquals(15, payoffCount.line());
    assertTrue(payoffCount.getMessage().contains("expected 2 payoffs"), payoffCount.getMessage());
    GameFormatException players = fails(VALID.replace("players: [US, China]", "players: [US]"));
    assertEquals(4, players.line());
    GameFormatException noActions =
        fails(VALID.replace("  China: [DEPEND, INDIGENIZE]\n", "  China: []\n"));
    assertEquals(11, noActions.line());
  }

  @Test
  void unknownKeys() {
    GameFormatException top = fails(VALID.replace("timing:", "timming: x\ntiming:"));
    assertEquals(7, top.line());
    assertTrue(top.getMessage().contains("unknown key \"timming\""), top.getMessage());
    GameFormatException state =
        fails(VALID.replace("    terminal: [10, 20]", "    terminals: [10, 20]"));
    assertEquals(20, state.line());
    assertTrue(state.getMessage().contains("states.calm: unknown key"), state.getMessage());
  }

  @Test
  void missingDiscount() {
    GameFormatException e = fails(VALID.replace("discount: 0.95\n", ""));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("missing key \"discount\""), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0, horizon: 3", "1.01, horizon: 3", "-1, horizon: 3", "1, horizon: infinite"})
  void discountOutOfRange(String discount, String horizon) {
    GameFormatException e =
        fails(
            VALID
                .replace("discount: 0.95", "discount: " + discount)
                .replace("horizon: 3", horizon));
    assertEquals(5, e.line());
    assertTrue(e.getMessage().contains("discount factor must be in"), e.getMessage());
  }

  @Test
  void finiteHorizonDiscountOneIsAllowed() throws GameFormatException {
    assertEquals(1.0, read(VALID.replace("discount: 0.95", "discount: 1")).game().discount());
  }

  @Test
  void valueIterationOptionsNeedAnInfiniteHorizon() {
    GameFormatException e = fails(VALID.replace("horizon: 3\n", "horizon: 3\ntolerance: 1e-6\n"));
    assertEquals(7, e.line());
    assertTrue(e.getMessage().contains("horizon: infinite"), e.getMessage());
  }

  @Test
  void badTimingAndInitial() {
    GameFormatException timing = fails(VALID.replace("leader-follower", "sequential"));
    assertEquals(7, timing.line());
    GameFormatException none =
        fails(VALID.replace("initial_distribution: {calm: 3/4, crisis: 1/4}\n", ""));
    assertTrue(none.getMessage().contains("initial_state"), none.getMessage());
    GameFormatException sum = fails(VALID.replace("crisis: 1/4}", "crisis: 1/3}"));
    assertEquals(8, sum.line());
  }
}
