package org.leverage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leverage.analysis.RegimeComparison;
import org.leverage.io.ScenarioReader;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;
import org.leverage.report.CompareRenderer;
import org.leverage.report.CompareReport;
import org.leverage.report.FixedDecimals;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage compare SCENARIO}: the policy regimes of a compute-leverage scenario. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Solve the policy regimes of a compute-leverage scenario (YAML type: scenario, model:"
          + " reference-v1) by backward induction and compare them: both players' discounted"
          + " payoffs and their terms, the expected paths, the leverage left, and the verdict:"
          + " full decoupling or strategic dependency, by how much, and the value of"
          + " commitment."
    })
final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML, type: scenario).")
  Path file;

  @Option(
      names = "--regime",
      paramLabel = "R",
      description =
          "A regime to solve (repeatable): FULL_DECOUPLING, STRATEGIC_DEPENDENCY, OPEN,"
              + " EQUILIBRIUM (default: all four).")
  List<String> regimes = new ArrayList<>();

  @Mixin ScenarioOverrides overrides;

  @Mixin DecimalOutputOptions output;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description =
          "Also write report.html, report.md with its .svg charts, results.json and one CSV per"
              + " regime path into DIR (created if missing).")
  Path reportDir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads, 1 to 4 per available processor: the regimes are solved side by side (default: the available"
              + " processors); results never depend on it.")
  Integer threads;

  @Override
  public Integer call() throws IOException, org.leverage.io.GameFormatException {
    int workers = threads == null ? WorkerThreads.available() : WorkerThreads.check(threads);
    FixedDecimals numbers = output.numbers();
    ScenarioOverrides.Applied applied = overrides.apply(ScenarioReader.read(file));
    applied.warn(spec.commandLine().getErr());
    Scenario scenario = applied.scenario();
    RegimeComparison comparison = RegimeComparison.compare(scenario, regimes(), workers);
    CompareRenderer renderer = new CompareRenderer(numbers);
    String text =
        switch (output.format) {
          case text -> renderer.text(comparison);
          case json -> renderer.json(comparison);
          case csv -> renderer.csv(comparison);
        };
    outputFile.print(spec, text);
    if (reportDir != null) {
      ReportDirectory.write(
          reportDir,
          new CompareReport(renderer, TypedCommand.of(spec)).files(comparison),
          quiet.notes(spec));
    }
    return ExitCodes.OK;
  }

  private List<Regime> regimes() {
    if (regimes.isEmpty()) {
      return List.of(Regime.values());
    }
    List<Regime> out = new ArrayList<>();
    for (String r : regimes) {
      String name = r.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      try {
        out.add(Regime.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--regime must be one of FULL_DECOUPLING, STRATEGIC_DEPENDENCY, OPEN, EQUILIBRIUM"
                + " but was \""
                + r
                + "\"");
      }
    }
    return out;
  }
}
