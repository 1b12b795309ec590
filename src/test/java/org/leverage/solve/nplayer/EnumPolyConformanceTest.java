package org.leverage.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.testing.Corpus;

/**
 * Our equilibria against Gambit's {@code enumpoly} (6 decimals) on every strategic game of the
 * corpus it was run on, and our pure equilibria against {@code enumpure} (exact).
 */
class EnumPolyConformanceTest {

  /** Gambit prints 6 decimals: half a unit of the last digit, and a little for our rounding. */
  private static final double GAMBIT_DIGITS = 1e-6;

  /** Where Gambit was stopped (an {@code .err} file beside a partial output). */
  private static final List<String> STOPPED =
      List.of("catalog_journals_ijgt_nau2004_sec6.nfg", "perfect3.nfg");

  @Test
  void corpusIsThere() {
    assertEquals(15, Corpus.nfgGamesWith("enumpoly").size());
    for (String name : STOPPED) {
      assertTrue(Corpus.text("expected/" + name + ".enumpoly.err").isPresent(), name);
    }
  }

  /**
   * Equilibria we find that Gambit 16.7's {@code enumpoly} did not print, per game. Each is checked
   * below to be an equilibrium (regret at most the tolerance, in fact below 1e-14: Newton-polished
   * roots of the support system). Gambit's {@code enumpoly} is known to lose solutions where its
   * Newton steps meet a singular Jacobian (gambitproject/gambit issues 474 and 591, where it prints
   * 8 of the 9 equilibria of 2x2x2.nfg on some machines); our subdivision does not start from a
   * single point.
   */
  private static final Map<String, Integer> MISSED_BY_GAMBIT =
      Map.of(
          "2x2x2x2x2.nfg",
          1,
          "3x3x3.nfg",
          1,
          "8x2x2.nfg",
          1,
          "g3.nfg",
          1,
          // The game's own description: 3 pure, 2 incompletely mixed equilibria and a continuum of
          // completely mixed ones. Gambit printed the 3 pure; we add the 2 incompletely mixed and
          // one point of the continuum, and say the result is not complete.
          "catalog_journals_ijgt_nau2004_sec5.nfg",
          3);

  /** Each game solved once: 5x4x3 takes seconds. */
  private static final Map<String, ApproximateSolver.Result> SOLVED = new ConcurrentHashMap<>();

  private static ApproximateSolver.Result solved(String name) {
    return SOLVED.computeIfAbsent(name, n -> new EnumPolySolver().solve(Corpus.nfg("games/" + n)));
  }

  @TestFactory
  Stream<DynamicTest> sameSetAsGambitWhereItFinished() {
    return Corpus.nfgGamesWith("enumpoly").stream()
        .filter(name -> !STOPPED.contains(name))
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = Corpus.nfg("games/" + name);
                      ApproximateSolver.Result result = solved(name);
                      List<double[]> gambit = gambit(name);
                      List<double[]> ours = flattened(result);
                      assertEquals(0, result.counters().get("exhaustedSupports"), name);
                      assertEquals(
                          result.counters().get("nonIsolatedSupports") == 0,
                          result.complete(),
                          name);
                      int missed = MISSED_BY_GAMBIT.getOrDefault(name, 0);
                      assertEquals(
                          gambit.size() + missed, ours.size(), name + ": " + describe(ours));
                      assertMatched(name, gambit, ours);
                      long unmatched =
                          ours.stream()
                              .filter(
                                  x ->
                                      gambit.stream()
                                          .noneMatch(y -> distance(x, y) <= GAMBIT_DIGITS))
                              .count();
                      assertEquals(missed, unmatched, name);
                      assertEquilibria(game, result);
                      // Isolated solutions are Newton-polished to rounding level.
                      for (ApproximateSolver.Equilibrium e : result.equilibria()) {
                        assertTrue(
                            !result.complete() || e.regret() < 1e-14,
                            name + ": regret " + e.regret());
                      }
                    }));
  }

  /**
   * Where Gambit was stopped, what it printed before is among our equilibria, and ours are all
   * equilibria. On perfect3 (player 3 has one strategy, so a two-player game) every support system
   * is linear and we finish: the set equals the two-player game's extreme equilibria. On sec6 the
   * equilibria form a segment: see {@link EnumPolyDegenerateTest}.
   */
  @TestFactory
  Stream<DynamicTest> containsWhatGambitPrintedBeforeItWasStopped() {
    return STOPPED.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = Corpus.nfg("games/" + name);
                      ApproximateSolver.Result result = solved(name);
                      assertMatched(name, gambit(name), flattened(result));
                      assertEquilibria(game, result);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> pureEquilibriaEqualEnumpure() {
    return Corpus.nfgGamesWith("enumpoly").stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      NormalFormGame game = Corpus.nfg("games/" + name);
                      List<MixedProfile> expected =
                          Corpus.exactEquilibria(game, Corpus.expected(name, "enumpure"));
                      List<double[]> pure = new ArrayList<>();
                      for (double[] x : flattened(solved(name))) {
                        if (isPure(x)) {
                          pure.add(x);
                        }
                      }
                      List<double[]> exact =
                          expected.stream()
                              .map(
                                  p ->
                                      p.flatten().stream()
                                          .mapToDouble(f -> f.doubleValue())
                                          .toArray())
                              .toList();
                      assertEquals(exact.size(), pure.size(), name);
                      for (double[] e : exact) {
                        assertTrue(
                            pure.stream().anyMatch(x -> java.util.Arrays.equals(x, e)),
                            name + ": missing pure " + java.util.Arrays.toString(e));
                      }
                    }));
  }

  private static boolean isPure(double[] x) {
    for (double v : x) {
      if (v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }

  static void assertEquilibria(NormalFormGame game, ApproximateSolver.Result result) {
    for (ApproximateSolver.Equilibrium e : result.equilibria()) {
      double regret = e.profile().maxRegret(game);
      assertEquals(regret, e.regret(), 0.0);
      assertTrue(regret <= result.tolerance(), "regret " + regret + " of " + e.profile());
    }
  }

  private static List<double[]> gambit(String name) {
    return Corpus.equilibriumLines(Corpus.expected(name, "enumpoly")).orElseThrow().stream()
        .distinct()
        .map(fields -> fields.stream().mapToDouble(Double::parseDouble).toArray())
        .toList();
  }

  static List<double[]> flattened(ApproximateSolver.Result result) {
    return result.equilibria().stream().map(e -> e.profile().flatten()).toList();
  }

  /** Every profile of {@code from} is within Gambit's digits of exactly one of {@code to}. */
  private static void assertMatched(String name, List<double[]> from, List<double[]> to) {
    for (double[] x : from) {
      long close = to.stream().filter(y -> distance(x, y) <= GAMBIT_DIGITS).count();
      assertEquals(1, close, name + ": " + java.util.Arrays.toString(x) + " in " + describe(to));
    }
  }

  private static double distance(double[] x, double[] y) {
    double d = 0;
    for (int i = 0; i < x.length; i++) {
      d = Math.max(d, Math.abs(x[i] - y[i]));
    }
    return d;
  }

  private static String describe(List<double[]> profiles) {
    return profiles.stream().map(java.util.Arrays::toString).toList().toString();
  }
}
