package org.leverage.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.io.GameFiles;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.SupportLimitException;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class EnumPolySolverTest {

  private static final EnumPolySolver SOLVER = new EnumPolySolver();

  /**
   * The bundled 3-player game: the mixed equilibrium in closed form. Each ally follows with
   * probability q, where the US is indifferent: 4q^2 + 2q(1 - q) - (1 - q)^2 = 2, so q = sqrt(7) -
   * 2; the US restricts with probability r, where an ally is indifferent: 2qr - 1 = 0.
   */
  @Test
  void exportControlCoalitionHasItsClosedFormMixedEquilibrium() throws Exception {
    NormalFormGame game = GameFiles.readNormalForm(Path.of("games/export-control-coalition.nfg"));
    ApproximateSolver.Result result = SOLVER.solve(game);
    double q = Math.sqrt(7) - 2;
    double r = 1 / (2 * q);
    double[] mixed = {r, 1 - r, q, 1 - q, q, 1 - q};
    assertTrue(result.complete());
    assertEquals(3, result.equilibria().size(), result.toString());
    assertTrue(
        result.equilibria().stream().anyMatch(e -> close(e.profile().flatten(), mixed, 1e-14)),
        result.toString());
    assertPureEqualsEnumpure(game, result);
  }

  /** Three and four players, seeded: every equilibrium is one, and the pure ones are enumpure's. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomGamesOfThreeAndFourPlayers(long seed) {
    for (int[] shape : List.of(new int[] {2, 2, 2}, new int[] {3, 2, 2}, new int[] {2, 2, 2, 2})) {
      NormalFormGame game = TestGames.random(new Random(seed), shape, 99);
      ApproximateSolver.Result result = SOLVER.solve(game);
      for (ApproximateSolver.Equilibrium e : result.equilibria()) {
        assertTrue(e.regret() <= result.tolerance(), game + ": " + e);
        assertEquals(e.profile().maxRegret(game), e.regret(), 0.0);
      }
      if (result.complete()) {
        assertFalse(result.equilibria().isEmpty(), "every finite game has an equilibrium: " + game);
      }
      assertPureEqualsEnumpure(game, result);
    }
  }

  /**
   * Two players: every support system is linear and solved exactly, so on nondegenerate games the
   * set equals enummixed's (every equilibrium is extreme and isolated). Payoffs from 0..9999 make
   * ties, hence degeneracy, rare; a degenerate game must say it is not complete.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void twoPlayerRandomGamesEqualEnummixed(long seed) {
    NormalFormGame game = TestGames.randomBimatrix(seed, 4 + (int) (seed % 3), 4, 9999);
    ApproximateSolver.Result result = SOLVER.solve(game);
    assertTrue(result.complete(), game + ": " + result.counters());
    List<MixedProfile> exact = new EnumMixedSolver().solve(game).equilibria();
    assertEquals(exact.size(), result.equilibria().size(), game.toString());
    for (MixedProfile p : exact) {
      double[] x = p.flatten().stream().mapToDouble(f -> f.doubleValue()).toArray();
      assertTrue(
          result.equilibria().stream().anyMatch(e -> close(e.profile().flatten(), x, 1e-12)),
          game + ": missing " + Arrays.toString(x));
    }
  }

  @Test
  void tooManySupportProfilesFailAtOnceNamingTheOption() {
    // 3 x 2^60 support profiles: counted, not enumerated (1 << 60 per player would overflow an
    // int and take forever).
    NormalFormGame game = TestGames.ofInts("wide", new int[] {60, 2, 1}, new int[120][3]);
    SupportLimitException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(SupportLimitException.class, () -> SOLVER.solve(game)));
    assertTrue(e.getMessage().contains("--max-supports"), e.getMessage());
    assertTrue(e.getMessage().contains("3458764513820540925"), e.getMessage());
  }

  @Test
  void tooManyUnknownsFailAtOnceNamingTheOption() {
    NormalFormGame game = TestGames.ofInts("big", new int[] {6, 5, 5}, new int[150][3]);
    SupportLimitException e = assertThrows(SupportLimitException.class, () -> SOLVER.solve(game));
    assertTrue(e.getMessage().contains("--max-unknowns"), e.getMessage());
    assertTrue(e.getMessage().contains("13 unknowns"), e.getMessage());
    // Raised, the same game is refused no more for its unknowns.
    assertTrue(
        new EnumPolySolver(new EnumPolySolver.Options(100_000, 13)).limitExceeded(game).isEmpty());
  }

  /**
   * All payoffs zero: every profile is an equilibrium. The pure ones are isolated on their supports
   * and found; the others form a continuum, which is reported as not complete, at once.
   */
  @Test
  void aGameOfTiesEndsQuicklyAndSaysItIsNotComplete() {
    NormalFormGame game = TestGames.ofInts("zero", new int[] {2, 2, 2}, new int[8][3]);
    ApproximateSolver.Result result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SOLVER.solve(game));
    assertFalse(result.complete());
    assertTrue(result.counters().get("nonIsolatedSupports") > 0);
    assertPureEqualsEnumpure(game, result);
    for (ApproximateSolver.Equilibrium e : result.equilibria()) {
      assertEquals(0.0, e.regret(), 0.0);
    }
  }

  /**
   * Nau et al. (2004), section 6: the equilibria form a segment. Its two end points are isolated on
   * their supports and reported; Gambit printed one of them (twice) before it was stopped.
   */
  @Test
  void theSegmentOfNauSectionSixIsReportedByItsEndPoints() {
    NormalFormGame game = Corpus.nfg("games/catalog_journals_ijgt_nau2004_sec6.nfg");
    ApproximateSolver.Result result =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SOLVER.solve(game));
    double[] a = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0};
    double[] b = {0.5, 0.5, 0.5, 0.5, 0, 0, 0.5, 0.5};
    assertEquals(2, result.equilibria().size(), result.toString());
    assertTrue(close(result.equilibria().get(0).profile().flatten(), a, 1e-12), result.toString());
    assertTrue(close(result.equilibria().get(1).profile().flatten(), b, 1e-12), result.toString());
    // The midpoint of the segment is an equilibrium too: the two are the ends of one set.
    double[][] mid = {{0.5, 0.5}, {0.5, 0.5}, {0.25, 0.25, 0.25, 0.25}};
    assertTrue(org.leverage.game.DecimalProfile.normalised(mid).maxRegret(game) < 1e-12);
  }

  private static void assertPureEqualsEnumpure(
      NormalFormGame game, ApproximateSolver.Result result) {
    List<double[]> pure =
        new PureEquilibriumSolver()
            .solve(game).equilibria().stream()
                .map(p -> p.flatten().stream().mapToDouble(f -> f.doubleValue()).toArray())
                .toList();
    List<double[]> ours =
        result.equilibria().stream()
            .map(e -> e.profile().flatten())
            .filter(x -> Arrays.stream(x).allMatch(v -> v == 0 || v == 1))
            .toList();
    assertEquals(pure.size(), ours.size(), game.toString());
    for (double[] p : pure) {
      assertTrue(
          ours.stream().anyMatch(x -> Arrays.equals(x, p)), game + ": " + Arrays.toString(p));
    }
  }

  private static boolean close(double[] x, double[] y, double tolerance) {
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i] - y[i]) > tolerance) {
        return false;
      }
    }
    return true;
  }
}
