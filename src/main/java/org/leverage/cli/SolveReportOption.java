package org.leverage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.leverage.io.GameFile;
import org.leverage.report.DynamicReport;
import org.leverage.report.NumberFormat;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.DynamicResult;
import org.leverage.solve.catalog.GameKind;
import org.leverage.solve.catalog.Solution;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * {@code solve --report DIR}: the report of a dynamic game's solution ({@link DynamicReport}),
 * written beside the printed results. Other kinds of game have none: asking for one is a usage
 * error, before anything is solved.
 */
final class SolveReportOption {

  /** Options that change neither the results nor the report, left out of its command line. */
  private static final Set<String> NOT_REPRODUCED =
      Set.of("--report", "--format", "--output", "--quiet");

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
        dir, new DynamicReport(numbers, command(spec)).files(source, dynamic), notes);
  }

  /**
   * The command line as the user could type it again: {@code leverage solve}, the options that
   * shape the results with their values as given, and the file.
   */
  private static String command(CommandSpec spec) {
    ParseResult parsed = spec.commandLine().getParseResult();
    List<String> words = new ArrayList<>(List.of("leverage", spec.name()));
    for (OptionSpec o : parsed.matchedOptions()) {
      if (!NOT_REPRODUCED.contains(o.longestName())) {
        add(words, o.longestName(), o);
      }
    }
    for (ArgSpec p : parsed.matchedPositionals()) {
      add(words, null, p);
    }
    return String.join(" ", words);
  }

  /** Adds {@code arg} as given: a flag's name, or each value after the option's name if any. */
  private static void add(List<String> words, String name, ArgSpec arg) {
    if (arg.arity().max() == 0) {
      words.add(name);
      return;
    }
    for (String v : arg.originalStringValues()) {
      if (name != null) {
        words.add(name);
      }
      words.add(v);
    }
  }
}
