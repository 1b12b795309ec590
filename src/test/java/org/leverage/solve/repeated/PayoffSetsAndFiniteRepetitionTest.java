package org.leverage.solve.repeated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leverage.solve.repeated.RepeatedGamesTest.q;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;

class PayoffSetsAndFiniteRepetitionTest {

  static PayoffPoint p(String a, String b) {
    return new PayoffPoint(q(a), q(b));
  }

  /**
   * Prisoner's dilemma (5, 3, 1, 0): the hull of (3,3), (0,5), (5,0), (1,1); clipped at the minmax
   * values (1, 1) the edge (0,5)-(3,3) is cut at u0 = 1, u1 = 13/3 and the edge (5,0)-(3,3) at u1 =
   * 1, u0 = 13/3.
   */
  @Test
  void prisonersDilemmaFeasibleAndIndividuallyRationalSets() {
    NormalFormGame g = RepeatedGamesTest.pd("5", "3", "1", "0");
    PayoffSets.Result r = PayoffSets.of(g, true);
    assertEquals(List.of(p("0", "5"), p("1", "1"), p("5", "0"), p("3", "3")), r.feasible());
    assertEquals(
        List.of(p("1", "1"), p("13/3", "1"), p("3", "3"), p("1", "13/3")),
        r.individuallyRational());
    assertEquals(List.of(BigFraction.ONE, BigFraction.ONE), r.minmax());
  }

  @Test
  void degenerateHullsAndMatchingPennies() {
    // Matching pennies: payoffs on the segment u0 + u1 = 0; minmax (0, 0) leaves one point.
    NormalFormGame pennies =
        RepeatedGamesTest.game(
            List.of("H", "T"),
            List.of("H", "T"),
            new String[][][] {{{"1", "-1"}, {"-1", "1"}}, {{"-1", "1"}, {"1", "-1"}}});
    PayoffSets.Result r = PayoffSets.of(pennies, true);
    assertEquals(List.of(p("-1", "1"), p("1", "-1")), r.feasible());
    assertEquals(List.of(p("0", "0")), r.individuallyRational());
    // With pure minmax values (1, 1) nothing is individually rational.
    assertTrue(PayoffSets.of(pennies, false).individuallyRational().isEmpty());
  }

  /**
   * Benoit-Krishna in the textbook example (Gibbons 1992, sec. 2.3.A): stage equilibria (T, L) with
   * (1, 1) and (B, R) with (3, 3); (M, M) with (4, 4) is not one (gain 1), but played twice without
   * discounting it is sustained in period 0 by (B, R) after cooperation and (T, L) after a
   * deviation (1 <= 3 - 1): total (7, 7).
   */
  @Test
  void benoitKrishnaTwoPeriodExample() {
    NormalFormGame g =
        RepeatedGamesTest.game(
            List.of("T", "M", "B"),
            List.of("L", "M", "R"),
            new String[][][] {
              {{"1", "1"}, {"5", "0"}, {"0", "0"}},
              {{"0", "5"}, {"4", "4"}, {"0", "0"}},
              {{"0", "0"}, {"0", "0"}, {"3", "3"}}
            });
    FiniteRepetition.Result r = FiniteRepetition.solve(g, 2, BigFraction.ONE);
    assertEquals(List.of(p("1", "1"), p("3", "3")), r.payoffs(1));
    assertTrue(r.payoffs(0).contains(p("7", "7")));
    List<int[]> path = r.path(p("7", "7"));
    assertArrayEquals(new int[] {1, 1}, path.get(0));
    assertArrayEquals(new int[] {2, 2}, path.get(1));
    // All of W_0 by hand: besides (M, M), the profiles (M, L) = (0, 5) and (T, M) = (5, 0) are
    // sustained by (3, 3) (gains 1 and 0); (T, R), (M, R), (B, L), (B, M) are not (a gain of 3
    // or 5 exceeds the reward 2); and the four repetitions of stage equilibria.
    assertEquals(
        List.of(p("2", "2"), p("3", "8"), p("4", "4"), p("6", "6"), p("7", "7"), p("8", "3")),
        r.payoffs(0));
    // With discount 1/3 the reward is worth 2/3 < 1: only repetitions of stage equilibria.
    assertEquals(
        List.of(p("4/3", "4/3"), p("2", "2"), p("10/3", "10/3"), p("4", "4")),
        FiniteRepetition.solve(g, 2, q("1/3")).payoffs(0));
  }

  @Test
  void uniqueStageEquilibriumIsRepeated() {
    NormalFormGame g = RepeatedGamesTest.pd("5", "3", "1", "0");
    FiniteRepetition.Result r = FiniteRepetition.solve(g, 5, q("9/10"));
    // 1 + 0.9 + 0.81 + 0.729 + 0.6561 = 4.0951
    assertEquals(List.of(p("40951/10000", "40951/10000")), r.payoffs(0));
    for (int[] profile : r.path(r.payoffs(0).get(0))) {
      assertArrayEquals(new int[] {1, 1}, profile);
    }
  }
}
