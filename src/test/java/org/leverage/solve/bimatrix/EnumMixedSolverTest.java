package org.leverage.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.BasisLimitException;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class EnumMixedSolverTest {

  private static final EnumMixedSolver SOLVER = new EnumMixedSolver();
  private static final EnumMixedSolver EXACT =
      new EnumMixedSolver(
          new EnumMixedSolver.Options(
              1_000_000, 100_000_000L, EnumMixedSolver.Options.SEARCH_TOLERANCE, true));

  private static Set<MixedProfile> gambit(NormalFormGame game, String... lines) {
    return new HashSet<>(Corpus.profiles(game, "Gambit's lines", String.join("\n", lines)));
  }

  private static Set<MixedProfile> solve(NormalFormGame game) {
    Result r = SOLVER.solve(game);
    assertTrue(r.exact());
    assertEquals(EnumMixedSolver.METHOD, r.method());
    r.equilibria().forEach(e -> assertTrue(ProfilePayoffs.isNashEquilibrium(game, e)));
    Set<MixedProfile> set = new HashSet<>(r.equilibria());
    assertEquals(r.equilibria().size(), set.size(), "equilibria are distinct");
    return set;
  }

  /** Gambit's deg1.nfg: a degenerate 3x3 game whose equilibrium faces have 6 vertex pairs. */
  @Test
  void degenerateGameOneHasAllSixVertexPairs() {
    NormalFormGame g =
        TestGames.bimatrix(
            new long[][] {{1, 3, 2}, {2, 2, 2}, {3, 1, 2}},
            new long[][] {{1, 2, 3}, {3, 2, 1}, {2, 2, 2}});
    assertEquals(
        gambit(
            g,
            "NE,1,0,0,0,0,1",
            "NE,1/2,1/2,0,1/2,1/2,0",
            "NE,1/2,1/2,0,0,0,1",
            "NE,0,0,1,1,0,0",
            "NE,0,0,1,1/2,1/2,0",
            "NE,0,0,1,0,0,1"),
        solve(g));
  }

  /** Gambit's deg2.nfg. */
  @Test
  void degenerateGameTwoHasAllSevenVertexPairs() {
    NormalFormGame g =
        TestGames.bimatrix(
            new long[][] {{1, 3, 2}, {2, 2, 2}, {3, 1, 2}},
            new long[][] {{2, 2, 2}, {1, 2, 3}, {3, 2, 1}});
    assertEquals(
        gambit(
            g,
            "NE,1,0,0,0,1,0",
            "NE,1,0,0,1/2,1/2,0",
            "NE,1,0,0,0,0,1",
            "NE,0,1,0,0,0,1",
            "NE,0,0,1,1,0,0",
            "NE,0,1/2,1/2,1/2,1/2,0",
            "NE,0,1/2,1/2,0,0,1"),
        solve(g));
  }

  @Test
  void allZeroGameHasEveryPureProfile() {
    long[][] zero = new long[2][2];
    NormalFormGame g = TestGames.bimatrix(zero, zero);
    assertEquals(gambit(g, "NE,1,0,1,0", "NE,1,0,0,1", "NE,0,1,1,0", "NE,0,1,0,1"), solve(g));
  }

  @Test
  void oneByOneGameHasItsOnlyProfile() {
    NormalFormGame g = TestGames.bimatrix(new long[][] {{5}}, new long[][] {{-3}});
    assertEquals(gambit(g, "NE,1,1"), solve(g));
  }

  /** The row player has one strategy: every best response of the column player, and mixes. */
  @Test
  void oneRowGameHasEachBestResponse() {
    NormalFormGame g = TestGames.bimatrix(new long[][] {{1, 2, 3}}, new long[][] {{4, 1, 4}});
    assertEquals(gambit(g, "NE,1,1,0,0", "NE,1,0,0,1"), solve(g));
  }

  /** More than 64 labels: label sets span several words. */
  @Test
  void wideGamesUseMultiWordLabelSets() {
    long[][] a = new long[1][70];
    long[][] b = new long[1][70];
    b[0][17] = 5;
    b[0][68] = 5;
    assertEquals(2, solve(TestGames.bimatrix(a, b)).size());
    long[][] at = new long[70][1];
    at[3][0] = 1;
    assertEquals(1, solve(TestGames.bimatrix(at, new long[70][1])).size());
  }

  @Test
  void oneColumnGameHasTheBestRow() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{1}, {7}, {2}}, new long[][] {{0}, {0}, {0}});
    assertEquals(gambit(g, "NE,0,1,0,1"), solve(g));
  }

  /** Matching pennies with non-integer payoffs: the unique equilibrium mixes (1/2, 1/2). */
  @Test
  void fractionalPayoffsAreExact() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});
    assertEquals(gambit(g, "NE,1/2,1/2,1/2,1/2"), solve(g));
  }

  @Test
  void equilibriaComeInCanonicalOrder() {
    List<MixedProfile> eq =
        SOLVER.solve(TestGames.bimatrix(new long[2][2], new long[2][2])).equilibria();
    assertEquals(eq.stream().sorted(MixedProfile.CANONICAL_ORDER).toList(), eq);
    assertEquals(
        MixedProfile.pure(TestGames.bimatrix(new long[2][2], new long[2][2]), 0, 0), eq.get(0));
  }

  @Test
  void countersNameTheWorkDone() {
    Result r =
        SOLVER.solve(
            TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}}));
    // P of matching pennies is a quadrilateral: three vertices besides the origin, of which
    // two are rejected as partners in double precision and one completes the equilibrium.
    assertEquals(3L, r.counters().get("verticesP"));
    assertEquals(2L, r.counters().get("partnersRejectedInDouble"));
    assertEquals(1L, r.counters().get("partnersCheckedExactly"));
    assertEquals(0L, r.counters().get("exactTraversals"));
    Result exact =
        EXACT.solve(
            TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}}));
    assertEquals(3L, exact.counters().get("verticesQ"));
  }

  /** A tolerance that calls most decisions ambiguous makes them exact, with the same result. */
  /**
   * Regression, found by the tree CLI tests: the reduced strategic form of Gambit's
   * large_payoff_game mixes payoffs of 10^19 with payoffs of 1/2. Gambit's enummixed prints nothing
   * for it; ours must find every extreme equilibrium, which the brute-force reference enumerates
   * exactly.
   */
  @Test
  void largePayoffReducedFormMatchesBruteForce() {
    NormalFormGame g = ReducedNormalForm.of(Corpus.efg("games/large_payoff_game.efg")).game();
    Result r = SOLVER.solve(g);
    assertEquals(BruteForceVertexPairs.extremeEquilibria(g), new HashSet<>(r.equilibria()));
    assertEquals(2, r.equilibria().size());
  }

  @Test
  void ambiguousDecisionsAreTakenExactly() {
    NormalFormGame g = BimatrixGames.random(new Random(7), 4, 4, 99);
    EnumMixedSolver timid =
        new EnumMixedSolver(
            new EnumMixedSolver.Options(1000, 1_000_000L, new Tolerance(1e-9, 0.999), false));
    Result r = timid.solve(g);
    assertTrue(r.counters().get("exactDecisions") > 100, r.counters().toString());
    assertEquals(0L, r.counters().get("exactTraversals"));
    assertEquals(SOLVER.solve(g).equilibria(), r.equilibria());
    assertEquals(BruteForceVertexPairs.extremeEquilibria(g), new HashSet<>(r.equilibria()));
  }

  /**
   * In the all-zero 10 x 10 game every vertex of P lies on 19 facets, too degenerate a face to
   * search by solving, so both polytopes are enumerated and paired: every pure profile.
   */
  @Test
  void hugelyDegenerateFacesFallBackToEnumeratingBothPolytopes() {
    Result r = SOLVER.solve(TestGames.bimatrix(new long[10][10], new long[10][10]));
    assertEquals(100, r.equilibria().size());
    assertEquals(10L, r.counters().get("verticesQ"));
    assertTrue(
        r.equilibria().stream()
            .allMatch(
                e ->
                    e.flatten().stream()
                        .allMatch(p -> p.equals(BigFraction.ZERO) || p.equals(BigFraction.ONE))));
  }

  @Test
  void forceExactTraversesBothPolytopesExactly() {
    Result r = EXACT.solve(TestGames.bimatrix(new long[2][2], new long[2][2]));
    assertEquals(2L, r.counters().get("exactTraversals"));
    assertEquals(4, r.equilibria().size());
  }

  @Test
  void rejectsThreePlayers() {
    BigFraction[][] cells = new BigFraction[8][3];
    for (BigFraction[] c : cells) {
      java.util.Arrays.fill(c, BigFraction.ZERO);
    }
    NormalFormGame g = NormalFormGame.ofPayoffs("three", "", TestGames.players(2, 2, 2), cells);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SOLVER.solve(g));
    assertTrue(e.getMessage().contains("3 players"), e.getMessage());
  }

  @Test
  void tooManyEquilibriaThrowsWithAdvice() {
    EnumMixedSolver limited =
        new EnumMixedSolver(new EnumMixedSolver.Options(3, 1000L, Tolerance.DEFAULT, false));
    EquilibriumLimitException e =
        assertThrows(
            EquilibriumLimitException.class,
            () -> limited.solve(TestGames.bimatrix(new long[2][2], new long[2][2])));
    assertTrue(e.getMessage().contains("--max-equilibria"), e.getMessage());
  }

  @Test
  void tooManyBasesThrowsWithAdvice() {
    EnumMixedSolver limited =
        new EnumMixedSolver(new EnumMixedSolver.Options(100, 3L, Tolerance.DEFAULT, false));
    BasisLimitException e =
        assertThrows(
            BasisLimitException.class,
            () -> limited.solve(TestGames.bimatrix(new long[4][4], new long[4][4])));
    assertTrue(e.getMessage().contains("the most vertex enumeration visits"), e.getMessage());
  }

  @Test
  void rejectsBadOptions() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnumMixedSolver.Options(0, 10L, Tolerance.DEFAULT, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnumMixedSolver.Options(10, 0L, Tolerance.DEFAULT, false));
  }

  /**
   * Seeded random games, generic (payoffs 0..99) and degenerate (0..2): the solver, its exact
   * traversal and an independent brute-force vertex enumeration agree.
   */
  @ParameterizedTest(name = "{0}x{1} payoffs 0..{2}")
  @CsvSource({
    "2, 2, 2",
    "2, 3, 2",
    "3, 2, 2",
    "3, 3, 2",
    "3, 4, 2",
    "4, 4, 2",
    "4, 5, 2",
    "5, 5, 2",
    "2, 2, 99",
    "3, 3, 99",
    "3, 5, 99",
    "4, 4, 99",
    "5, 4, 99",
    "5, 5, 99",
    "4, 4, 1",
    "5, 5, 1"
  })
  void agreesWithBruteForceOnRandomGames(int m, int n, int maxPayoff) {
    Random random = new Random(1000L * m + 10L * n + maxPayoff);
    for (int trial = 0; trial < 12; trial++) {
      NormalFormGame g = BimatrixGames.random(random, m, n, maxPayoff);
      Set<MixedProfile> expected = BruteForceVertexPairs.extremeEquilibria(g);
      assertEquals(expected, solve(g), "trial " + trial);
      assertEquals(expected, new HashSet<>(EXACT.solve(g).equilibria()), "exact, trial " + trial);
    }
  }
}
