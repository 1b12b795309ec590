package org.leverage.solve.dominance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.StrategySubset;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.dominance.DominanceEliminator.Dominator;
import org.leverage.solve.dominance.DominanceEliminator.Options;
import org.leverage.solve.dominance.DominanceEliminator.Result;
import org.leverage.solve.dominance.DominanceEliminator.Step;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.TestGames;

class DominanceEliminatorTest {

  private static final Options PURE_ONLY = new Options(false, Tolerance.DEFAULT);

  private static Result eliminate(NormalFormGame game) {
    Result result = new DominanceEliminator().eliminate(game);
    Certificates.check(game, result);
    return result;
  }

  private static StrategySubset subset(List<List<Integer>> kept) {
    return new StrategySubset(kept);
  }

  /**
   * Rows U = (3, 0), M = (0, 3), D = (1, 1) for the row player: D is dominated by no pure strategy
   * but by U and M with probability 1/2 each. The column player prefers L against U and R against
   * M, so nothing of hers is dominated.
   */
  private static NormalFormGame dominatedOnlyByAMixture() {
    return TestGames.ofInts(
        "mixture", new int[] {3, 2}, new int[][] {{3, 1}, {0, 0}, {1, 0}, {0, 0}, {3, 1}, {1, 0}});
  }

  @Test
  void removesARowDominatedOnlyByAMixture() {
    NormalFormGame g = dominatedOnlyByAMixture();
    Result result = eliminate(g);
    BigFraction half = new BigFraction(1, 2);
    // (1/2, 1/2) is the LP's unique optimum: it maximises min(3a - 1, 3(1 - a) - 1).
    assertEquals(
        List.of(new Step(1, 0, 2, "s3", new Dominator(Map.of(0, half, 1, half)))), result.steps());
    assertEquals(subset(List.of(List.of(0, 1), List.of(0, 1))), result.kept());
    assertEquals(2L, result.counters().get("rounds"));
    assertEquals(1L, result.counters().get("mixedCertified"));
  }

  @Test
  void pureOnlyKeepsARowDominatedOnlyByAMixture() {
    NormalFormGame g = dominatedOnlyByAMixture();
    Result result = new DominanceEliminator(PURE_ONLY).eliminate(g);
    assertEquals(List.of(), result.steps());
    assertEquals(StrategySubset.all(g), result.kept());
    assertEquals(0L, result.counters().get("lpSolved"));
  }

  @Test
  void prisonersDilemmaLeavesDefectDefectInOneRound() {
    NormalFormGame pd = TestGames.prisonersDilemma();
    Result result = eliminate(pd);
    assertEquals(
        List.of(
            new Step(1, 0, 0, "s1", Dominator.pure(1)), new Step(1, 1, 0, "s1", Dominator.pure(1))),
        result.steps());
    assertEquals(subset(List.of(List.of(1), List.of(1))), result.kept());
    assertEquals(List.of("s2"), result.reduced().players().get(0).strategies());
    assertEquals(new BigFraction(1), result.reduced().payoff(0, 0));
  }

  @Test
  void textbookGameNeedsThreeRounds() {
    // Gibbons (1992), section 1.1.B: Right is dominated by Middle; then Down by Up; then Left
    // by Middle, leaving (Up, Middle).
    NormalFormGame g =
        TestGames.ofInts(
            "gibbons",
            new int[] {2, 3},
            new int[][] {{1, 0}, {0, 3}, {1, 2}, {0, 1}, {0, 1}, {2, 0}});
    Result result = eliminate(g);
    assertEquals(
        List.of(
            new Step(1, 1, 2, "s3", Dominator.pure(1)),
            new Step(2, 0, 1, "s2", Dominator.pure(0)),
            new Step(3, 1, 0, "s1", Dominator.pure(1))),
        result.steps());
    assertEquals(subset(List.of(List.of(0), List.of(1))), result.kept());
    assertEquals(4L, result.counters().get("rounds"));
  }

  @Test
  void threePlayerGameEliminatesAcrossPlayers() {
    // Player 3's s2 pays one more than s1 whatever the others do; player 1 prefers s1 exactly
    // when player 3 plays s2; player 2 is indifferent everywhere, so never strictly dominated.
    int[][] payoffs = new int[8][];
    for (int c = 0; c < 8; c++) {
      int s1 = c % 2;
      int s3 = c / 4;
      payoffs[c] = new int[] {s1 == (1 - s3) ? 1 : 0, 0, s3};
    }
    NormalFormGame g = TestGames.ofInts("three", new int[] {2, 2, 2}, payoffs);
    Result result = eliminate(g);
    assertEquals(
        List.of(
            new Step(1, 2, 0, "s1", Dominator.pure(1)), new Step(2, 0, 1, "s2", Dominator.pure(0))),
        result.steps());
    assertEquals(subset(List.of(List.of(0), List.of(0, 1), List.of(1))), result.kept());
  }

  @Test
  void threePlayerGameWithAMixedDominator() {
    // Player 1's s1 pays 3 when players 2 and 3 match and s2 pays 3 when they differ; s3 pays
    // 1 always, less than the even mixture of s1 and s2 (3/2). The others are indifferent.
    int[][] payoffs = new int[12][];
    for (int c = 0; c < 12; c++) {
      int s1 = c % 3;
      boolean match = (c / 3) % 2 == c / 6;
      payoffs[c] = new int[] {s1 == 2 ? 1 : (s1 == 0) == match ? 3 : 0, 0, 0};
    }
    NormalFormGame g = TestGames.ofInts("three-mixed", new int[] {3, 2, 2}, payoffs);
    Result result = eliminate(g);
    BigFraction half = new BigFraction(1, 2);
    assertEquals(
        List.of(new Step(1, 0, 2, "s3", new Dominator(Map.of(0, half, 1, half)))), result.steps());
  }

  /** The mixture game with D = (3/2 - gap, 3/2 - gap): the even mixture beats D by gap. */
  private static NormalFormGame mixtureWithGap(BigFraction gap) {
    BigFraction d = new BigFraction(3, 2).subtract(gap);
    BigFraction[][] cells = new BigFraction[6][];
    int[][] ints = {{3, 1}, {0, 0}, {0, 0}, {0, 0}, {3, 1}, {0, 0}};
    for (int c = 0; c < 6; c++) {
      cells[c] =
          new BigFraction[] {
            c % 3 == 2 ? d : new BigFraction(ints[c][0]), new BigFraction(ints[c][1])
          };
    }
    return NormalFormGame.ofPayoffs("gap", "", TestGames.players(3, 2), cells);
  }

  @Test
  void marginAtRoundingLevelIsConservativelyKept() {
    BigFraction tiny = new BigFraction(1, 1_000_000_000_000L);
    Result result = eliminate(mixtureWithGap(tiny));
    assertEquals(List.of(), result.steps());
    assertEquals(1L, result.counters().get("lpSolved"));
    Result clear = eliminate(mixtureWithGap(new BigFraction(1, 1000)));
    assertEquals(1, clear.steps().size());
    assertFalse(clear.steps().get(0).dominator().isPure());
  }

  @Test
  void tiesAreNotStrictDominance() {
    NormalFormGame flat = TestGames.ofInts("flat", new int[] {3, 3}, new int[9][2]);
    Result result = eliminate(flat);
    assertEquals(List.of(), result.steps());
    assertEquals(flat.players(), result.reduced().players());
  }

  @Test
  void randomGamesKeepTheirPureEquilibria() {
    Random random = new Random(42L);
    int[][] shapes = {{2, 2}, {3, 3}, {4, 3}, {3, 5}, {4, 4}, {2, 2, 2}, {3, 2, 3}, {1, 4}};
    PureEquilibriumSolver pure = new PureEquilibriumSolver();
    int mixedSteps = 0;
    int steps = 0;
    for (int trial = 0; trial < 240; trial++) {
      int[] shape = shapes[trial % shapes.length];
      NormalFormGame g = TestGames.random(random, shape, trial % 3 == 0 ? 2 : 9);
      Result result = eliminate(g);
      assertFalse(Certificates.hasPureStrictlyDominated(result.reduced()), "trial " + trial);
      List<MixedProfile> equilibria = pure.solve(g).equilibria();
      for (MixedProfile e : equilibria) {
        for (int p = 0; p < g.numPlayers(); p++) {
          for (int s = 0; s < g.numStrategies(p); s++) {
            if (e.probability(p, s).equals(BigFraction.ONE)) {
              assertTrue(result.kept().kept(p).contains(s), "trial " + trial + " lost " + e);
            }
          }
        }
      }
      List<MixedProfile> reducedEquilibria =
          pure.solve(result.reduced()).equilibria().stream()
              .map(e -> result.kept().expand(g, e))
              .sorted(MixedProfile.CANONICAL_ORDER)
              .toList();
      assertEquals(equilibria, reducedEquilibria, "trial " + trial);
      steps += result.steps().size();
      mixedSteps += (int) result.steps().stream().filter(s -> !s.dominator().isPure()).count();
    }
    // The property must have been exercised by both kinds of dominator.
    assertTrue(mixedSteps > 0 && steps > mixedSteps, steps + " steps, " + mixedSteps + " mixed");
  }

  @Test
  void dominatorWeightsMustBeADistribution() {
    BigFraction third = new BigFraction(1, 3);
    assertThrows(IllegalArgumentException.class, () -> new Dominator(Map.of(0, third, 1, third)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Dominator(Map.of(0, BigFraction.ZERO, 1, BigFraction.ONE)));
    assertThrows(IllegalArgumentException.class, () -> new Step(1, 0, 1, "s2", Dominator.pure(1)));
  }
}
