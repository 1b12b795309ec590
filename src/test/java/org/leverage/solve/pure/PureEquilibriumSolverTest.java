package org.leverage.solve.pure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.testing.TestGames;

class PureEquilibriumSolverTest {

  private static List<MixedProfile> solve(NormalFormGame game) {
    return new PureEquilibriumSolver().solve(game).equilibria();
  }

  /** Every cell, checked one by one with the exact regret test: slow but independent. */
  private static List<MixedProfile> bruteForce(NormalFormGame game) {
    List<MixedProfile> found = new ArrayList<>();
    for (int c = 0; c < game.numCells(); c++) {
      MixedProfile profile = MixedProfile.pure(game, game.strategiesOfCell(c));
      if (ProfilePayoffs.isNashEquilibrium(game, profile)) {
        found.add(profile);
      }
    }
    found.sort(MixedProfile.CANONICAL_ORDER);
    return found;
  }

  @Test
  void prisonersDilemmaHasDefectDefectOnly() {
    NormalFormGame pd = TestGames.prisonersDilemma();
    EquilibriumSolver.Result result = new PureEquilibriumSolver().solve(pd);
    assertEquals(List.of(MixedProfile.pure(pd, 1, 1)), result.equilibria());
    assertEquals("pure", result.method());
    assertTrue(result.exact());
    // Player 1 reads all four payoffs; player 2 skips the profiles where player 1 cooperates,
    // which player 1's best responses already ruled out.
    assertEquals(6L, result.counters().get("cellsChecked"));
  }

  @Test
  void battleOfTheSexesHasTwoInCanonicalOrder() {
    NormalFormGame bos =
        TestGames.ofInts("bos", new int[] {2, 2}, new int[][] {{2, 1}, {0, 0}, {0, 0}, {1, 2}});
    assertEquals(List.of(MixedProfile.pure(bos, 0, 0), MixedProfile.pure(bos, 1, 1)), solve(bos));
  }

  @Test
  void matchingPenniesHasNone() {
    NormalFormGame pennies =
        TestGames.ofInts(
            "pennies", new int[] {2, 2}, new int[][] {{1, -1}, {-1, 1}, {-1, 1}, {1, -1}});
    assertEquals(List.of(), solve(pennies));
  }

  @Test
  void constantGameHasEveryCellInCanonicalOrder() {
    NormalFormGame flat = TestGames.ofInts("flat", new int[] {2, 3}, new int[6][2]);
    List<MixedProfile> expected = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        expected.add(MixedProfile.pure(flat, i, j));
      }
    }
    assertEquals(expected, solve(flat));
  }

  @Test
  void threePlayerCoordinationHasTheTwoAgreements() {
    // Everyone gets 1 when all three choose the same strategy, 0 otherwise.
    int[][] payoffs = new int[8][3];
    payoffs[0] = new int[] {1, 1, 1};
    payoffs[7] = new int[] {1, 1, 1};
    NormalFormGame coord = TestGames.ofInts("coord3", new int[] {2, 2, 2}, payoffs);
    assertEquals(
        List.of(MixedProfile.pure(coord, 0, 0, 0), MixedProfile.pure(coord, 1, 1, 1)),
        solve(coord));
  }

  @Test
  void onePlayerGameListsEveryMaximum() {
    NormalFormGame solo = TestGames.ofInts("solo", new int[] {4}, new int[][] {{2}, {5}, {1}, {5}});
    assertEquals(List.of(MixedProfile.pure(solo, 1), MixedProfile.pure(solo, 3)), solve(solo));
  }

  @Test
  void payoffsMisorderedInDoubleAreOrderedExactly() {
    // 1/3 is larger than 0.3333333333333333333, but their double views are in the opposite
    // order: only the exact comparison finds the best response.
    BigFraction third = new BigFraction(1, 3);
    BigFraction decimal =
        new BigFraction(new BigInteger("3333333333333333333"), BigInteger.TEN.pow(19));
    assertTrue(third.doubleValue() < decimal.doubleValue());
    assertTrue(third.compareTo(decimal) > 0);
    BigFraction zero = BigFraction.ZERO;
    BigFraction[][] cells = {{third, zero}, {decimal, zero}};
    NormalFormGame g = NormalFormGame.ofPayoffs("near", "", TestGames.players(2, 1), cells);
    assertEquals(List.of(MixedProfile.pure(g, 0, 0)), solve(g));
  }

  @Test
  void payoffsBeyondDoubleRangeAreComparedExactly() {
    BigFraction huge = new BigFraction(BigInteger.TEN.pow(400));
    BigFraction hugePlusOne = huge.add(BigFraction.ONE);
    BigFraction zero = BigFraction.ZERO;
    // Player 1 prefers s2 (by one part in 10^400) against s1 of player 2, and s1 against s2.
    BigFraction[][] cells = {{huge, zero}, {hugePlusOne, zero}, {hugePlusOne, zero}, {huge, zero}};
    NormalFormGame g = NormalFormGame.ofPayoffs("huge", "", TestGames.players(2, 2), cells);
    assertEquals(List.of(MixedProfile.pure(g, 0, 1), MixedProfile.pure(g, 1, 0)), solve(g));
  }

  @Test
  void agreesWithExactRegretCheckOnRandomGames() {
    Random random = new Random(20261128L);
    int[][] shapes = {{1}, {3}, {2, 2}, {3, 4}, {5, 2}, {2, 3, 2}, {3, 3, 3}, {2, 2, 2, 3}};
    for (int trial = 0; trial < 200; trial++) {
      int[] shape = shapes[trial % shapes.length];
      NormalFormGame g = TestGames.random(random, shape, 1 + trial % 4);
      assertEquals(bruteForce(g), solve(g), () -> "game " + java.util.Arrays.toString(shape));
    }
  }

  @Test
  void tooManyEquilibriaIsASolverLimit() {
    NormalFormGame flat = TestGames.ofInts("flat", new int[] {3, 3}, new int[9][2]);
    PureEquilibriumSolver limited = new PureEquilibriumSolver(new PureEquilibriumSolver.Options(8));
    EquilibriumLimitException e =
        assertThrows(EquilibriumLimitException.class, () -> limited.solve(flat));
    assertTrue(e.getMessage().contains("more than 8 pure equilibria"), e.getMessage());
    assertEquals(
        "raise it with --max-equilibria N, or eliminate dominated strategies first (--method"
            + " dominance)",
        e.hint());
    assertTrue(e.getMessage().endsWith("; " + e.hint()), e.getMessage());
    assertEquals(
        9,
        new PureEquilibriumSolver(new PureEquilibriumSolver.Options(9))
            .solve(flat)
            .equilibria()
            .size());
  }

  @Test
  void limitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new PureEquilibriumSolver.Options(0));
  }
}
