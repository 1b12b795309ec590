package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.testing.TestGames;

class BimatrixStageSolverTest {

  private static final DynamicSolverOptions OPTIONS = DynamicSolverOptions.of(Timing.SIMULTANEOUS);

  /** Solves and writes the selected equilibrium; returns whether it is pure. */
  static boolean solveSelected(
      BimatrixStageSolver solver,
      double[] a,
      double[] b,
      int m,
      int n,
      double[] x,
      double[] y,
      double[] values) {
    solver.solve(a, b, m, n, () -> "test");
    solver.equilibrium(solver.selected(), m, n, x, y, values);
    return solver.isPure(solver.selected());
  }

  /** Regret of the selected equilibrium, for player 0 and 1. */
  static double[] regrets(double[] a, double[] b, int m, int n, double[] x, double[] y) {
    double v = 0;
    double w = 0;
    double bestRow = Double.NEGATIVE_INFINITY;
    double bestCol = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      double r = 0;
      for (int j = 0; j < n; j++) {
        r += a[i * n + j] * y[j];
        v += x[i] * y[j] * a[i * n + j];
        w += x[i] * y[j] * b[i * n + j];
      }
      bestRow = Math.max(bestRow, r);
    }
    for (int j = 0; j < n; j++) {
      double c = 0;
      for (int i = 0; i < m; i++) {
        c += x[i] * b[i * n + j];
      }
      bestCol = Math.max(bestCol, c);
    }
    return new double[] {bestRow - v, bestCol - w};
  }

  @Test
  void degenerateIntegerGamesAlwaysYieldAnEquilibrium() {
    SplittableRandom r = new SplittableRandom(99);
    BimatrixStageSolver solver = new BimatrixStageSolver(OPTIONS, 4, 4);
    int multiple = 0;
    for (int trial = 0; trial < 30_000; trial++) {
      int m = 1 + r.nextInt(4);
      int n = 1 + r.nextInt(4);
      double[] a = new double[m * n];
      double[] b = new double[m * n];
      for (int c = 0; c < m * n; c++) {
        a[c] = r.nextInt(2);
        b[c] = r.nextInt(4);
      }
      double[] x = new double[m];
      double[] y = new double[n];
      double[] values = new double[2];
      solveSelected(solver, a, b, m, n, x, y, values);
      assertTrue(solver.count() > 0, "trial " + trial);
      double[] regret = regrets(a, b, m, n, x, y);
      assertTrue(regret[0] <= 1e-9 && regret[1] <= 1e-9, "trial " + trial);
      multiple += solver.count() > 1 ? 1 : 0;
    }
    assertTrue(multiple > 0);
  }

  /**
   * A = [[1, 0, 0], [0, 0, 1]], B = [[0, 1, 2], [3, 2, 0]] has no pure equilibrium and no
   * equilibrium with supports of equal size: with x = (p, 1 - p) the column payoffs are 3(1 - p), 2
   * - p and 2p, so the middle column is a best response iff 1/2 <= p <= 2/3, and against it the
   * rows tie at 0. The extreme equilibria are p = 1/2 (column payoff 3/2) and p = 2/3 (4/3); the
   * first Pareto-dominates the second and is selected.
   */
  @Test
  void degenerateGameWithOnlyUnequalSupportsIsSolved() {
    BimatrixStageSolver solver = new BimatrixStageSolver(OPTIONS, 2, 3);
    double[] x = new double[2];
    double[] y = new double[3];
    double[] values = new double[2];
    boolean pure =
        solveSelected(
            solver,
            new double[] {1, 0, 0, 0, 0, 1},
            new double[] {0, 1, 2, 3, 2, 0},
            2,
            3,
            x,
            y,
            values);
    assertEquals(1, solver.degenerate);
    assertEquals(2, solver.count());
    assertTrue(!pure);
    assertEquals(0.5, x[0], 1e-12);
    assertEquals(1, y[1], 1e-12);
    assertEquals(0, values[0], 1e-12);
    assertEquals(1.5, values[1], 1e-12);
  }

  /**
   * Regression, found by the grid fixture under simultaneous timing: payoffs near -19,000 and
   * 79,000 whose differences are a few units. The only equilibrium mixes rows 1, 2 and both
   * columns; with the tolerance scaled by the payoff level its near-singular pivots were rejected.
   */
  @Test
  void largeContinuationLevelsWithSmallDifferences() {
    double[] a = {
      -19645.256856314565, -19573.87214648164,
      -19221.782233913436, -19137.385558243273,
      -19239.490696305653, -19136.924476762604
    };
    double[] b = {
      79587.39927065322, 79653.72869079537,
      79174.86753105815, 79194.77424369904,
      78055.32029352305, 77781.97309180904
    };
    BimatrixStageSolver solver = new BimatrixStageSolver(OPTIONS, 3, 2);
    double[] x = new double[3];
    double[] y = new double[2];
    double[] values = new double[2];
    assertTrue(!solveSelected(solver, a, b, 3, 2, x, y, values));
    assertEquals(1, solver.count());
    assertEquals(0, solver.degenerate);
    assertEquals(0, x[0]);
    // Columns indifferent: 19.9 x1 = 273.35 x2 (rounded); rows 1, 2 indifferent: 17.7 y0 = 0.46 y1.
    assertEquals((b[5] - b[4]) / ((b[5] - b[4]) - (b[3] - b[2])), x[1], 1e-9);
    double[] regret = regrets(a, b, 3, 2, x, y);
    assertTrue(regret[0] <= 1e-9 && regret[1] <= 1e-9);
  }

  /**
   * Layer (c): on seeded random games, degenerate ones (payoffs in 0..2) included, the double path
   * lists exactly enummixed's extreme equilibria in the same canonical order.
   */
  @Test
  void doublePathAgreesWithEnumMixedOnRandomGames() {
    SplittableRandom r = new SplittableRandom(2024);
    BimatrixStageSolver solver = new BimatrixStageSolver(OPTIONS, 5, 5);
    for (int trial = 0; trial < 400; trial++) {
      int m = 1 + r.nextInt(5);
      int n = 1 + r.nextInt(5);
      int bound = trial % 2 == 0 ? 3 : 1000;
      double[] a = new double[m * n];
      double[] b = new double[m * n];
      long[][] ea = new long[m][n];
      long[][] eb = new long[m][n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          ea[i][j] = r.nextInt(bound);
          eb[i][j] = r.nextInt(bound);
          a[i * n + j] = ea[i][j];
          b[i * n + j] = eb[i][j];
        }
      }
      NormalFormGame game = TestGames.bimatrix(ea, eb);
      List<MixedProfile> expected = new EnumMixedSolver().solve(game).equilibria();
      solver.solve(a, b, m, n, () -> "test");
      assertEquals(expected.size(), solver.count(), "trial " + trial);
      double[] x = new double[m];
      double[] y = new double[n];
      double[] values = new double[2];
      for (int e = 0; e < expected.size(); e++) {
        solver.equilibrium(e, m, n, x, y, values);
        List<BigFraction> p = expected.get(e).flatten();
        for (int k = 0; k < m + n; k++) {
          assertEquals(
              p.get(k).doubleValue(), k < m ? x[k] : y[k - m], 1e-9, "trial " + trial + " #" + e);
        }
      }
    }
  }
}
