package org.leverage.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
                      ApproximateSolver.Result result = new EnumPolySolver().solve(game);
                      List<double[]> gambit = gambit(name);
                      List<double[]> ours = flattened(result);
                      assertEquals(0, result.counters().get("exhaustedSupports"), name);
                      assertEquals(
                          result.counters().get("nonIsolatedSupports") == 0,
                          result.complete(),
                          name);
                      assertEquals(gambit.size(), ours.size(), name + ": " + describe(ours));
                      assertMatched(name, gambit, ours);
                      assertMatched(name, ours, gambit);
                      assertEquilibria(game, result);
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
                      ApproximateSolver.Result result = new EnumPolySolver().solve(game);
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
                      for (double[] x : flattened(new EnumPolySolver().solve(game))) {
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
