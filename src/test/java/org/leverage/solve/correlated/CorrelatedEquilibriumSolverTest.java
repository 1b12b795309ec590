package org.leverage.solve.correlated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.TestGames;

class CorrelatedEquilibriumSolverTest {

  private static final CorrelatedEquilibriumSolver SOLVER =
      new CorrelatedEquilibriumSolver(CorrelatedEquilibriumSolver.Options.DEFAULT);

  private static BigFraction f(int num, int den) {
    return new BigFraction(num, den);
  }

  /** Aumann's chicken: (Dare, Chicken) for both; (C,C) = 6,6, (D,C) = 7,2, (C,D) = 2,7, (D,D) 0. */
  static NormalFormGame aumannChicken() {
    return TestGames.bimatrix(new long[][] {{0, 7}, {2, 6}}, new long[][] {{0, 2}, {7, 6}});
  }

  @Test
  void chickenClassicOneThirdIsACorrelatedEquilibriumWithWelfareTen() {
    NormalFormGame g = aumannChicken();
    // Cells in order (D,D), (C,D), (D,C), (C,C): 1/3 on each but (D,D).
    IncentiveCheck check =
        IncentiveCheck.of(
            g, new CorrelatedDistribution(List.of(BigFraction.ZERO, f(1, 3), f(1, 3), f(1, 3))));
    assertTrue(check.isCorrelatedEquilibrium(), check.toString());
    // (2 + 7) / 3 + (7 + 2) / 3 + (6 + 6) / 3 = 10.
    assertEquals(new BigFraction(10), check.payoffs().get(0).add(check.payoffs().get(1)));
  }

  @Test
  void chickenWelfareMaximumIsTwentyOneHalves() {
    // By hand: with q = p(C,C), r = p(D,C) = p(C,D) by symmetry and p(D,D) = 0, the binding
    // constraint "told C, stay C" is 6q + 2r >= 7q, i.e. q <= 2r; welfare 12q + 9 * 2r is largest
    // at q = 2r, q + 2r = 1: q = 1/2, r = 1/4, welfare 6 + 9/2 = 21/2 (Aumann 1974).
    CorrelatedOptima optima = SOLVER.solve(aumannChicken());
    assertEquals(f(21, 2), optima.welfare().welfare());
    assertEquals(
        List.of(BigFraction.ZERO, f(1, 4), f(1, 4), f(1, 2)),
        optima.welfare().distribution().probabilities());
    // Row's best: the pure equilibrium (D, C) paying it 7, above any correlation.
    assertEquals(new BigFraction(7), optima.perPlayer().get(0).payoffs().get(0));
    assertEquals(new BigFraction(7), optima.perPlayer().get(1).payoffs().get(1));
  }

  @Test
  void bundledChickenOneThirdIsACorrelatedEquilibrium() {
    // games/chicken.nfg: (Swerve, Straight); (S,S) 0,0; (St,S) 1,-1; (S,St) -1,1; (St,St) -10,-10.
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{0, -1}, {1, -10}}, new long[][] {{0, 1}, {-1, -10}});
    IncentiveCheck check =
        IncentiveCheck.of(
            g, new CorrelatedDistribution(List.of(f(1, 3), f(1, 3), f(1, 3), BigFraction.ZERO)));
    assertTrue(check.isCorrelatedEquilibrium());
    // Welfare 0 on every cell but the crash, so the maximum is 0.
    assertEquals(BigFraction.ZERO, SOLVER.solve(g).welfare().welfare());
  }

  @Test
  void shapleysGameWelfareMaximumIsOne() {
    // Shapley's game: rows a[i][j], columns b[i][j]; every off-diagonal cell pays 1 in total and
    // the diagonal 0, so no distribution has welfare above 1. The uniform distribution on the six
    // off-diagonal cells reaches 1 and is a correlated equilibrium: told strategy 1, Row's cells
    // (1,2), (1,3) pay it 1 + 0; switching to 2 pays 0 + 1, to 3 pays 0 + 0, so no gain; the same
    // for every strategy and for Column by symmetry. Its unique Nash equilibrium (uniform) has
    // welfare 2/3.
    NormalFormGame g =
        TestGames.bimatrix(
            new long[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}},
            new long[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
    BigFraction sixth = f(1, 6);
    IncentiveCheck uniformOffDiagonal =
        IncentiveCheck.of(
            g,
            new CorrelatedDistribution(
                List.of(
                    BigFraction.ZERO,
                    sixth,
                    sixth,
                    sixth,
                    BigFraction.ZERO,
                    sixth,
                    sixth,
                    sixth,
                    BigFraction.ZERO)));
    assertTrue(uniformOffDiagonal.isCorrelatedEquilibrium());
    CorrelatedOptima optima = SOLVER.solve(g);
    assertEquals(BigFraction.ONE, optima.welfare().welfare());
    for (int c : new int[] {0, 4, 8}) {
      assertEquals(BigFraction.ZERO, optima.welfare().distribution().probabilities().get(c));
    }
    BigFraction nashWelfare = f(2, 3);
    assertTrue(optima.welfare().welfare().compareTo(nashWelfare) > 0);
  }

  @Test
  void threePlayersWithADummyReduceToChicken() {
    // Players 1 and 2 play Aumann's chicken whatever player 3 does; player 3 always gets 0. The
    // welfare maximum is chicken's, 21/2, and player 3's two strategies split it in any way.
    int[][] cells = new int[8][];
    int[][] chicken = {{0, 0}, {2, 7}, {7, 2}, {6, 6}};
    for (int c = 0; c < 8; c++) {
      int[] two = chicken[c % 4];
      cells[c] = new int[] {two[0], two[1], 0};
    }
    NormalFormGame g = TestGames.ofInts("chicken and a dummy", new int[] {2, 2, 2}, cells);
    CorrelatedOptima optima = SOLVER.solve(g);
    assertEquals(f(21, 2), optima.welfare().welfare());
    assertEquals(3, optima.perPlayer().size());
    assertEquals(new BigFraction(7), optima.perPlayer().get(1).payoffs().get(1));
  }

  @Test
  void threePlayerCoordinationIsBestWhenAllMatch() {
    // Each gets 1 when all three choose the same strategy, else 0; the all-equal cells are Nash
    // equilibria of welfare 3, the most any cell pays.
    int[][] cells = new int[8][];
    for (int c = 0; c < 8; c++) {
      int v = c == 0 || c == 7 ? 1 : 0;
      cells[c] = new int[] {v, v, v};
    }
    CorrelatedOptima optima =
        SOLVER.solve(TestGames.ofInts("coordination", new int[] {2, 2, 2}, cells));
    assertEquals(new BigFraction(3), optima.welfare().welfare());
  }

  /** Every Nash equilibrium, as a product distribution, is a correlated equilibrium. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void everyNashEquilibriumIsACorrelatedEquilibriumAndNoBetter(long seed) {
    Random random = new Random(seed);
    NormalFormGame g =
        TestGames.randomBimatrix(seed, 2 + random.nextInt(3), 2 + random.nextInt(3), 4);
    CorrelatedOptima optima = SOLVER.solve(g);
    List<MixedProfile> nash = new EnumMixedSolver().solve(g).equilibria();
    assertFalse(nash.isEmpty());
    for (MixedProfile p : nash) {
      IncentiveCheck check = IncentiveCheck.of(g, CorrelatedDistribution.product(g, p));
      assertTrue(check.isCorrelatedEquilibrium(), () -> "seed " + seed + ": " + check);
      BigFraction welfare = check.payoffs().get(0).add(check.payoffs().get(1));
      assertTrue(optima.welfare().welfare().compareTo(welfare) >= 0, "seed " + seed);
      for (int i = 0; i < 2; i++) {
        assertTrue(
            optima.perPlayer().get(i).payoffs().get(i).compareTo(check.payoffs().get(i)) >= 0);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void pureEquilibriaOfThreePlayerGamesAreCorrelatedEquilibria(long seed) {
    NormalFormGame g = TestGames.random(new Random(seed), new int[] {2, 3, 2}, 3);
    CorrelatedOptima optima = SOLVER.solve(g);
    for (MixedProfile p : new PureEquilibriumSolver().solve(g).equilibria()) {
      IncentiveCheck check = IncentiveCheck.of(g, CorrelatedDistribution.product(g, p));
      assertTrue(check.isCorrelatedEquilibrium());
      BigFraction welfare = check.payoffs().stream().reduce(BigFraction.ZERO, BigFraction::add);
      assertTrue(optima.welfare().welfare().compareTo(welfare) >= 0);
    }
  }

  @Test
  void aNonEquilibriumReportsItsExactGains() {
    // All mass on (C, C) of Aumann's chicken: each player gains 7 - 6 = 1 by daring.
    IncentiveCheck check =
        IncentiveCheck.of(
            aumannChicken(),
            new CorrelatedDistribution(
                List.of(BigFraction.ZERO, BigFraction.ZERO, BigFraction.ZERO, BigFraction.ONE)));
    assertFalse(check.isCorrelatedEquilibrium());
    assertEquals(
        List.of(
            new IncentiveCheck.Gain(new IncentiveConstraint(0, 1, 0), BigFraction.ONE),
            new IncentiveCheck.Gain(new IncentiveConstraint(1, 1, 0), BigFraction.ONE)),
        check.violations());
  }

  @Test
  void tooLargeAProgramIsRefusedNamingTheOption() {
    NormalFormGame g = TestGames.randomBimatrix(1, 6, 6, 3);
    CorrelatedLimitException e =
        assertThrows(
            CorrelatedLimitException.class,
            () ->
                new CorrelatedEquilibriumSolver(new CorrelatedEquilibriumSolver.Options(1000))
                    .solve(g));
    assertTrue(e.getMessage().contains("--max-lp-size"), e.getMessage());
    assertTrue(e.getMessage().contains("60 incentive constraints"), e.getMessage());
  }

  @Test
  void theDefaultLimitTakesSixBySixAndRefusesSevenBySeven() {
    // 6x6: K = 60, (K + 2)(36 + K + 2) = 6,076 entries; 7x7: K = 84, 86 x 135 = 11,610.
    CorrelatedEquilibriumSolver.requireSize(
        TestGames.randomBimatrix(1, 6, 6, 3), CorrelatedEquilibriumSolver.DEFAULT_MAX_LP_ENTRIES);
    CorrelatedLimitException e =
        assertThrows(
            CorrelatedLimitException.class,
            () -> SOLVER.solve(TestGames.randomBimatrix(1, 7, 7, 3)));
    assertTrue(e.getMessage().contains("11610 tableau entries"), e.getMessage());
  }
}
