package org.leverage.solve.lcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.game.ProfilePayoffs;
import org.leverage.numeric.Rationals;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.solve.ExactFallbackLimitException;
import org.leverage.solve.PivotLimitException;
import org.leverage.testing.TestGames;

class LemkeHowsonSolverTest {

  private static final LemkeHowsonSolver.Options EXACT =
      LemkeHowsonSolver.Options.DEFAULT.withExactPivoting(true);

  private static List<BigFraction> fractions(String... values) {
    return Stream.of(values).map(Rationals::parseOrThrow).toList();
  }

  private static void assertAllNash(NormalFormGame game, Result result) {
    assertTrue(result.exact());
    assertFalse(result.equilibria().isEmpty(), "Lemke-Howson always finds an equilibrium");
    for (MixedProfile p : result.equilibria()) {
      assertTrue(ProfilePayoffs.isNashEquilibrium(game, p), () -> "not Nash in " + game + ": " + p);
    }
  }

  @Test
  void matchingPenniesHasTheUniformEquilibrium() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});
    Result r = new LemkeHowsonSolver().solve(g);
    assertEquals(1, r.equilibria().size());
    assertEquals(fractions("1/2", "1/2", "1/2", "1/2"), r.equilibria().get(0).flatten());
    assertEquals("lcp", r.method());
  }

  @Test
  void battleOfTheSexesReachesAllThreeEquilibria() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
    Result r = new LemkeHowsonSolver().solve(g);
    assertEquals(
        List.of(
            fractions("1", "0", "1", "0"),
            fractions("2/3", "1/3", "1/3", "2/3"),
            fractions("0", "1", "0", "1")),
        TestGames.flattened(r.equilibria()));
  }

  @Test
  void allZeroGameGivesCertifiedEquilibria() {
    NormalFormGame g = TestGames.bimatrix(new long[3][3], new long[3][3]);
    assertAllNash(g, new LemkeHowsonSolver().solve(g));
    assertAllNash(g, new LemkeHowsonSolver(EXACT).solve(g));
    for (int label = 1; label <= 6; label++) {
      Result one = new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(label)).solve(g);
      assertEquals(1, one.equilibria().size());
      assertAllNash(g, one);
    }
  }

  @Test
  void rationalPayoffsAreHandledExactly() {
    BigFraction[][] cells = {
      {new BigFraction(1, 3), new BigFraction(-2, 7)},
      {new BigFraction(0), new BigFraction(5, 7)},
      {new BigFraction(-1, 3), new BigFraction(3, 7)},
      {new BigFraction(2, 3), new BigFraction(0)}
    };
    NormalFormGame g =
        NormalFormGame.ofPayoffs(
            "fractions",
            "",
            List.of(new Player("1", List.of("a", "b")), new Player("2", List.of("c", "d"))),
            cells);
    assertAllNash(g, new LemkeHowsonSolver().solve(g));
  }

  @Test
  void singlePathStopsAfterOneEquilibrium() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
    Result r = new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(1)).solve(g);
    assertEquals(List.of(fractions("1", "0", "1", "0")), TestGames.flattened(r.equilibria()));
    assertEquals(1L, r.counters().get("paths"));
  }

  @Test
  void maxEquilibriaStopsTheSearch() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
    Result r =
        new LemkeHowsonSolver(LemkeHowsonSolver.Options.DEFAULT.withMaxEquilibria(2)).solve(g);
    assertEquals(2, r.equilibria().size());
  }

  @Test
  void pivotLimitThrowsWithAMessageThatSaysWhatToDo() {
    NormalFormGame g = TestGames.randomBimatrix(7, 6, 6, 99);
    LemkeHowsonSolver.Options o = LemkeHowsonSolver.Options.singlePath(1).withMaxPivotsPerPath(1);
    PivotLimitException e =
        assertThrows(PivotLimitException.class, () -> new LemkeHowsonSolver(o).solve(g));
    assertTrue(e.getMessage().contains("did not end within 1 pivots"), e.getMessage());
    assertTrue(e.getMessage().contains("--method enummixed"), e.getMessage());
  }

  /**
   * Regression, found on a random 1000x1000 game: a floating path that fails used to be redone by
   * exact integer pivoting, which does not finish at that size. Beyond the label limit the solver
   * now stops with a message.
   */
  @Test
  void largeGamesGetNoHopelessExactFallback() {
    NormalFormGame g = TestGames.randomBimatrix(7, 201, 200, 99);
    LemkeHowsonSolver.Options o = LemkeHowsonSolver.Options.singlePath(1).withMaxPivotsPerPath(1);
    ExactFallbackLimitException e =
        assertThrows(ExactFallbackLimitException.class, () -> new LemkeHowsonSolver(o).solve(g));
    assertTrue(e.getMessage().contains("not feasible for 401 labels"), e.getMessage());
    assertTrue(e.getMessage().contains("try another --label"), e.getMessage());
  }

  /**
   * A game of 10^6 cells loads and is solved by one Lemke-Howson path: the first strategy of each
   * player is strictly dominant, so the path that drops label 1 ends after two pivots, and nothing
   * on the way is quadratic in the number of cells beyond the tableau itself.
   */
  @Test
  void millionCellGameSolvesWithOnePath() {
    int n = 1000;
    java.util.Random random = new java.util.Random(3);
    long[][] a = new long[n][n];
    long[][] b = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = i == 0 ? 100 : random.nextInt(100);
        b[i][j] = j == 0 ? 100 : random.nextInt(100);
      }
    }
    NormalFormGame g = TestGames.bimatrix(a, b);
    Result r = new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(1)).solve(g);
    assertEquals(1, r.equilibria().size());
    assertEquals(BigFraction.ONE, r.equilibria().get(0).probability(0, 0));
    assertEquals(BigFraction.ONE, r.equilibria().get(0).probability(1, 0));
  }

  @Test
  void rejectsGamesAndOptionsItCannotHandle() {
    NormalFormGame three = TestGames.ofInts("three", new int[] {1, 1, 1}, new int[][] {{1, 1, 1}});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LemkeHowsonSolver().solve(three));
    assertTrue(e.getMessage().contains("two-player"), e.getMessage());
    NormalFormGame g = TestGames.randomBimatrix(1, 2, 3, 9);
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(6)).solve(g));
    assertTrue(e.getMessage().contains("1..5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LemkeHowsonSolver.Options.singlePath(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> LemkeHowsonSolver.Options.DEFAULT.withMaxEquilibria(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> LemkeHowsonSolver.Options.DEFAULT.withMaxPivotsPerPath(0));
    assertEquals(OptionalInt.of(3), LemkeHowsonSolver.Options.singlePath(3).singlePathLabel());
  }

  static Stream<Arguments> randomGames() {
    Stream.Builder<Arguments> b = Stream.builder();
    long seed = 1;
    for (int m = 1; m <= 8; m++) {
      for (int n : new int[] {1, 2, 5, 8}) {
        for (int maxPayoff : new int[] {2, 99}) {
          b.add(Arguments.of(seed++, m, n, maxPayoff));
        }
      }
    }
    return b.build();
  }

  /**
   * Seeded random games, generic (payoffs 0..99) and highly degenerate (0..2): every result is an
   * exact equilibrium, the floating search finds the same equilibria as exact pivoting, and every
   * single path returns exactly one of them.
   */
  @ParameterizedTest(name = "seed {0}: {1}x{2}, payoffs 0..{3}")
  @MethodSource("randomGames")
  void randomGamesGiveExactEquilibria(long seed, int m, int n, int maxPayoff) {
    NormalFormGame g = TestGames.randomBimatrix(seed, m, n, maxPayoff);
    Result floating = new LemkeHowsonSolver().solve(g);
    Result exact = new LemkeHowsonSolver(EXACT).solve(g);
    assertAllNash(g, floating);
    assertEquals(exact.equilibria(), floating.equilibria());
    for (int label = 1; label <= m + n; label++) {
      Result one = new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(label)).solve(g);
      assertEquals(1, one.equilibria().size());
      assertTrue(floating.equilibria().contains(one.equilibria().get(0)));
    }
  }

  /** A tolerance that calls almost every comparison ambiguous forces the exact fallback. */
  @Test
  void ambiguousFloatingPivotsFallBackToExactPivoting() {
    NormalFormGame g = TestGames.randomBimatrix(11, 6, 6, 99);
    LemkeHowsonSolver.Options fussy =
        LemkeHowsonSolver.Options.DEFAULT.withTolerance(new Tolerance(1e-12, 0.9));
    Result r = new LemkeHowsonSolver(fussy).solve(g);
    assertTrue(r.counters().get("exactPaths") > 0);
    assertEquals(new LemkeHowsonSolver(EXACT).solve(g).equilibria(), r.equilibria());
  }

  @Test
  void solverIsStateless() {
    NormalFormGame g = TestGames.randomBimatrix(42, 5, 5, 9);
    LemkeHowsonSolver solver = new LemkeHowsonSolver();
    assertEquals(solver.solve(g), solver.solve(g));
  }
}
