package org.leverage.solve.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.DecimalProfile;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.io.GameFiles;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.TimeLimitException;
import org.leverage.solve.Watch;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

/**
 * What a {@link Watch} sees and does through {@link SolverCatalog#solve}: every equilibrium a
 * method lists is reported to it exactly once; progress never passes its total; a stop keeps, on a
 * normal-form game, only certified equilibria of the full answer and marks the solution incomplete,
 * and is thrown on trees and dynamic games. Stops are counted in checkpoints, not in time, so that
 * every test is deterministic.
 */
class WatchTest {

  /** Records what it is told, and stops the solver at its {@code stopAt}-th checkpoint. */
  private static final class Recorder implements Watch {
    final long stopAt;
    long checkpoints;
    final List<MixedProfile> exact = new ArrayList<>();
    final List<DecimalProfile> approximate = new ArrayList<>();
    final List<long[]> progress = new ArrayList<>();

    Recorder(long stopAt) {
      this.stopAt = stopAt;
    }

    @Override
    public void checkpoint() {
      if (++checkpoints >= stopAt) {
        throw new TimeLimitException(Duration.ofSeconds(1), "--time-limit");
      }
    }

    @Override
    public void progress(long done, long total) {
      progress.add(new long[] {done, total});
    }

    @Override
    public void found(MixedProfile equilibrium) {
      exact.add(equilibrium);
    }

    @Override
    public void foundApproximately(ApproximateSolver.Equilibrium equilibrium) {
      approximate.add(equilibrium.profile());
    }
  }

  private static Solution.NormalForm solve(NormalFormGame game, String method, Watch watch) {
    return (Solution.NormalForm)
        SolverCatalog.solve(
            new Problem.NormalForm(game),
            method,
            SolverCatalog.Settings.builder().watch(watch).build());
  }

  private static Set<MixedProfile> listed(Solution.NormalForm s) {
    Set<MixedProfile> all = new HashSet<>();
    s.sections().forEach(section -> all.addAll(section.result().equilibria()));
    return all;
  }

  static Stream<Arguments> methodsOnGames() {
    List<Arguments> cases = new ArrayList<>();
    for (String g : List.of("2x2const", "oneill", "deg1", "deg2", "stengel", "todd3", "coord4")) {
      for (String m : List.of("pure", "enummixed", "lcp", "all")) {
        cases.add(Arguments.of(g, m));
      }
    }
    cases.add(Arguments.of("oneill", "lp"));
    for (String g : List.of("2x2x2", "3x3x3", "g1")) {
      for (String m : List.of("pure", "enumpoly", "simpdiv", "gnm")) {
        cases.add(Arguments.of(g, m));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("methodsOnGames")
  void everyListedEquilibriumIsReportedOnce(String name, String method) {
    NormalFormGame game = Corpus.nfg("games/" + name + ".nfg");
    Recorder recorder = new Recorder(Long.MAX_VALUE);
    Solution.NormalForm s = solve(game, method, recorder);

    assertTrue(s.complete());
    // Under "all" each method reports its own equilibria, so one may be reported once per method.
    Set<MixedProfile> reported = new HashSet<>(recorder.exact);
    if (!method.equals("all")) {
      assertEquals(reported.size(), recorder.exact.size(), "reported once");
    }
    assertEquals(listed(s), reported);
    List<DecimalProfile> approximate = new ArrayList<>();
    s.approximate()
        .forEach(a -> a.result().equilibria().forEach(e -> approximate.add(e.profile())));
    assertEquals(Set.copyOf(approximate), Set.copyOf(recorder.approximate));
    assertTrue(recorder.checkpoints > 0, "the solver looked at its watch");
  }

  @ParameterizedTest(name = "stopped at {0} % of its checkpoints")
  @ValueSource(ints = {0, 1, 10, 50, 90, 99})
  void aStoppedMethodListsOnlyCertifiedEquilibriaOfTheFullAnswer(int percent) {
    NormalFormGame game = TestGames.randomBimatrix(11, 10, 10, 20);
    Recorder counter = new Recorder(Long.MAX_VALUE);
    Set<MixedProfile> full = listed(solve(game, "enummixed", counter));
    Recorder recorder = new Recorder(Math.max(1, counter.checkpoints * percent / 100));
    Solution.NormalForm s = solve(game, "enummixed", recorder);

    assertFalse(s.complete());
    assertTrue(
        s.notes().get(0).startsWith("enummixed stopped: the time limit of 1 s (--time-limit)"));
    Set<MixedProfile> kept = listed(s);
    assertTrue(full.containsAll(kept));
    for (MixedProfile p : kept) {
      assertTrue(ProfilePayoffs.isNashEquilibrium(game, p), p.toString());
    }
    assertEquals(Set.copyOf(recorder.exact), kept);
  }

  @Test
  void aStopPartWayKeepsSomeEquilibria() {
    NormalFormGame game = TestGames.randomBimatrix(11, 10, 10, 20);
    Recorder counter = new Recorder(Long.MAX_VALUE);
    solve(game, "enummixed", counter);

    Solution.NormalForm half = solve(game, "enummixed", new Recorder(counter.checkpoints / 2));
    assertFalse(listed(half).isEmpty(), "equilibria are reported while the traversal runs");
  }

  @Test
  void aStoppedFloatingPointMethodKeepsWhatItAccepted() {
    NormalFormGame game = TestGames.random(new Random(5), new int[] {3, 3, 3}, 20);
    Recorder counter = new Recorder(Long.MAX_VALUE);
    Solution.NormalForm full = solve(game, "enumpoly", counter);
    Solution.NormalForm part = solve(game, "enumpoly", new Recorder(counter.checkpoints - 1));

    assertFalse(part.complete());
    ApproximateSolver.Result kept = part.approximate().get(0).result();
    assertFalse(kept.complete());
    List<DecimalProfile> all = new ArrayList<>();
    full.approximate().get(0).result().equilibria().forEach(e -> all.add(e.profile()));
    kept.equilibria().forEach(e -> assertTrue(all.contains(e.profile()), e.toString()));
    assertEquals(
        full.approximate().get(0).result().tolerance(), kept.tolerance(), "the same tolerance");
  }

  @Test
  void underAllEveryMethodAfterTheStopIsNotedToo() {
    NormalFormGame game = Corpus.nfg("games/todd3.nfg");
    Solution.NormalForm s = solve(game, "all", new Recorder(1));

    assertFalse(s.complete());
    assertEquals(
        s.sectionCount(), s.notes().stream().filter(n -> n.contains(" stopped: ")).count());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"spe", "pure", "enummixed", "lcp", "all"})
  void aStopOnATreeIsThrown(String method) {
    Problem tree = new Problem.Tree(Corpus.efg("games/2smp.efg"));
    Recorder recorder = new Recorder(1);
    assertThrows(
        TimeLimitException.class,
        () ->
            SolverCatalog.solve(
                tree, method, SolverCatalog.Settings.builder().watch(recorder).build()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dominance", "correlated"})
  void aStopOfAMethodWithoutPartialAnswersIsThrown(String method) {
    Problem game = new Problem.NormalForm(Corpus.nfg("games/todd3.nfg"));
    assertThrows(
        TimeLimitException.class,
        () ->
            SolverCatalog.solve(
                game, method, SolverCatalog.Settings.builder().watch(new Recorder(1)).build()));
  }

  @ParameterizedTest(name = "qre {0}")
  @ValueSource(strings = {"limit", "branch", "lambdas"})
  void aStopOfQreIsThrown(String mode) {
    Problem game = new Problem.NormalForm(Corpus.nfg("games/2x2x2.nfg"));
    SolverCatalog.Settings.Builder settings =
        SolverCatalog.Settings.builder().watch(new Recorder(1));
    switch (mode) {
      case "branch" -> settings.qreBranch(true);
      case "lambdas" -> settings.qreLambdas(List.of(1.0, 5.0));
      default -> {}
    }
    assertThrows(
        TimeLimitException.class, () -> SolverCatalog.solveQre(game, "qre", settings.build()));
  }

  @Test
  void aStopOnADynamicGameIsThrownAndProgressCountsPeriods() throws Exception {
    Problem dynamic = GameFiles.readAny(Path.of("games/export-control-dynamic.yaml")).problem();
    Recorder counter = new Recorder(Long.MAX_VALUE);
    SolverCatalog.solve(dynamic, "auto", SolverCatalog.Settings.builder().watch(counter).build());
    requireProgressWithinTotals(counter);

    assertThrows(
        TimeLimitException.class,
        () ->
            SolverCatalog.solve(
                dynamic, "auto", SolverCatalog.Settings.builder().watch(new Recorder(2)).build()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pure", "enumpoly"})
  void progressNeverPassesItsTotal(String method) {
    Recorder recorder = new Recorder(Long.MAX_VALUE);
    solve(TestGames.random(new Random(9), new int[] {3, 3, 3}, 20), method, recorder);
    requireProgressWithinTotals(recorder);
  }

  private static void requireProgressWithinTotals(Recorder recorder) {
    assertFalse(recorder.progress.isEmpty(), "progress was reported");
    long last = -1;
    for (long[] p : recorder.progress) {
      assertTrue(p[0] >= 0, "done is never negative");
      if (p[1] >= 0) {
        assertTrue(p[0] <= p[1], p[0] + " of " + p[1]);
      }
      assertTrue(p[0] >= last, "done never goes back within one method");
      last = p[0];
    }
  }
}
