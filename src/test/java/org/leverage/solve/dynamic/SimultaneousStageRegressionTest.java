package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.BasisLimitException;
import org.leverage.solve.Watch;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.testing.TestGames;

/**
 * Regressions of simultaneous stage games: support enumeration by {@code 1 << m} that hung at 16
 * actions and silently lost every mixed equilibrium at 32 ({@code 1 << 32 == 1}), and a selection
 * that preferred pure equilibria where the documented canonical order puts a mixed one first.
 */
class SimultaneousStageRegressionTest {

  /** A one-state, one-period simultaneous game whose stage game is (a, b). */
  private static TabularDynamicGame oneShot(long[][] a, long[][] b) {
    int m = a.length;
    int n = a[0].length;
    TabularDynamicGame.Builder g =
        TabularDynamicGame.builder(
            List.of("row", "column"),
            List.of("s"),
            List.of(List.of(labels("r", m)), List.of(labels("c", n))));
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        g.payoffs(0, i, j, a[i][j], b[i][j]);
      }
    }
    return g.transition(0, new int[] {0}, new double[] {1}).build();
  }

  private static List<String> labels(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(prefix + k);
    }
    return out;
  }

  /** The stage game's equilibria as the dynamic solver lists them, at period 0 in state 0. */
  private static List<StageGame.Equilibrium> stageEquilibria(
      TabularDynamicGame game, DynamicSolverOptions options) {
    DynamicSolution sol = new BackwardInductionSolver(options).solve(game);
    StageGame stage = StageGameInspector.inspect(game, sol, 0, 0, ActionRestriction.NONE, options);
    assertEquals(stage.equilibria().size(), sol.equilibriumCount(0, 0));
    return stage.equilibria();
  }

  /** Equal lists, in the same (canonical) order, probabilities to rounding. */
  private static void assertSameEquilibria(
      List<MixedProfile> expected, List<StageGame.Equilibrium> actual) {
    assertEquals(expected.size(), actual.size());
    for (int e = 0; e < expected.size(); e++) {
      List<Double> flat = new ArrayList<>(actual.get(e).row());
      flat.addAll(actual.get(e).column());
      List<BigFraction> exact = expected.get(e).flatten();
      for (int k = 0; k < flat.size(); k++) {
        assertEquals(exact.get(k).doubleValue(), flat.get(k), 1e-12, "equilibrium " + e);
      }
    }
  }

  private static long[][] random(SplittableRandom r, int m, int n, int bound) {
    long[][] u = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        u[i][j] = r.nextInt(bound);
      }
    }
    return u;
  }

  @Test
  void stageGameOf16ActionsFinishesWithEnumMixedsEquilibria() {
    SplittableRandom r = new SplittableRandom(16);
    long[][] a = random(r, 16, 16, 1000);
    long[][] b = random(r, 16, 16, 1000);
    // A hang guard only: support enumeration over 6 * 10^8 support pairs never finished.
    List<StageGame.Equilibrium> found =
        assertTimeoutPreemptively(
            Duration.ofMinutes(5),
            () -> stageEquilibria(oneShot(a, b), DynamicSolverOptions.of(Timing.SIMULTANEOUS)));
    List<MixedProfile> expected =
        new EnumMixedSolver().solve(TestGames.bimatrix(a, b)).equilibria();
    assertTrue(expected.size() > 1, "a game with several equilibria: " + expected.size());
    assertSameEquilibria(expected, found);
  }

  /**
   * A random 32x32 game whose rows and columns 4..31 are strictly dominated (payoffs 0..999 against
   * 1000..1999 in the first four), so its equilibria are those of a random 4x4 core and exact
   * enumeration is quick. At 32 actions {@code 1 << 32 == 1} left support enumeration with nothing
   * to enumerate: only the pure equilibria were reported.
   */
  @Test
  void stageGameOf32ActionsReportsItsMixedEquilibria() {
    SplittableRandom r = new SplittableRandom(32);
    long[][] a = new long[32][32];
    long[][] b = new long[32][32];
    for (int i = 0; i < 32; i++) {
      for (int j = 0; j < 32; j++) {
        a[i][j] = (i < 4 ? 1000 : 0) + r.nextInt(1000);
        b[i][j] = (j < 4 ? 1000 : 0) + r.nextInt(1000);
      }
    }
    List<StageGame.Equilibrium> found =
        stageEquilibria(oneShot(a, b), DynamicSolverOptions.of(Timing.SIMULTANEOUS));
    NormalFormGame nf = TestGames.bimatrix(a, b);
    List<MixedProfile> expected = new EnumMixedSolver().solve(nf).equilibria();
    long pure =
        expected.stream()
            .filter(p -> p.flatten().stream().filter(BigFraction.ONE::equals).count() == 2)
            .count();
    assertTrue(expected.size() > pure, expected.size() + " equilibria, " + pure + " pure");
    assertSameEquilibria(expected, found);
  }

  @Test
  void tooLargeStageGameIsASolverLimitNamingTheNode() {
    SplittableRandom r = new SplittableRandom(3232);
    TabularDynamicGame game = oneShot(random(r, 32, 32, 1000), random(r, 32, 32, 1000));
    DynamicSolverOptions tight =
        new DynamicSolverOptions(
            Timing.SIMULTANEOUS,
            Tolerance.DEFAULT,
            1,
            DynamicSolverOptions.TieRule.EXACT_DOUBLE,
            DynamicSolverOptions.StageSelection.FIRST_UNDOMINATED,
            1000,
            Watch.NONE);
    BasisLimitException e =
        assertThrows(
            BasisLimitException.class, () -> new BackwardInductionSolver(tight).solve(game));
    assertTrue(
        e.getMessage().contains("32x32 simultaneous stage game at period 0, state s"),
        e.getMessage());
    assertTrue(e.getMessage().contains("leader-follower"), e.getMessage());
  }

  /**
   * Rows and columns 0, 1 form a game whose only equilibrium mixes 1/2, 1/2 and pays (37/8, 27/4);
   * (r2, c2) is a pure equilibrium paying (4, 7). Neither dominates the other. In canonical order
   * (probabilities, larger first) the mixed one, with 1/2 on r0, comes before the pure one, with 0
   * on r0, so the documented rule selects it; the code used to prefer pure equilibria.
   */
  @Test
  void firstUndominatedInCanonicalOrderMayBeMixed() {
    long[][] a = {{48, 26, 0}, {32, 42, 0}, {0, 0, 32}};
    long[][] b = {{24, 32, 0}, {30, 22, 0}, {0, 0, 28}};
    // Integer payoffs: A is 8 times and B 4 times the payoffs above (scaling changes nothing).
    NormalFormGame nf = TestGames.bimatrix(a, b);
    List<MixedProfile> all = new EnumMixedSolver().solve(nf).equilibria();
    MixedProfile mixed = all.get(0);
    BigFraction half = BigFraction.ONE_HALF;
    assertEquals(List.of(half, half, BigFraction.ZERO), mixed.strategies().get(0));
    assertEquals(List.of(half, half, BigFraction.ZERO), mixed.strategies().get(1));
    assertEquals(new BigFraction(37), ProfilePayoffs.expectedPayoff(nf, mixed, 0));
    assertEquals(new BigFraction(27), ProfilePayoffs.expectedPayoff(nf, mixed, 1));
    assertTrue(all.contains(MixedProfile.pure(nf, 2, 2)), all.toString());
    DynamicSolverOptions options = DynamicSolverOptions.of(Timing.SIMULTANEOUS);
    TabularDynamicGame game = oneShot(a, b);
    DynamicSolution sol = new BackwardInductionSolver(options).solve(game);
    assertFalse(sol.isPure(0, 0));
    assertEquals(0.5, sol.probability(0, 0, 0, 0));
    assertEquals(0.5, sol.probability(1, 0, 0, 1));
    assertEquals(37, sol.value(0, 0, 0), 1e-12);
    assertEquals(27, sol.value(1, 0, 0), 1e-12);
    assertSameEquilibria(all, stageEquilibria(game, options));
    // The other rule: the first equilibrium, whatever its payoffs, is the same one here.
    DynamicSolution first =
        new BackwardInductionSolver(
                options.withSelection(DynamicSolverOptions.StageSelection.FIRST))
            .solve(game);
    assertEquals(0.5, first.probability(0, 0, 0, 0));
  }
}
