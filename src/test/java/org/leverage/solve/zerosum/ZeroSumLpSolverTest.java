package org.leverage.solve.zerosum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.solve.zerosum.ZeroSumLpSolver.ZeroSumSolution;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class ZeroSumLpSolverTest {

  /**
   * Checks the solution exactly against the game: the profile is an equilibrium, the row strategy
   * guarantees the value against every column (max-min), the column strategy holds the row player
   * to it against every row (min-max), and the column player gets the rest.
   */
  private static void assertOptimal(NormalFormGame game, ZeroSumSolution s) {
    MixedProfile p = s.equilibrium();
    assertTrue(ProfilePayoffs.isNashEquilibrium(game, p), () -> "not Nash: " + p);
    BigFraction[] rowPlayerVsColumns = columnPayoffsToRowPlayer(game, p);
    BigFraction[] rowsVsY = ProfilePayoffs.strategyValues(game, p, 0);
    BigFraction maxmin = Stream.of(rowPlayerVsColumns).min(BigFraction::compareTo).orElseThrow();
    BigFraction minmax = Stream.of(rowsVsY).max(BigFraction::compareTo).orElseThrow();
    assertEquals(s.value(), maxmin, "max-min");
    assertEquals(s.value(), minmax, "min-max");
    assertEquals(s.value(), ProfilePayoffs.expectedPayoff(game, p, 0));
    assertEquals(s.columnValue(), ProfilePayoffs.expectedPayoff(game, p, 1));
  }

  /** The row player's payoff when the column player answers x with each pure column. */
  private static BigFraction[] columnPayoffsToRowPlayer(NormalFormGame game, MixedProfile p) {
    int m = game.numStrategies(0);
    int n = game.numStrategies(1);
    BigFraction[] v = new BigFraction[n];
    for (int j = 0; j < n; j++) {
      BigFraction sum = BigFraction.ZERO;
      for (int i = 0; i < m; i++) {
        sum = sum.add(p.probability(0, i).multiply(game.payoff(0, game.cellIndex(i, j))));
      }
      v[j] = sum;
    }
    return v;
  }

  static Stream<String> constantSumGames() {
    return Stream.of(
        "const_sum_game",
        "csg1",
        "csg2",
        "csg3",
        "csg4",
        "mixdom",
        "mixdom2",
        "oneill",
        "2x2const");
  }

  /**
   * The conformance games that are constant-sum: the value is optimal by the exact check above, and
   * equals the row player's payoff in Gambit's (enummixed) equilibria, all of which give the value
   * in a constant-sum game.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("constantSumGames")
  void solvesConstantSumConformanceGames(String name) {
    NormalFormGame game = Corpus.nfg("games/" + name + ".nfg");
    ZeroSumSolution s = new ZeroSumLpSolver().solveZeroSum(game);
    assertOptimal(game, s);
    List<List<BigFraction>> gambit =
        Corpus.distinctEquilibria(Corpus.expected(name + ".nfg", "enummixed"));
    assertFalse(gambit.isEmpty());
    for (List<BigFraction> flat : gambit) {
      int m = game.numStrategies(0);
      MixedProfile q = new MixedProfile(List.of(flat.subList(0, m), flat.subList(m, flat.size())));
      assertEquals(s.value(), ProfilePayoffs.expectedPayoff(game, q, 0));
    }
    assertTrue(gambit.contains(s.equilibrium().flatten()), "an extreme equilibrium is returned");
  }

  @Test
  void matchingPenniesHasValueZero() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});
    ZeroSumSolution s = new ZeroSumLpSolver().solveZeroSum(g);
    assertEquals(BigFraction.ZERO, s.value());
    assertEquals(BigFraction.ZERO, s.constant());
    assertOptimal(g, s);
    Result r = new ZeroSumLpSolver().solve(g);
    assertEquals("lp", r.method());
    assertTrue(r.exact());
    assertEquals(List.of(s.equilibrium()), r.equilibria());
  }

  @Test
  void rejectsGamesThatAreNotConstantSum() {
    NormalFormGame g = Corpus.nfg("games/non_const_sum_game.nfg");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ZeroSumLpSolver().solve(g));
    assertTrue(e.getMessage().contains("not constant-sum"), e.getMessage());
    assertTrue(e.getMessage().contains("row "), e.getMessage());
    NormalFormGame three = TestGames.ofInts("three", new int[] {1, 1, 1}, new int[][] {{1, 1, 1}});
    assertThrows(IllegalArgumentException.class, () -> new ZeroSumLpSolver().solve(three));
    assertThrows(
        IllegalArgumentException.class, () -> new ZeroSumLpSolver.Options(Tolerance.DEFAULT, 0));
  }

  /** Seeded random constant-sum games, payoffs with fractions and ties, sizes 1x1 to 9x7. */
  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomConstantSumGamesAreSolvedExactly(long seed) {
    NormalFormGame g = TestGames.randomConstantSum(seed);
    ZeroSumSolution s = new ZeroSumLpSolver().solveZeroSum(g);
    assertOptimal(g, s);
    // The exact simplex alone (the floating LP stopped after one iteration) agrees on the value.
    ZeroSumSolution exact =
        new ZeroSumLpSolver(new ZeroSumLpSolver.Options(Tolerance.DEFAULT, 1)).solveZeroSum(g);
    assertOptimal(g, exact);
    assertEquals(s.value(), exact.value());
  }

  @Test
  void floatingLpIsCertifiedOnGenericGames() {
    NormalFormGame g = TestGames.randomConstantSum(1);
    assertTrue(new ZeroSumLpSolver().solveZeroSum(g).fromFloatingLp());
  }
}
