package org.leverage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.leverage.analysis.RegimeComparison;
import org.leverage.game.NormalFormGame;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.catalog.SolverTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage bench FILE...}: solver time per game, after warm-up runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time solvers on game files (solver time only, in this JVM, after warm-up).",
      "For whole-process times compare `time java -jar target/leverage.jar solve ...`."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Normal-form game files; a scenario file times compare of its four regimes instead.")
  List<Path> files;

  @Option(
      names = "--method",
      defaultValue = "enummixed",
      split = ",",
      description = "Methods to time, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> methods;

  @Option(
      names = "--label",
      paramLabel = "K",
      description = "lcp: follow only the path that drops label K (1-based, rows first).")
  Integer label;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Option(names = "--warmup", defaultValue = "1", description = "Untimed runs first.")
  int warmup;

  @Option(names = "--repeat", defaultValue = "3", description = "Timed runs (median shown).")
  int repeat;

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || repeat < 1) {
      throw new UsageException(
          "--warmup must be >= 0 and --repeat >= 1 but were " + warmup + " and " + repeat);
    }
    var settings =
        SolverCatalog.Settings.DEFAULT.withLcpLabel(
            label == null ? OptionalInt.empty() : OptionalInt.of(label));
    PrintWriter out = outputFile.open(spec);
    out.printf(
        "%-28s %-10s %-10s %8s %12s %12s%n",
        "game", "shape", "method", "equilibria", "median ms", "min ms");
    for (Path f : files) {
      if (GameFiles.readAny(f) instanceof GameFile.Scenario scenario) {
        benchCompare(out, f, scenario.file().scenario());
        continue;
      }
      NormalFormGame game = GameFiles.readNormalForm(f);
      for (String m : methods) {
        for (EquilibriumSolver solver : SolverCatalog.solversFor(m, game, settings)) {
          SolverTimer.Timing t = SolverTimer.time(solver, game, warmup, repeat);
          out.printf(
              java.util.Locale.ROOT,
              "%-28s %-10s %-10s %8d %12.1f %12.1f%n",
              f.getFileName(),
              game.shape(),
              t.method(),
              t.equilibria(),
              t.medianMillis(),
              t.minMillis());
          out.flush();
        }
      }
    }
    outputFile.close(spec);
    return ExitCodes.OK;
  }

  /**
   * Times {@code compare} of all four regimes (backward induction, forward pass, terms) on one
   * thread, after the warm-up runs: the solver time of a scenario.
   */
  private void benchCompare(PrintWriter out, Path f, Scenario scenario) {
    List<Regime> all = List.of(Regime.values());
    for (int i = 0; i < warmup; i++) {
      RegimeComparison.compare(scenario, all, 1);
    }
    double[] millis = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      RegimeComparison.compare(scenario, all, 1);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(millis);
    org.leverage.model.Parameters p = scenario.parameters();
    out.printf(
        java.util.Locale.ROOT,
        "%-28s %-10s %-10s %8d %12.1f %12.1f%n",
        f.getFileName(),
        p.integer(org.leverage.model.ParameterKey.GRID_S)
            + "x"
            + p.integer(org.leverage.model.ParameterKey.GRID_E)
            + "x"
            + p.integer(org.leverage.model.ParameterKey.HORIZON_PERIODS),
        "compare",
        all.size(),
        millis[repeat / 2],
        millis[0]);
    out.flush();
  }
}
