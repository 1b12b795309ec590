package org.leverage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.analysis.RepeatedAnalysis;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.RepeatedGameSpec;
import org.leverage.numeric.Rationals;
import org.leverage.report.NumberFormat;
import org.leverage.report.RepeatedRenderer;
import org.leverage.report.RepeatedReport;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage repeated FILE}: minmax values, payoff sets, credibility of a repeated game. */
@Command(
    name = "repeated",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a repeated game file (YAML type: repeated), exactly: pure and mixed minmax values,",
      "the feasible and individually rational payoff sets, the smallest discount factors that",
      "sustain the target profile (grim trigger, minmax punishment), the automata pairs' payoffs",
      "and one-shot-deviation checks, and with a finite horizon its pure subgame-perfect",
      "equilibria."
    })
final class RepeatedCommand implements Callable<Integer> {

  @Spec CommandSpec commandSpec;

  @Parameters(paramLabel = "FILE", description = "Repeated game file (YAML, type: repeated).")
  Path file;

  @Option(
      names = "--discount",
      paramLabel = "D",
      description = "Discount factor in (0, 1), e.g. 0.9 or 9/10; overrides the file's.")
  String discount;

  @Option(
      names = "--horizon",
      paramLabel = "N",
      description = "Number of periods, or 'infinite'; overrides the file's.")
  String horizon;

  @Mixin OutputOptions output;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description =
          "Also write report.html and report.md with an .svg chart of the payoff sets (feasible,"
              + " individually rational, pure SPE, target) into DIR (created if missing).")
  Path reportDir;

  @Override
  public Integer call() throws Exception {
    NumberFormat numbers = output.numberFormat();
    GameFile read = GameFiles.readAny(file);
    if (!(read instanceof GameFile.Repeated repeated)) {
      throw new UsageException(
          file + " is not a repeated game (YAML type: repeated); use leverage solve for it");
    }
    RepeatedGameSpec spec = repeated.spec();
    if (discount != null) {
      spec =
          spec.withDiscount(
              Rationals.parse(discount)
                  .filter(
                      d -> d.compareTo(BigFraction.ZERO) > 0 && d.compareTo(BigFraction.ONE) < 0)
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "--discount must be a number in (0, 1) but was \""
                                  + discount
                                  + "\"")));
    }
    if (horizon != null) {
      spec = spec.withHorizon(parseHorizon(horizon));
    }
    RepeatedAnalysis report =
        RepeatedAnalysis.of(
            file.toString(), spec.game(), spec.target(), spec.punishment(), spec.automata());
    RepeatedRenderer renderer = new RepeatedRenderer(numbers);
    String text =
        switch (output.format) {
          case text -> renderer.text(report);
          case json -> renderer.json(report);
          case csv -> renderer.csv(report);
        };
    commandSpec.commandLine().getOut().print(text);
    commandSpec.commandLine().getOut().flush();
    if (reportDir != null) {
      ReportDirectory.write(
          reportDir,
          new RepeatedReport(renderer, command()).files(report),
          commandSpec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** The command line as the user could type it again, for the report. */
  private String command() {
    List<String> words = new ArrayList<>(List.of("leverage", "repeated", file.toString()));
    if (discount != null) {
      words.add("--discount");
      words.add(discount);
    }
    if (horizon != null) {
      words.add("--horizon");
      words.add(horizon);
    }
    return String.join(" ", words);
  }

  private static OptionalInt parseHorizon(String text) {
    if (text.equals("infinite")) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new UsageException(
        "--horizon must be a number of periods (at least 1) or 'infinite' but was \""
            + text
            + "\"");
  }
}
