package org.leverage.solve.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.numeric.Rationals;

class RepeatedGamesTest {

  private static final int C = 0;
  private static final int D = 1;

  static BigFraction q(String s) {
    return Rationals.parseOrThrow(s);
  }

  /** A two-player game from row-major payoff pairs {@code u[a0][a1] = {u0, u1}}. */
  static NormalFormGame game(List<String> rows, List<String> cols, String[][][] u) {
    int m = rows.size();
    int n = cols.size();
    BigFraction[][] cells = new BigFraction[m * n][];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < n; b++) {
        cells[a + b * m] = new BigFraction[] {q(u[a][b][0]), q(u[a][b][1])};
      }
    }
    return NormalFormGame.ofPayoffs(
        "test", "", List.of(new Player("1", rows), new Player("2", cols)), cells);
  }

  static NormalFormGame pd(String t, String r, String p, String s) {
    return game(
        List.of("C", "D"),
        List.of("C", "D"),
        new String[][][] {{{r, r}, {s, t}}, {{t, s}, {p, p}}});
  }

  @ParameterizedTest
  @CsvSource({"5, 3, 1, 0", "4, 3, 1, 0", "7/2, 3, 1/2, -1", "10, 9, 0, -3"})
  void prisonersDilemmaGrimTriggerThresholdIsTMinusROverTMinusP(
      String t, String r, String p, String s) {
    NormalFormGame g = pd(t, r, p, s);
    DiscountThreshold th =
        Sustainability.grimTrigger(g, new int[] {C, C}, MixedProfile.pure(g, D, D));
    BigFraction expected = q(t).subtract(q(r)).divide(q(t).subtract(q(p)));
    assertEquals(expected, th.discount());
    assertEquals(List.of(expected, expected), th.perPlayer());
    assertTrue(th.sustainable());
    // In the prisoner's dilemma the minmax value is P, so minmax punishment is no harsher.
    assertEquals(expected, Sustainability.minmaxPunishment(g, new int[] {C, C}, true).discount());
    assertEquals(expected, Sustainability.minmaxPunishment(g, new int[] {C, C}, false).discount());
    assertEquals(
        expected.doubleValue(),
        Sustainability.threshold(q(r).doubleValue(), q(t).doubleValue(), q(p).doubleValue()),
        1e-15);
  }

  @Test
  void profilesThatNeedNoThreatOrCannotBeSustained() {
    NormalFormGame g = pd("5", "3", "1", "0");
    assertEquals(
        BigFraction.ZERO,
        Sustainability.grimTrigger(g, new int[] {D, D}, MixedProfile.pure(g, D, D)).discount());
    // (C, D) gives player 1 S = 0 < P = 1: no discount factor below 1 sustains it.
    DiscountThreshold th =
        Sustainability.grimTrigger(g, new int[] {C, D}, MixedProfile.pure(g, D, D));
    assertFalse(th.sustainable());
    assertEquals(List.of(BigFraction.ONE, BigFraction.ZERO), th.perPlayer());
    assertEquals(1, Sustainability.threshold(0, 1, 1));
    assertEquals(0, Sustainability.threshold(5, 5, 1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Sustainability.grimTrigger(g, new int[] {C, C}, MixedProfile.pure(g, C, C)));
    assertTrue(e.getMessage().contains("must be a Nash equilibrium"), e.getMessage());
  }

  @Test
  void minmaxValuesOfMatchingPenniesAndRockPaperScissors() {
    NormalFormGame pennies =
        game(
            List.of("H", "T"),
            List.of("H", "T"),
            new String[][][] {{{"1", "-1"}, {"-1", "1"}}, {{"-1", "1"}, {"1", "-1"}}});
    for (int p = 0; p < 2; p++) {
      assertEquals(BigFraction.ONE, Minmax.pure(pennies, p).value());
      Minmax.Value mixed = Minmax.mixed(pennies, p);
      assertEquals(BigFraction.ZERO, mixed.value());
      assertEquals(List.of(q("1/2"), q("1/2")), mixed.punishment());
    }
    String[][][] rps = new String[3][3][];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        int w = Math.floorMod(a - b, 3) == 1 ? 1 : Math.floorMod(a - b, 3) == 2 ? -1 : 0;
        rps[a][b] = new String[] {Integer.toString(w), Integer.toString(-w)};
      }
    }
    NormalFormGame g = game(List.of("R", "P", "S"), List.of("R", "P", "S"), rps);
    assertEquals(BigFraction.ONE, Minmax.pure(g, 1).value());
    assertEquals(BigFraction.ZERO, Minmax.mixed(g, 1).value());
    assertEquals(List.of(q("1/3"), q("1/3"), q("1/3")), Minmax.mixed(g, 1).punishment());
  }

  /**
   * Player 1's payoffs [[2, 0], [0, 2], [1, 1]] against player 2's two actions: the punisher must
   * mix 1/2, 1/2 and the value is 1, while player 1's optimal replies include the pure third row:
   * supports of unequal size, a degenerate optimum.
   */
  @Test
  void degenerateMinmaxIsStillExact() {
    NormalFormGame g =
        game(
            List.of("a", "b", "c"),
            List.of("x", "y"),
            new String[][][] {
              {{"2", "0"}, {"0", "0"}}, {{"0", "0"}, {"2", "0"}}, {{"1", "0"}, {"1", "0"}}
            });
    Minmax.Value v = Minmax.mixed(g, 0);
    assertEquals(BigFraction.ONE, v.value());
    assertEquals(List.of(q("1/2"), q("1/2")), v.punishment());
    assertEquals(q("2"), Minmax.pure(g, 0).value());
  }

  @Test
  void automatonPayoffsAreExact() {
    NormalFormGame g = pd("5", "3", "1", "0");
    BigFraction half = q("1/2");
    StrategyAutomaton gt0 = StrategyAutomaton.grimTrigger(g, 0, new int[] {C, C}, D);
    StrategyAutomaton gt1 = StrategyAutomaton.grimTrigger(g, 1, new int[] {C, C}, D);
    StrategyAutomaton alld1 = StrategyAutomaton.always(g, 1, D);
    StrategyAutomaton alld0 = StrategyAutomaton.always(g, 0, D);
    StrategyAutomaton tft0 = StrategyAutomaton.titForTat(g, 0, C);
    StrategyAutomaton tft1 = StrategyAutomaton.titForTat(g, 1, C);
    assertEquals(List.of(q("3"), q("3")), AutomatonPlay.payoffs(g, gt0, gt1, half));
    assertEquals(List.of(q("1"), q("1")), AutomatonPlay.payoffs(g, alld0, alld1, half));
    // (C, D) once, then (D, D): (1 - d) S + d P and (1 - d) T + d P.
    assertEquals(List.of(q("1/2"), q("3")), AutomatonPlay.payoffs(g, gt0, alld1, half));
    assertEquals(List.of(q("1/2"), q("3")), AutomatonPlay.payoffs(g, tft0, alld1, half));
    assertEquals(List.of(q("3"), q("3")), AutomatonPlay.payoffs(g, tft0, gt1, q("9/10")));
    // Tit-for-tat against "defect first, then cooperate forever": (C, D), (D, C), then (C, C)
    // forever, so player 1 gets (1 - d) d T + d^2 R.
    StrategyAutomaton defectOnce =
        new StrategyAutomaton(
            "defect once",
            1,
            List.of("defect", "cooperate"),
            new int[] {D, C},
            new int[][] {{1, 1, 1, 1}, {1, 1, 1, 1}});
    BigFraction d = q("1/3");
    BigFraction expected =
        BigFraction.ONE.subtract(d).multiply(d).multiply(5).add(d.multiply(d).multiply(3));
    assertEquals(expected, AutomatonPlay.payoffs(g, tft0, defectOnce, d).get(0));
    // Tit-for-tat against tit-for-tat opening with D echoes forever: (C, D), (D, C), ...:
    // player 1 gets (1 - d)(S + d T) / (1 - d^2) = (S + d T) / (1 + d) = 5/4 at d = 1/3.
    // Player 2 gets (T + d S) / (1 + d) = 15/4.
    assertEquals(
        List.of(q("5/4"), q("15/4")),
        AutomatonPlay.payoffs(g, tft0, StrategyAutomaton.titForTat(g, 1, D), d));
  }

  @Test
  void grimTriggerIsSubgamePerfectExactlyFromTheThreshold() {
    NormalFormGame g = pd("5", "3", "1", "0");
    StrategyAutomaton gt0 = StrategyAutomaton.grimTrigger(g, 0, new int[] {C, C}, D);
    StrategyAutomaton gt1 = StrategyAutomaton.grimTrigger(g, 1, new int[] {C, C}, D);
    DeviationCheck at = AutomatonPlay.checkSubgamePerfect(g, gt0, gt1, q("1/2"));
    assertTrue(at.subgamePerfect());
    assertEquals(2, at.jointStates());
    DeviationCheck below = AutomatonPlay.checkSubgamePerfect(g, gt0, gt1, q("49/100"));
    assertFalse(below.subgamePerfect());
    // Gain (1 - d) T + d P - R = 2 - 4 d = 1/25 for both players at the start.
    assertEquals(
        List.of(
            new DeviationCheck.Deviation(0, 0, 0, D, q("1/25")),
            new DeviationCheck.Deviation(0, 0, 1, D, q("1/25"))),
        below.profitable());
  }

  @Test
  void titForTatIsNotSubgamePerfectButAlwaysDefectIs() {
    NormalFormGame g = pd("5", "3", "1", "0");
    StrategyAutomaton tft0 = StrategyAutomaton.titForTat(g, 0, C);
    StrategyAutomaton tft1 = StrategyAutomaton.titForTat(g, 1, C);
    for (String d : new String[] {"0", "1/4", "1/2", "2/3", "9/10"}) {
      assertFalse(AutomatonPlay.checkSubgamePerfect(g, tft0, tft1, q(d)).subgamePerfect(), d);
      assertTrue(
          AutomatonPlay.checkSubgamePerfect(
                  g, StrategyAutomaton.always(g, 0, D), StrategyAutomaton.always(g, 1, D), q(d))
              .subgamePerfect(),
          d);
    }
  }

  /**
   * Win-stay, lose-shift (Pavlov), written as a user automaton: cooperate after (C, C) or (D, D),
   * defect otherwise. Against itself it is subgame perfect iff delta >= (T - R) / (R - P) (when S
   * <= (1 - delta) P + delta R), i.e. 1/2 for T = 4, R = 3, P = 1, S = 0.
   */
  @Test
  void userAutomatonPavlov() {
    NormalFormGame g = pd("4", "3", "1", "0");
    // Cells: (C,C) = 0, (D,C) = 1, (C,D) = 2, (D,D) = 3.
    int[][] next = {{0, 1, 1, 0}, {0, 1, 1, 0}};
    StrategyAutomaton p0 =
        new StrategyAutomaton("pavlov", 0, List.of("C", "D"), new int[] {C, D}, next);
    StrategyAutomaton p1 =
        new StrategyAutomaton("pavlov", 1, List.of("C", "D"), new int[] {C, D}, next);
    assertTrue(AutomatonPlay.checkSubgamePerfect(g, p0, p1, q("1/2")).subgamePerfect());
    assertFalse(AutomatonPlay.checkSubgamePerfect(g, p0, p1, q("49/100")).subgamePerfect());
  }

  @Test
  void mismatchedAutomataAreRejected() {
    NormalFormGame g = pd("5", "3", "1", "0");
    StrategyAutomaton a = StrategyAutomaton.always(g, 0, D);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AutomatonPlay.payoffs(g, a, a, q("1/2")));
    assertTrue(e.getMessage().contains("one for player 2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AutomatonPlay.payoffs(g, a, StrategyAutomaton.always(g, 1, D), BigFraction.ONE));
  }

  @Test
  void linearProgramAndExactEnumerationAgreeOnSeededRandomGames() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(2024);
    for (int trial = 0; trial < 40; trial++) {
      int m = 1 + r.nextInt(4);
      int n = 1 + r.nextInt(4);
      String[][][] u = new String[m][n][];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < n; b++) {
          // Small integers make ties and degenerate optima common.
          u[a][b] = new String[] {Integer.toString(r.nextInt(-3, 4)), r.nextInt(1, 20) + "/7"};
        }
      }
      NormalFormGame g =
          game(
              List.of("a", "b", "c", "d").subList(0, m),
              List.of("w", "x", "y", "z").subList(0, n),
              u);
      for (int p = 0; p < 2; p++) {
        Minmax.Value lp = Minmax.mixed(g, p);
        Minmax.Value enumerated = Minmax.byKernelEnumeration(Minmax.payoffs(g, p), p);
        assertEquals(enumerated.value(), lp.value(), "trial " + trial + " player " + p);
        assertTrue(lp.value().compareTo(Minmax.pure(g, p).value()) <= 0);
      }
    }
  }
}
