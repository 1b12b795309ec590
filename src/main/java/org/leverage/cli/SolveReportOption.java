package org.leverage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.leverage.io.GameFile;
import org.leverage.report.DynamicReport;
import org.leverage.report.NumberFormat;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.DynamicResult;
import org.leverage.solve.catalog.GameKind;
import org.leverage.solve.catalog.Solution;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code solve --report DIR}: the report of a dynamic game's solution ({@link DynamicReport}),
 * written beside the printed results. Other kinds of game have none: asking for one is a usage
 * error, before anything is solved.
 */
final class SolveReportOption {

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description =
          "Dynamic games: also write into DIR (created if missing) results.json (as --format"
              + " json), path-states.csv and path-actions.csv (the expected path), and report.html"
              + " and report.md with .svg charts of the state probabilities, the expected stage"
              + " payoffs and each player's action probabilities by period.")
  Path dir;

  /**
   * Refuses {@code --report} on a game that is not dynamic.
   *
   * @throws UsageException naming what {@code --report} applies to
   */
  void requireDynamic(GameFile read) {
    if (dir != null && read.problem().kind() != GameKind.DYNAMIC) {
      throw new UsageException(
          "solve --report applies to dynamic games (YAML type: dynamic), not to "
              + read.problem().kind().plural()
              + " such as "
              + read.source()
              + "; compare, repeated and sensitivity take --report too");
    }
  }

  /**
   * Writes the report of {@code solution} into DIR, when asked for, and says so on {@code notes}.
   */
  void write(
      CommandSpec spec, String source, Solution solution, NumberFormat numbers, PrintWriter notes) {
    if (dir == null) {
      return;
    }
    // requireDynamic ran before solving, and a dynamic game's solution is a DynamicResult.
    DynamicResult dynamic = (DynamicResult) solution;
    ReportDirectory.write(
        dir, new DynamicReport(numbers, TypedCommand.of(spec)).files(source, dynamic), notes);
  }
}
