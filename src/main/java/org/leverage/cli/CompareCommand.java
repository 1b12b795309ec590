package org.leverage.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.leverage.analysis.RegimeComparison;
import org.leverage.io.GameFormatException;
import org.leverage.io.OutputFiles;
import org.leverage.io.ScenarioFile;
import org.leverage.io.ScenarioReader;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;
import org.leverage.report.CompareRenderer;
import org.leverage.report.CompareReport;
import org.leverage.report.FixedDecimals;
import org.leverage.report.OutputFormat;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
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

  /** Worker threads beyond this gain nothing on a grid of this size. */
  static final int MAX_THREADS = 64;

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

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a parameter's value (repeatable), checked like the file's.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--decimals",
      paramLabel = "N",
      defaultValue = "4",
      description = "Digits after the point in text and CSV (default: ${DEFAULT-VALUE}).")
  int decimals;

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
      defaultValue = "1",
      description = "Worker threads of each solve, 1 to 64 (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException, GameFormatException {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new UsageException(
          "--threads must be between 1 and " + MAX_THREADS + " but was " + threads);
    }
    if (decimals < 0 || decimals > 17) {
      throw new UsageException("--decimals must be between 0 and 17 but was " + decimals);
    }
    ScenarioFile read = ScenarioReader.read(file);
    Scenario scenario = read.scenario();
    Set<ParameterKey> overridden = EnumSet.noneOf(ParameterKey.class);
    for (String s : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--set expects KEY=VALUE but was \"" + s + "\"");
      }
      String key = s.substring(0, eq).strip();
      ParameterKey k =
          ParameterKey.byKey(key)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--set "
                              + s
                              + ": unknown parameter \""
                              + key
                              + "\"; expected one of "
                              + ParameterKey.allKeys()));
      double value;
      try {
        value = new BigDecimal(s.substring(eq + 1).strip()).doubleValue();
      } catch (NumberFormatException e) {
        throw new UsageException("--set " + s + ": the value must be a decimal number");
      }
      try {
        scenario = scenario.with(k, value);
      } catch (IllegalArgumentException e) {
        // The value breaks the parameter's hard domain, or a rule between parameters.
        throw new UsageException("--set " + s + ": " + e.getMessage());
      }
      overridden.add(k);
    }
    for (String warning : read.rangeWarnings(scenario, overridden)) {
      spec.commandLine().getErr().println("leverage: warning: " + warning);
    }
    RegimeComparison comparison = RegimeComparison.compare(scenario, regimes(), threads);
    CompareRenderer renderer = new CompareRenderer(new FixedDecimals(decimals));
    String text =
        switch (format) {
          case text -> renderer.text(comparison);
          case json -> renderer.json(comparison);
          case csv -> renderer.csv(comparison);
        };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    if (reportDir != null) {
      writeReport(new CompareReport(renderer, command()).files(comparison));
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

  /** The command line as the user could type it again, for the report. */
  private String command() {
    List<String> words = new ArrayList<>(List.of("leverage", "compare", file.toString()));
    for (String r : regimes) {
      words.add("--regime");
      words.add(r);
    }
    for (String s : sets) {
      words.add("--set");
      words.add(s);
    }
    return String.join(" ", words);
  }

  private void writeReport(Map<String, String> files) {
    OutputFiles.writeAll(reportDir, files);
    spec.commandLine().getErr().println("leverage: report written to " + reportDir);
  }
}
