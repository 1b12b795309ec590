package org.leverage.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.IterationLimitException;
import org.leverage.solve.PivotLimitException;
import org.leverage.testing.TestGames;

/**
 * The contract of {@code simpdiv} and {@code gnm}: games with a known unique equilibrium, seeded
 * random games of three and four players checked by regret, degenerate games, reproducibility, and
 * the limits with the options that raise them.
 */
class PathMethodsTest {

  static Stream<Arguments> solvers() {
    return Stream.of(
        Arguments.of(SimplicialSubdivisionSolver.METHOD, new SimplicialSubdivisionSolver()),
        Arguments.of(GlobalNewtonSolver.METHOD, new GlobalNewtonSolver()));
  }

  private static NormalFormGame pennies() {
    return TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});
  }

  /**
   * Jordan's cyclic matching pennies: 1 wants to match 2, 2 to match 3, 3 to mismatch 1. Its only
   * equilibrium has everyone mixing half and half.
   */
  private static NormalFormGame cyclicPennies() {
    int[][] cells = new int[8][];
    for (int c = 0; c < 8; c++) {
      int s1 = c % 2;
      int s2 = (c / 2) % 2;
      int s3 = c / 4;
      cells[c] = new int[] {s1 == s2 ? 1 : 0, s2 == s3 ? 1 : 0, s3 != s1 ? 1 : 0};
    }
    return TestGames.ofInts("cyclic pennies", new int[] {2, 2, 2}, cells);
  }

  private static void assertUniform(ApproximateSolver.Result result) {
    assertEquals(1, result.equilibria().size(), result.toString());
    for (double x : result.equilibria().get(0).profile().flatten()) {
      assertEquals(0.5, x, 1e-9, result.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void matchingPenniesHasItsUniqueMixedEquilibrium(String method, ApproximateSolver solver) {
    ApproximateSolver.Result result = solver.solve(pennies());
    assertEquals(method, result.method());
    assertUniform(result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void threePlayerCyclicPenniesHasItsUniqueMixedEquilibrium(String method, ApproximateSolver s) {
    assertUniform(s.solve(cyclicPennies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void seededRandomGamesGiveEquilibriaBelowTolerance(String method, ApproximateSolver solver) {
    Random random = new Random(2026);
    // gnm's step control stalls on some random four-player games (a known limitation, reported
    // as the step limit): it is checked on three players here.
    int[][] shapes =
        solver instanceof GlobalNewtonSolver
            ? new int[][] {{3, 3, 3}, {4, 3, 3}, {4, 4, 3}}
            : new int[][] {{3, 3, 3}, {4, 3, 3}, {3, 3, 3, 3}, {4, 4, 4, 4}};
    for (int round = 0; round < 3; round++) {
      for (int[] shape : shapes) {
        NormalFormGame game = TestGames.random(random, shape, 99);
        ApproximateSolver.Result result =
            solver instanceof GlobalNewtonSolver ? gnmWithReseeding(game) : solver.solve(game);
        assertFalse(result.equilibria().isEmpty(), method + " on " + game.shape());
        for (ApproximateSolver.Equilibrium e : result.equilibria()) {
          double regret = e.profile().maxRegret(game);
          assertTrue(regret < result.tolerance(), method + ": regret " + regret);
          assertEquals(regret, e.regret());
        }
      }
    }
  }

  /**
   * gnm as its limit message advises: on a step limit, another seed. Some random games stall the
   * path at a kink (a known limitation of this step control).
   */
  private static ApproximateSolver.Result gnmWithReseeding(NormalFormGame game) {
    for (long seed = 1; ; seed++) {
      try {
        return new GlobalNewtonSolver(new GlobalNewtonSolver.Options(seed, 2000, 1e-8)).solve(game);
      } catch (IterationLimitException e) {
        if (seed == 4) {
          throw e;
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void allPayoffsEqualGivesAnEquilibriumWithZeroRegret(String method, ApproximateSolver solver) {
    int[][] cells = new int[12][];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = new int[] {7, 7, 7};
    }
    NormalFormGame game = TestGames.ofInts("flat", new int[] {2, 3, 2}, cells);
    ApproximateSolver.Result result = solver.solve(game);
    assertFalse(result.equilibria().isEmpty());
    assertEquals(0, result.equilibria().get(0).regret());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void duplicatedStrategiesStillGiveEquilibria(String method, ApproximateSolver solver) {
    // Matching pennies with the row player's first strategy given twice.
    NormalFormGame game =
        TestGames.bimatrix(
            new long[][] {{1, -1}, {1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {-1, 1}, {1, -1}});
    ApproximateSolver.Result result = solver.solve(game);
    assertFalse(result.equilibria().isEmpty());
    for (ApproximateSolver.Equilibrium e : result.equilibria()) {
      assertTrue(e.profile().maxRegret(game) < result.tolerance());
      double[] x = e.profile().flatten();
      assertEquals(0.5, x[0] + x[1], 1e-9);
      assertEquals(0.5, x[3], 1e-9);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void sameRunSameResult(String method, ApproximateSolver solver) {
    NormalFormGame game = TestGames.random(new Random(7), new int[] {3, 3, 3}, 99);
    assertEquals(solver.solve(game), solver.solve(game));
  }

  @Test
  void simpdivRefinementLimitNamesItsOption() {
    SimplicialSubdivisionSolver solver =
        new SimplicialSubdivisionSolver(
            new SimplicialSubdivisionSolver.Options(Optional.empty(), 2, 0, 1_000_000, 1e-300));
    NormalFormGame game = TestGames.random(new Random(7), new int[] {3, 3, 3}, 99);
    IterationLimitException e =
        assertThrows(IterationLimitException.class, () -> solver.solve(game));
    assertTrue(e.getMessage().contains("--max-refinements 0"), e.getMessage());
  }

  @Test
  void simpdivPivotLimitNamesItsOption() {
    SimplicialSubdivisionSolver solver =
        new SimplicialSubdivisionSolver(
            new SimplicialSubdivisionSolver.Options(Optional.empty(), 64, 30, 3, 1e-8));
    PivotLimitException e =
        assertThrows(PivotLimitException.class, () -> solver.solve(cyclicPennies()));
    assertTrue(e.getMessage().contains("--max-pivots 3"), e.getMessage());
  }

  @Test
  void gnmStepLimitNamesItsOption() {
    GlobalNewtonSolver solver = new GlobalNewtonSolver(new GlobalNewtonSolver.Options(1, 2, 1e-8));
    IterationLimitException e =
        assertThrows(IterationLimitException.class, () -> solver.solve(cyclicPennies()));
    assertTrue(e.getMessage().contains("--max-steps 2"), e.getMessage());
  }

  @Test
  void gnmSeedChangesTheRayNotTheValidity() {
    NormalFormGame game = TestGames.random(new Random(11), new int[] {3, 3, 3}, 99);
    for (long seed = 1; seed <= 5; seed++) {
      ApproximateSolver.Result result =
          new GlobalNewtonSolver(new GlobalNewtonSolver.Options(seed, 10_000, 1e-8)).solve(game);
      assertFalse(result.equilibria().isEmpty(), "seed " + seed);
      result.equilibria().forEach(e -> assertTrue(e.profile().maxRegret(game) < 1e-8));
    }
  }

  @Test
  void simpdivStartsWhereAsked() {
    // Two pure equilibria (A, A) and (B, B): starting at (B, B) finds (B, B).
    NormalFormGame game =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{2, 0}, {0, 1}});
    var start = org.leverage.game.DecimalProfile.normalised(new double[][] {{0, 1}, {0, 1}});
    ApproximateSolver.Result result =
        new SimplicialSubdivisionSolver(
                new SimplicialSubdivisionSolver.Options(
                    Optional.of(start), 16, 30, 1_000_000, 1e-8))
            .solve(game);
    assertEquals(start, result.equilibria().get(0).profile());
  }
}
