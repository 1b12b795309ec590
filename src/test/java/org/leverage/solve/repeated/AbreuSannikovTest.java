package org.leverage.solve.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.IterationLimitException;

/**
 * Abreu-Sannikov against QuantEcon's published vertices ({@code test_repeated_game.py}: the paper's
 * 3x3 example at delta 0.3 and a prisoner's dilemma at delta 0.9), closed forms for the prisoner's
 * dilemma, and properties on seeded random games.
 */
class AbreuSannikovTest {

  /** Agreement with reference values, relative to the payoff scale. */
  private static final double REFERENCE = 1e-6;

  /** Slack of the geometric property checks (the solver's own error is about 1e-11). */
  private static final double SLACK = 1e-7;

  private static final AbreuSannikov SOLVER = new AbreuSannikov();

  static NormalFormGame pd(String t, String r, String p, String s) {
    return RepeatedGamesTest.pd(t, r, p, s);
  }

  /**
   * The example of Abreu and Sannikov (2014, sec. 6), delta 0.3; QuantEcon's test lists the six
   * vertices (to 9 significant digits; its 4.44e-16 is 0).
   */
  @Test
  void abreuSannikovPaperExampleMatchesQuantEcon() {
    NormalFormGame g =
        RepeatedGamesTest.game(
            List.of("U", "M", "D"),
            List.of("L", "M", "R"),
            new String[][][] {
              {{"16", "9"}, {"3", "13"}, {"0", "3"}},
              {{"21", "1"}, {"10", "4"}, {"-1", "0"}},
              {{"9", "0"}, {"5", "-4"}, {"-5", "-15"}}
            });
    AbreuSannikov.Result r = SOLVER.solve(g, new BigFraction(3, 10));
    assertVertices(
        new double[][] {
          {7.33770472, 10.9826253},
          {1.12568240, 2.8},
          {7.33770472, 0},
          {7.86308964, 0},
          {19.7917977, 2.8},
          {15.5630896, 9.1}
        },
        r,
        21);
    // Canonical order: counterclockwise from the smallest u0.
    assertEquals(1.12568240, r.vertices().get(0).u0(), REFERENCE * 21);
    assertEquals(7.33770472, r.vertices().get(1).u0(), REFERENCE * 21);
    assertEquals(0, r.vertices().get(1).u1(), REFERENCE * 21);
    assertEquals(1.12568240, r.punishments().get(0), REFERENCE * 21);
    assertEquals(0, r.punishments().get(1), REFERENCE * 21);
    assertTrue(r.iterations() > 1, "the example needs several iterations");
    assertSelfGenerating(g, 0.3, r);
  }

  /**
   * QuantEcon's prisoner's dilemma (R 9, S 1, T 10, P 3) at delta 0.9: every feasible payoff with
   * both players at least P, i.e. the corners (3, 3), (9.75, 3), (9, 9), (3, 9.75) (the edge from
   * (10, 1) to (9, 9) meets u = 3 at 9.75).
   */
  @Test
  void prisonersDilemmaMatchesQuantEcon() {
    NormalFormGame g = pd("10", "9", "3", "1");
    AbreuSannikov.Result r = SOLVER.solve(g, 0.9);
    assertVertices(new double[][] {{3, 3}, {9.75, 3}, {9, 9}, {3, 9.75}}, r, 10);
    assertSelfGenerating(g, 0.9, r);
    assertEquals(new AbreuSannikov.Vertex(3, 3), round(r.vertices().get(0)));
  }

  /**
   * Cooperation (R, R) is an SPE payoff iff grim trigger to mutual defection sustains it, delta >=
   * (T - R) / (T - P) = 1/7 here, because P is both the stage equilibrium and the pure minmax
   * value, the harshest punishment. Below it the only pure SPE repeats (D, D).
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.13, 0.15, 0.3, 0.6})
  void prisonersDilemmaCooperationThreshold(double delta) {
    NormalFormGame g = pd("10", "9", "3", "1");
    AbreuSannikov.Result r = SOLVER.solve(g, delta);
    assertSelfGenerating(g, delta, r);
    double threshold = 1.0 / 7;
    assertEquals(delta >= threshold, distance(r, 9, 9) <= SLACK, "(9, 9) in V* at " + delta);
    if (delta < threshold) {
      assertEquals(List.of(new AbreuSannikov.Vertex(3, 3)), List.of(round(r.vertices().get(0))));
      assertEquals(1, r.vertices().size());
    }
  }

  @Test
  void noPureEquilibriumPossible() {
    // Matching pennies: with pure minmax values (1, 1) no feasible payoff is individually
    // rational, so V* is empty before any iteration.
    NormalFormGame pennies =
        RepeatedGamesTest.game(
            List.of("H", "T"),
            List.of("H", "T"),
            new String[][][] {{{"1", "-1"}, {"-1", "1"}}, {{"-1", "1"}, {"1", "-1"}}});
    AbreuSannikov.Result r = SOLVER.solve(pennies, 0.9);
    assertTrue(r.empty());
    assertEquals(0, r.iterations());
    assertTrue(r.punishments().isEmpty());
  }

  /**
   * No pure stage equilibrium, yet pure SPE exist at delta 1/2. Rows T, B; columns L, M, R. Pure
   * minmax values (-2, -1); the individually rational feasible set is the triangle (-2, -1), (2/5,
   * -1), (-2, 2) (its long side lies on the Pareto edge from (B, M) = (-2, 2) to (T, R) = (2, -3)),
   * which contains V*, and it generates itself: (B, M) forever (column's gain 1 is deterred by the
   * punishment -1, 1 <= 2 - (-1)); (-2, -1) by (T, M) then (-1, -1); (2/5, -1) by (T, R) then
   * (-6/5, 1) with the column's constraint binding. At delta 1/5 every profile has a deviation gain
   * of at least 1, worth 4 in continuation payoff, more than the set's spread in either coordinate:
   * empty.
   */
  @Test
  void nonEmptyWithoutPureStageEquilibrium() {
    NormalFormGame g =
        RepeatedGamesTest.game(
            List.of("T", "B"),
            List.of("L", "M", "R"),
            new String[][][] {
              {{"1", "-2"}, {"-3", "-1"}, {"2", "-3"}},
              {{"-1", "-2"}, {"-2", "2"}, {"-3", "3"}}
            });
    assertTrue(pureEquilibriumPayoffs(g).isEmpty());
    AbreuSannikov.Result r = SOLVER.solve(g, new BigFraction(1, 2));
    assertVertices(new double[][] {{-2, -1}, {0.4, -1}, {-2, 2}}, r, 3);
    assertEquals(-2, r.vertices().get(0).u0(), REFERENCE * 3);
    assertEquals(-1, r.vertices().get(0).u1(), REFERENCE * 3);
    assertSelfGenerating(g, 0.5, r);
    AbreuSannikov.Result none = SOLVER.solve(g, new BigFraction(1, 5));
    assertTrue(none.empty());
    assertEquals(1, none.iterations());
  }

  @Test
  void optionsAndArgumentsAreChecked() {
    NormalFormGame g = pd("10", "9", "3", "1");
    assertThrows(IllegalArgumentException.class, () -> SOLVER.solve(g, 1.0));
    assertThrows(IllegalArgumentException.class, () -> SOLVER.solve(g, BigFraction.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> SOLVER.solve(new RepeatedGame(g, new BigFraction(1, 2), OptionalInt.of(3))));
    assertThrows(
        IllegalArgumentException.class, () -> new AbreuSannikov.Options(0, 10, Tolerance.DEFAULT));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AbreuSannikov.Options(1e-9, 0, Tolerance.DEFAULT));
    // The same set through RepeatedGame.
    assertEquals(
        SOLVER.solve(g, new BigFraction(9, 10)).vertices(),
        SOLVER.solve(new RepeatedGame(g, new BigFraction(9, 10), OptionalInt.empty())).vertices());
  }

  @Test
  void iterationLimitSaysWhatToTry() {
    NormalFormGame g =
        RepeatedGamesTest.game(
            List.of("U", "M", "D"),
            List.of("L", "M", "R"),
            new String[][][] {
              {{"16", "9"}, {"3", "13"}, {"0", "3"}},
              {{"21", "1"}, {"10", "4"}, {"-1", "0"}},
              {{"9", "0"}, {"5", "-4"}, {"-5", "-15"}}
            });
    AbreuSannikov limited =
        new AbreuSannikov(new AbreuSannikov.Options(1e-12, 2, new Tolerance(1e-12, 1e-9)));
    IterationLimitException e =
        assertThrows(IterationLimitException.class, () -> limited.solve(g, 0.3));
    assertTrue(e.getMessage().contains("try a smaller one"), e.getMessage());
    assertTrue(e.getMessage().contains("Hausdorff change"), e.getMessage());
  }

  /**
   * On seeded random games of 2x2 to 3x3 with integer payoffs in [-4, 4]: V* lies in the feasible
   * set with each player at least its pure minmax value; it contains every pure stage equilibrium's
   * payoffs; it is empty at small delta without a pure stage equilibrium; and it grows with delta
   * (APS 1990: with public randomisation a convex self-generating set at delta self-generates at
   * any larger delta).
   */
  @Test
  void randomGamesProperties() {
    SplittableRandom random = new SplittableRandom(20261128L);
    double[] deltas = {0.02, 0.3, 0.6, 0.85};
    for (int trial = 0; trial < 60; trial++) {
      int m = 2 + random.nextInt(2);
      int n = 2 + random.nextInt(2);
      NormalFormGame g = randomGame(random, m, n);
      List<PayoffPoint> ir = PayoffSets.of(g, false).individuallyRational();
      List<double[]> equilibria = pureEquilibriumPayoffs(g);
      AbreuSannikov.Result previous = null;
      for (double delta : deltas) {
        AbreuSannikov.Result r = SOLVER.solve(g, delta);
        String where = g + " at " + delta;
        if (!r.empty()) {
          assertSelfGenerating(g, delta, r);
        }
        for (AbreuSannikov.Vertex v : r.vertices()) {
          assertTrue(insideExact(ir, v.u0(), v.u1()), where + ": " + v + " outside " + ir);
        }
        for (double[] e : equilibria) {
          assertTrue(distance(r, e[0], e[1]) <= SLACK, where + ": misses equilibrium payoff");
        }
        if (equilibria.isEmpty() && delta < 0.05) {
          assertTrue(r.empty(), where + ": nonempty without a pure equilibrium at tiny delta");
        }
        if (previous != null) {
          for (AbreuSannikov.Vertex v : previous.vertices()) {
            assertTrue(distance(r, v.u0(), v.u1()) <= SLACK, where + ": shrank at " + v);
          }
        }
        previous = r;
      }
    }
  }

  private static NormalFormGame randomGame(SplittableRandom random, int m, int n) {
    String[][][] u = new String[m][n][2];
    for (String[][] row : u) {
      for (String[] cell : row) {
        cell[0] = Integer.toString(random.nextInt(-4, 5));
        cell[1] = Integer.toString(random.nextInt(-4, 5));
      }
    }
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      rows.add("r" + a);
    }
    for (int b = 0; b < n; b++) {
      cols.add("c" + b);
    }
    return RepeatedGamesTest.game(rows, cols, u);
  }

  /** The payoffs of every pure Nash equilibrium, by checking each cell's best responses. */
  private static List<double[]> pureEquilibriumPayoffs(NormalFormGame g) {
    List<double[]> out = new ArrayList<>();
    for (int c = 0; c < g.numCells(); c++) {
      boolean stable = true;
      for (int p = 0; p < 2; p++) {
        int[] profile = g.strategiesOfCell(c);
        for (int d = 0; d < g.numStrategies(p); d++) {
          profile[p] = d;
          stable &= g.payoff(p, g.cellIndex(profile)).compareTo(g.payoff(p, c)) <= 0;
        }
      }
      if (stable) {
        out.add(new double[] {g.payoffAsDouble(0, c), g.payoffAsDouble(1, c)});
      }
    }
    return out;
  }

  /** Whether (x, y) lies within SLACK of the exact convex polygon (counterclockwise vertices). */
  private static boolean insideExact(List<PayoffPoint> polygon, double x, double y) {
    int n = polygon.size();
    if (n == 0) {
      return false;
    }
    if (n <= 2) {
      double ax = polygon.get(0).u0().doubleValue();
      double ay = polygon.get(0).u1().doubleValue();
      double bx = polygon.get(n - 1).u0().doubleValue();
      double by = polygon.get(n - 1).u1().doubleValue();
      double len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
      double t = len2 == 0 ? 0 : ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2;
      t = Math.max(0, Math.min(1, t));
      return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) <= SLACK;
    }
    for (int k = 0; k < n; k++) {
      PayoffPoint a = polygon.get(k);
      PayoffPoint b = polygon.get((k + 1) % n);
      double ex = b.u0().doubleValue() - a.u0().doubleValue();
      double ey = b.u1().doubleValue() - a.u1().doubleValue();
      double cross = ex * (y - a.u1().doubleValue()) - ey * (x - a.u0().doubleValue());
      if (cross < -SLACK * Math.hypot(ex, ey)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Asserts that the result is self-generating (APS 1990, Theorem 1, so contained in V*, up to
   * SLACK): each vertex v is {@code (1 - delta) g(a) + delta w} for some profile a and a point w of
   * the polygon with {@code w_i >= P_i + (1 - delta) / delta * h_i(a)}, P the polygon's smallest
   * coordinates. With public randomisation the vertices generate the whole polygon. Checked from
   * the stage game's exact payoffs, independently of the solver's internals.
   */
  private static void assertSelfGenerating(NormalFormGame g, double delta, AbreuSannikov.Result r) {
    double p0 = r.vertices().stream().mapToDouble(AbreuSannikov.Vertex::u0).min().orElseThrow();
    double p1 = r.vertices().stream().mapToDouble(AbreuSannikov.Vertex::u1).min().orElseThrow();
    double slack = SLACK * scale(g) / delta;
    for (AbreuSannikov.Vertex v : r.vertices()) {
      boolean generated = false;
      for (int c = 0; c < g.numCells() && !generated; c++) {
        double w0 = (v.u0() - (1 - delta) * g.payoffAsDouble(0, c)) / delta;
        double w1 = (v.u1() - (1 - delta) * g.payoffAsDouble(1, c)) / delta;
        generated =
            w0 >= p0 + (1 - delta) / delta * gain(g, 0, c) - slack
                && w1 >= p1 + (1 - delta) / delta * gain(g, 1, c) - slack
                && distance(r, w0, w1) <= slack;
      }
      assertTrue(generated, () -> v + " is not generated by " + r.vertices() + " at " + delta);
    }
  }

  /** Player p's best one-period gain from deviating in cell c. */
  private static double gain(NormalFormGame g, int p, int c) {
    int[] profile = g.strategiesOfCell(c);
    double best = g.payoffAsDouble(p, c);
    for (int d = 0; d < g.numStrategies(p); d++) {
      profile[p] = d;
      best = Math.max(best, g.payoffAsDouble(p, g.cellIndex(profile)));
    }
    return best - g.payoffAsDouble(p, c);
  }

  private static double scale(NormalFormGame g) {
    double s = 1;
    for (int c = 0; c < g.numCells(); c++) {
      s = Math.max(s, Math.max(Math.abs(g.payoffAsDouble(0, c)), Math.abs(g.payoffAsDouble(1, c))));
    }
    return s;
  }

  /** The distance from (x, y) to the result's polygon (infinite when empty). */
  private static double distance(AbreuSannikov.Result r, double x, double y) {
    List<AbreuSannikov.Vertex> v = r.vertices();
    double[] xs = v.stream().mapToDouble(AbreuSannikov.Vertex::u0).toArray();
    double[] ys = v.stream().mapToDouble(AbreuSannikov.Vertex::u1).toArray();
    return FloatPolygon.hull(xs, ys, xs.length, 1e-15).distance(x, y);
  }

  private static void assertVertices(double[][] expected, AbreuSannikov.Result r, double scale) {
    assertEquals(expected.length, r.vertices().size(), () -> "vertices " + r.vertices());
    for (double[] e : expected) {
      boolean found =
          r.vertices().stream()
              .anyMatch(
                  v ->
                      Math.abs(v.u0() - e[0]) <= REFERENCE * scale
                          && Math.abs(v.u1() - e[1]) <= REFERENCE * scale);
      assertTrue(found, () -> "(" + e[0] + ", " + e[1] + ") not among " + r.vertices());
    }
  }

  private static AbreuSannikov.Vertex round(AbreuSannikov.Vertex v) {
    return new AbreuSannikov.Vertex(Math.round(v.u0() * 1e6) / 1e6, Math.round(v.u1() * 1e6) / 1e6);
  }
}
