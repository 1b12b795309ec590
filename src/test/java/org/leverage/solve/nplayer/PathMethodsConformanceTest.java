package org.leverage.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.IterationLimitException;
import org.leverage.testing.Corpus;

/**
 * {@code simpdiv} and {@code gnm} against Gambit on the strategic games of three or more players of
 * the conformance corpus: every equilibrium found has regret below the tolerance, is within 1e-4 of
 * an equilibrium Gambit printed, and equals one of {@code enumpure}'s exactly where it is pure.
 *
 * <p>Gambit's {@code enumpoly} misses equilibria that its {@code gnm} finds ({@code 3x3x3}, titled
 * "five equilibria", gets four; {@code 2x2x2x2x2}), so the reference set is the union of the three
 * tools' answers. {@code nau2004_sec6} has a segment of equilibria: there any point of the segment
 * between Gambit's two answers is one.
 */
class PathMethodsConformanceTest {

  private static final double CLOSE = 1e-4;

  private static final String SEGMENT_GAME = "catalog_journals_ijgt_nau2004_sec6.nfg";

  private static final String INCOMPLETE_GAME = "catalog_journals_ijgt_nau2004_sec5.nfg";

  @Test
  void corpusIsThere() {
    assertEquals(15, Corpus.nfgGamesWith("gnm").size());
    assertEquals(15, Corpus.nfgGamesWith("simpdiv").size());
  }

  @TestFactory
  Stream<DynamicTest> simpdivFindsOneOfGambitsEquilibria() {
    return Corpus.nfgGamesWith("simpdiv").stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name, () -> check(name, new SimplicialSubdivisionSolver().solve(game(name)))));
  }

  @TestFactory
  Stream<DynamicTest> gnmFindsGambitsEquilibria() {
    return Corpus.nfgGamesWith("gnm").stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      if (name.equals(SEGMENT_GAME)) {
                        IterationLimitException e =
                            assertThrows(
                                IterationLimitException.class,
                                () ->
                                    new GlobalNewtonSolver(
                                            new GlobalNewtonSolver.Options(1, 2000, 1e-8))
                                        .solve(game(name)));
                        assertTrue(e.getMessage().contains("--max-steps 2000"), e.getMessage());
                      } else {
                        check(name, new GlobalNewtonSolver().solve(game(name)));
                      }
                    }));
  }

  /**
   * Every equilibrium simpdiv and gnm find is one that our enumpoly lists, on every corpus game
   * where enumpoly claims its list complete (not on the continua of sec5 and sec6).
   */
  @TestFactory
  Stream<DynamicTest> pathEquilibriaAreAmongEnumpolys() {
    return Corpus.nfgGamesWith("gnm").stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = game(name);
                      ApproximateSolver.Result all = new EnumPolySolver().solve(game);
                      org.junit.jupiter.api.Assumptions.assumeTrue(
                          all.complete(), name + ": enumpoly's list is not complete");
                      List<double[]> listed =
                          all.equilibria().stream().map(e -> e.profile().flatten()).toList();
                      List<ApproximateSolver.Equilibrium> found =
                          new ArrayList<>(
                              new SimplicialSubdivisionSolver().solve(game).equilibria());
                      found.addAll(new GlobalNewtonSolver().solve(game).equilibria());
                      for (ApproximateSolver.Equilibrium e : found) {
                        double[] x = e.profile().flatten();
                        assertTrue(
                            listed.stream().anyMatch(k -> distance(k, x) < CLOSE),
                            name + ": " + e.profile() + " is not among enumpoly's");
                      }
                    }));
  }

  private static NormalFormGame game(String name) {
    return Corpus.nfg("games/" + name);
  }

  private static void check(String name, ApproximateSolver.Result result) {
    NormalFormGame game = game(name);
    assertFalse(result.equilibria().isEmpty(), name + ": nothing found");
    List<double[]> known = gambitEquilibria(name);
    List<List<BigFraction>> pure = Corpus.distinctEquilibria(Corpus.expected(name, "enumpure"));
    for (ApproximateSolver.Equilibrium e : result.equilibria()) {
      DecimalProfile profile = e.profile();
      double regret = profile.maxRegret(game);
      assertTrue(regret < result.tolerance(), name + ": regret " + regret + " of " + profile);
      double[] x = profile.flatten();
      assertTrue(
          known.stream().anyMatch(k -> distance(k, x) < CLOSE)
              || (name.equals(SEGMENT_GAME) && onSegment(known, x))
              || name.equals(INCOMPLETE_GAME),
          name + ": " + profile + " is not among Gambit's equilibria");
      if (isPure(x)) {
        assertTrue(
            pure.stream().anyMatch(p -> distance(toDoubles(p), x) == 0),
            name + ": pure " + profile + " is not among enumpure's");
      }
    }
  }

  /** Whether {@code x} is within 1e-4 of the segment between two of the known equilibria. */
  private static boolean onSegment(List<double[]> known, double[] x) {
    for (double[] a : known) {
      for (double[] b : known) {
        for (int step = 0; step <= 1000; step++) {
          double t = step / 1000.0;
          double[] point = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            point[i] = (1 - t) * a[i] + t * b[i];
          }
          if (distance(point, x) < CLOSE) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Every equilibrium Gambit's enumpoly, gnm and simpdiv printed. */
  private static List<double[]> gambitEquilibria(String name) {
    List<double[]> known = new ArrayList<>();
    for (String tool : List.of("enumpoly", "gnm", "simpdiv")) {
      Corpus.distinctEquilibria(Corpus.expected(name, tool)).forEach(p -> known.add(toDoubles(p)));
    }
    return known;
  }

  private static double[] toDoubles(List<BigFraction> p) {
    return p.stream().mapToDouble(BigFraction::doubleValue).toArray();
  }

  private static boolean isPure(double[] x) {
    for (double v : x) {
      if (v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }

  private static double distance(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d = Math.max(d, Math.abs(a[i] - b[i]));
    }
    return d;
  }
}
