package org.leverage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.leverage.analysis.RegimeComparison;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.Problem;
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
          "Game files of any kind solve takes (normal form, tree, dynamic); a scenario file times"
              + " compare of its four regimes instead.")
  List<Path> files;

  @Option(
      names = "--method",
      defaultValue = "enummixed",
      split = ",",
      description =
          "Methods to time, comma-separated, any that solve lists (default: ${DEFAULT-VALUE}); a"
              + " method that fails is reported in its row and the others still run.")
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
        SolverCatalog.Settings.builder()
            .lcpLabel(label == null ? OptionalInt.empty() : OptionalInt.of(label))
            .build();
    PrintWriter out = outputFile.open(spec);
    out.printf(
        "%-28s %-10s %-10s %8s %12s %12s%n",
        "game", "shape", "method", "equilibria", "median ms", "min ms");
    int exit = ExitCodes.OK;
    for (Path f : files) {
      GameFile read = GameFiles.readAny(f);
      if (read instanceof GameFile.Scenario scenario) {
        benchCompare(out, f, scenario.file().scenario());
        continue;
      }
      Problem problem = read.problem();
      for (String m : methods) {
        try {
          SolverTimer.Timing t = SolverTimer.time(problem, m, settings, warmup, repeat);
          out.printf(
              java.util.Locale.ROOT,
              "%-28s %-10s %-10s %8d %12.1f %12.1f%n",
              f.getFileName(),
              shape(problem),
              t.method(),
              t.equilibria(),
              t.medianMillis(),
              t.minMillis());
        } catch (UsageException | SolverLimitException e) {
          // One method's failure is reported in its row; the others still run.
          out.printf(
              java.util.Locale.ROOT,
              "%-28s %-10s %-10s failed: %s%n",
              f.getFileName(),
              shape(problem),
              m,
              e.getMessage());
          exit =
              exit != ExitCodes.OK
                  ? exit
                  : e instanceof UsageException ? ExitCodes.USAGE : ExitCodes.SOLVER_LIMIT;
        }
        out.flush();
      }
    }
    outputFile.close(spec);
    return exit;
  }

  /** A game's size for the table: strategies per player, or the tree's and dynamic game's size. */
  private static String shape(Problem problem) {
    return problem.accept(
        new Problem.Visitor<String>() {
          @Override
          public String normalForm(Problem.NormalForm p) {
            return p.game().shape();
          }

          @Override
          public String tree(Problem.Tree p) {
            return "tree";
          }

          @Override
          public String repeated(Problem.Repeated p) {
            return "repeated";
          }

          @Override
          public String dynamic(Problem.Dynamic p) {
            return p.game().numStates() + " states";
          }
        });
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
