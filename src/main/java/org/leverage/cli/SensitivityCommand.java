package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.analysis.sensitivity.Axis;
import org.leverage.analysis.sensitivity.Chunk;
import org.leverage.analysis.sensitivity.EvaluationChunk;
import org.leverage.analysis.sensitivity.Evaluator;
import org.leverage.analysis.sensitivity.Experiment;
import org.leverage.analysis.sensitivity.MonteCarlo;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.OneWay;
import org.leverage.analysis.sensitivity.PayoffAddress;
import org.leverage.analysis.sensitivity.PayoffSweep;
import org.leverage.analysis.sensitivity.SamplingMethod;
import org.leverage.analysis.sensitivity.SensitivityAnalysis;
import org.leverage.analysis.sensitivity.SensitivityResults;
import org.leverage.analysis.sensitivity.Sobol;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.analysis.sensitivity.Threshold;
import org.leverage.analysis.sensitivity.Tornado;
import org.leverage.analysis.sensitivity.TwoWay;
import org.leverage.game.NormalFormGame;
import org.leverage.io.EvaluationFiles;
import org.leverage.io.GameFile;
import org.leverage.io.GameFormatException;
import org.leverage.io.OutputException;
import org.leverage.io.ScenarioFile;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;
import org.leverage.numeric.Rationals;
import org.leverage.report.FixedDecimals;
import org.leverage.report.MonteCarloRenderer;
import org.leverage.report.MonteCarloReport;
import org.leverage.report.OutputFormat;
import org.leverage.report.PayoffSweepRenderer;
import org.leverage.report.SensitivityRenderer;
import org.leverage.report.SensitivityReport;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage sensitivity FILE}: how a scenario's verdict moves with its parameters (one-way,
 * tornado, thresholds, two-way), or how a game's equilibria move with one payoff. Parses the
 * options into a list of analyses, runs them, renders each.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "Sensitivity of a compute-leverage scenario's verdict to its parameters: one-way sweeps,"
          + " a tornado diagram, break-even thresholds, a two-way policy map, Monte Carlo with Sobol indices, each parameter"
          + " over its plausible range [low, high] from the scenario unless --vary says"
          + " otherwise. For a two-player normal-form game: where the equilibrium set changes"
          + " as one payoff moves (--vary payoffs.ROW.COLUMN.PLAYER=LOW:HIGH[:N])."
    })
final class SensitivityCommand implements Callable<Integer> {

  /** Points of a one-way range, a two-way axis and a game's payoff range by default. */
  static final int DEFAULT_POINTS = 11;

  /** Points of a threshold's scan by default. */
  static final int DEFAULT_THRESHOLD_POINTS = 21;

  private static final String USAGE =
      "give --oneway KEY, --vary KEY=LOW:HIGH[:N], --tornado, --threshold KEY or --twoway"
          + " KEY1,KEY2";

  @Spec CommandSpec spec;

  /** Evaluates the points elsewhere (the Spark job's); null: on {@code --threads} threads. */
  private final Evaluator evaluator;

  SensitivityCommand() {
    this(null);
  }

  /** The command with every point of a scenario evaluated by {@code evaluator}. */
  SensitivityCommand(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  @Parameters(
      paramLabel = "FILE",
      description =
          "Scenario file (YAML, type: scenario), or a two-player normal-form game (YAML or"
              + " .nfg).")
  Path file;

  @Option(
      names = "--oneway",
      paramLabel = "KEY",
      description =
          "One-way analysis (repeatable): every outcome along KEY's range, the others at base,"
              + " and the bands where each regime is preferred.")
  List<String> oneway = new ArrayList<>();

  @Option(
      names = "--vary",
      paramLabel = "KEY=LOW:HIGH[:N]",
      description =
          "The range and number of points of KEY for every analysis that varies it"
              + " (repeatable); with no other analysis option each --vary is a one-way"
              + " analysis. For a game file: the payoff to vary, payoffs.ROW.COLUMN.PLAYER"
              + " (PLAYER 0-based), LOW and HIGH exact (2, 0.5, 7/3).")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--points",
      paramLabel = "N",
      description =
          "Points of each range that --vary gives none, at least 2 (default: 11; 21 for a"
              + " threshold's scan).")
  Integer points;

  @Option(
      names = "--tornado",
      description =
          "Tornado diagram of the US advantage of STRATEGIC_DEPENDENCY: every parameter whose"
              + " range has low < high moved from low to high, ranked by swing.")
  boolean tornado;

  @Option(
      names = "--threshold",
      paramLabel = "KEY",
      description =
          "Break-even values of KEY (repeatable): where the preferred regime changes, by scan"
              + " and bisection to 1e-6 of the range width (adjacent whole numbers or grid"
              + " points for a discrete parameter).")
  List<String> thresholds = new ArrayList<>();

  @Option(
      names = "--twoway",
      paramLabel = "KEY1,KEY2",
      description =
          "Two-way grid of N x N points: the preferred regime in each cell, the advantage and"
              + " the break-even curve.")
  String twoway;

  @Option(
      names = "--montecarlo",
      paramLabel = "N",
      description =
          "Monte Carlo: N draws of the parameters that have a distribution in the scenario;"
              + " the probability each regime is preferred, the US advantage's distribution and"
              + " the expected loss of committing to each regime. Not combined with the other"
              + " analyses; --format csv prints the regimes' table (montecarlo-regimes.csv).")
  Integer montecarlo;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "Seed of the Monte Carlo draws and of the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--lhs", description = "Latin hypercube sampling instead of plain draws.")
  boolean lhs;

  @Option(
      names = "--sobol",
      description =
          "With --montecarlo N: also first-order and total Sobol indices of the US advantage"
              + " (Saltelli design of N (k + 2) more solves for k uncertain parameters, Jansen"
              + " estimators, 500 bootstrap resamples for 95 %% intervals).")
  boolean sobol;

  @Option(
      names = "--chunk",
      paramLabel = "I/N",
      description =
          "With --montecarlo: evaluate only the I-th of N equal slices of the draws (1-based) and"
              + " write their raw evaluations to --out PREFIX.montecarlo.csv (and"
              + " PREFIX.sobol.csv with --sobol); leverage merge combines the slices into exactly"
              + " the output of one run.")
  String chunk;

  @Option(
      names = "--out",
      paramLabel = "PREFIX",
      description = "With --chunk: where the chunk's evaluation files go.")
  Path out;

  @Mixin ScenarioOverrides overrides;

  @Mixin DecimalOutputOptions output;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Mixin GameInputOption input;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description =
          "Also write results.json, one CSV per analysis, report.html (self-contained, with"
              + " charts: one-way lines, tornado, two-way policy map; with --montecarlo the"
              + " histogram of the US advantage and the Sobol bars) and report.md (its charts"
              + " beside it as .svg files) into DIR (created if missing); --format csv prints one"
              + " analysis only. Not with --chunk.")
  Path reportDir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads, 1 to 4 per available processor (default: the available processors); results never depend"
              + " on it.")
  Integer threads;

  @Override
  public Integer call() throws IOException, GameFormatException {
    int workers = threads == null ? WorkerThreads.available() : WorkerThreads.check(threads);
    FixedDecimals numbers = output.numbers();
    if (points != null && points < 2) {
      throw new UsageException("--points must be at least 2 but was " + points);
    }
    List<VaryOption> ranges = vary.stream().map(VaryOption::parse).toList();
    GameFile read = input.read(file);
    if (read instanceof GameFile.Scenario s) {
      return scenario(s.file(), ranges, workers, numbers);
    }
    if (read instanceof GameFile.NormalForm g) {
      return game(g, ranges);
    }
    throw new UsageException(
        read.source()
            + ": sensitivity needs a scenario (type: scenario) or a two-player normal-form game");
  }

  private int scenario(
      ScenarioFile read, List<VaryOption> ranges, int workers, FixedDecimals numbers)
      throws IOException {
    ScenarioOverrides.Applied applied = overrides.apply(read);
    Scenario scenario = applied.scenario();
    if (montecarlo != null) {
      return monteCarlo(scenario, applied, ranges, workers, numbers);
    }
    if (lhs || sobol || chunk != null || out != null) {
      throw new UsageException("--lhs, --sobol, --chunk and --out go with --montecarlo N");
    }
    Map<ParameterKey, VaryOption> varied = new LinkedHashMap<>();
    for (VaryOption v : ranges) {
      ParameterKey k = ScenarioOverrides.key(v.option(), v.key());
      if (varied.put(k, v) != null) {
        throw new UsageException(v.option() + ": " + k.key() + " is varied twice");
      }
    }
    List<SensitivityAnalysis> analyses = new Analyses(scenario, read.source(), varied).list();
    if (output.format == OutputFormat.csv && analyses.size() != 1) {
      throw new UsageException(
          "--format csv prints the table of one analysis but "
              + analyses.size()
              + " were asked for; use --report DIR (one CSV each) or --format json");
    }
    applied.warn(err());
    SensitivityResults results;
    try (TerminalProgress progress = TerminalProgress.open("sensitivity")) {
      results = SensitivityResults.run(scenario, analyses, evaluator(workers), progress);
    }
    SensitivityRenderer renderer = new SensitivityRenderer(numbers);
    print(
        switch (output.format) {
          case text -> renderer.text(results);
          case json -> renderer.json(results);
          case csv -> renderer.csv(results.results().get(0));
        });
    if (reportDir != null) {
      ReportDirectory.write(
          reportDir,
          new SensitivityReport(renderer, TypedCommand.of(spec)).files(results),
          notes());
    }
    return ExitCodes.OK;
  }

  /** Evaluates this run's slice of the draws (and of the Sobol design) and writes the files. */
  private int writeChunk(Experiment draws, Optional<Experiment> design, int workers) {
    if (out == null) {
      throw new UsageException("--chunk I/N needs --out PREFIX for the chunk's evaluation files");
    }
    Chunk slice;
    try {
      slice = Chunk.parse(chunk);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--chunk " + chunk + ": " + e.getMessage());
    }
    try (TerminalProgress progress = TerminalProgress.open("chunk " + chunk)) {
      writeEvaluations(
          draws.evaluate(slice, evaluator(workers), k -> progress.step()), "montecarlo");
      if (design.isPresent()) {
        writeEvaluations(
            design.get().evaluate(slice, evaluator(workers), k -> progress.step()), "sobol");
      }
    }
    return ExitCodes.OK;
  }

  private void writeEvaluations(EvaluationChunk evaluations, String kind) {
    Path file = Path.of(out + "." + kind + ".csv");
    try {
      EvaluationFiles.write(file, evaluations);
    } catch (IOException e) {
      throw new OutputException(file, e);
    }
    notes().println("leverage: wrote " + file);
  }

  /** Where the points are evaluated: elsewhere when given one, else on {@code workers} threads. */
  private Evaluator evaluator(int workers) {
    return evaluator != null ? evaluator : Evaluator.threads(workers);
  }

  /** Bootstrap resamples of the Sobol indices' intervals. */
  static final int SOBOL_RESAMPLES = 500;

  private int monteCarlo(
      Scenario scenario,
      ScenarioOverrides.Applied applied,
      List<VaryOption> ranges,
      int workers,
      FixedDecimals numbers) {
    if (tornado
        || twoway != null
        || !oneway.isEmpty()
        || !thresholds.isEmpty()
        || !ranges.isEmpty()) {
      throw new UsageException(
          "--montecarlo runs alone; give the one-way, tornado, threshold and two-way analyses"
              + " in another run");
    }
    if (montecarlo < 2) {
      throw new UsageException("--montecarlo needs at least 2 draws but was " + montecarlo);
    }
    if (chunk != null && reportDir != null) {
      throw new UsageException(
          "--chunk writes a slice's raw evaluations, not a report; leave out --report, or run"
              + " --montecarlo without --chunk");
    }
    SamplingMethod method = lhs ? SamplingMethod.LATIN_HYPERCUBE : SamplingMethod.PLAIN;
    Experiment draws;
    Optional<Experiment> design;
    try {
      draws = Experiment.monteCarlo(scenario, method, montecarlo, seed);
      design =
          sobol
              ? Optional.of(Experiment.sobol(scenario, method, montecarlo, seed))
              : Optional.empty();
    } catch (IllegalArgumentException e) {
      // No parameter has a distribution, or the design is too large.
      throw new UsageException(e.getMessage());
    }
    applied.warn(err());
    if (chunk != null) {
      return writeChunk(draws, design, workers);
    }
    if (out != null) {
      throw new UsageException("--out goes with --chunk I/N");
    }
    MonteCarloSummary summary;
    Optional<SobolIndices> indices = Optional.empty();
    try (TerminalProgress progress = TerminalProgress.open("monte carlo")) {
      progress.plan(draws.run().size() + design.map(d -> (long) d.run().size()).orElse(0L));
      summary =
          MonteCarlo.summarize(
              draws.evaluate(Chunk.WHOLE, evaluator(workers), k -> progress.step()));
      if (design.isPresent()) {
        EvaluationChunk all =
            design.get().evaluate(Chunk.WHOLE, evaluator(workers), k -> progress.step());
        indices = Optional.of(Sobol.ofAdvantage(all, SOBOL_RESAMPLES, seed));
      }
    }
    MonteCarloRenderer renderer = new MonteCarloRenderer(numbers);
    print(
        switch (output.format) {
          case text -> renderer.text(scenario.name(), summary, indices);
          case json -> renderer.json(scenario.name(), summary, indices);
          case csv -> renderer.regimesCsv(summary);
        });
    if (reportDir != null) {
      ReportDirectory.write(
          reportDir,
          new MonteCarloReport(renderer, TypedCommand.of(spec)).files(scenario, summary, indices),
          err());
    }
    return ExitCodes.OK;
  }

  /** The analyses asked for on one scenario, each parameter's range resolved. */
  private final class Analyses {

    private final Scenario scenario;
    private final String source;
    private final Map<ParameterKey, VaryOption> varied;
    private final Set<ParameterKey> used = EnumSet.noneOf(ParameterKey.class);

    Analyses(Scenario scenario, String source, Map<ParameterKey, VaryOption> varied) {
      this.scenario = scenario;
      this.source = source;
      this.varied = varied;
    }

    /**
     * In a fixed order: one-way, tornado, thresholds, two-way.
     *
     * @throws UsageException for a bad or duplicate option, or a {@code --vary} that no analysis
     *     uses
     */
    List<SensitivityAnalysis> list() {
      boolean named = !oneway.isEmpty() || tornado || !thresholds.isEmpty() || twoway != null;
      if (!named && varied.isEmpty()) {
        throw new UsageException("nothing to analyse: " + USAGE);
      }
      List<SensitivityAnalysis> out = new ArrayList<>();
      for (ParameterKey k : named ? keys("--oneway", oneway) : varied.keySet()) {
        out.add(new OneWay.Request(axis(k, DEFAULT_POINTS, "--oneway")));
      }
      if (tornado) {
        List<Axis> axes = new ArrayList<>();
        for (ParameterSpec s : scenario.specs()) {
          if (varied.containsKey(s.key()) || s.low() < s.high()) {
            axes.add(axis(s.key(), DEFAULT_POINTS, "--tornado"));
          }
        }
        out.add(new Tornado.Request(axes));
      }
      for (ParameterKey k : keys("--threshold", thresholds)) {
        out.add(
            new Threshold.Request(
                axis(k, DEFAULT_THRESHOLD_POINTS, "--threshold"),
                Threshold.DEFAULT_RELATIVE_PRECISION));
      }
      if (twoway != null) {
        String option = "--twoway " + twoway;
        String[] pair = twoway.split(",", -1);
        if (pair.length != 2) {
          throw new UsageException("--twoway expects KEY1,KEY2 but was \"" + twoway + "\"");
        }
        ParameterKey x = ScenarioOverrides.key(option, pair[0]);
        ParameterKey y = ScenarioOverrides.key(option, pair[1]);
        if (x == y) {
          throw new UsageException(
              option + ": the two parameters must differ but both are " + x.key());
        }
        out.add(
            new TwoWay.Request(
                axis(x, DEFAULT_POINTS, "--twoway"), axis(y, DEFAULT_POINTS, "--twoway")));
      }
      for (Map.Entry<ParameterKey, VaryOption> v : varied.entrySet()) {
        if (!used.contains(v.getKey())) {
          throw new UsageException(
              v.getValue().option()
                  + ": no analysis asked for varies "
                  + v.getKey().key()
                  + "; add --oneway "
                  + v.getKey().key()
                  + " or --threshold "
                  + v.getKey().key());
        }
      }
      return out;
    }

    /** The parameters named by a repeatable option, each at most once. */
    private List<ParameterKey> keys(String option, List<String> names) {
      Set<ParameterKey> seen = EnumSet.noneOf(ParameterKey.class);
      List<ParameterKey> out = new ArrayList<>();
      for (String name : names) {
        ParameterKey k = ScenarioOverrides.key(option + " " + name, name);
        if (!seen.add(k)) {
          throw new UsageException(option + " " + k.key() + " is given twice");
        }
        out.add(k);
      }
      return out;
    }

    /**
     * The axis of {@code key}: the range and points of its {@code --vary}, else the scenario's
     * range with {@code --points} or {@code defaultPoints} points.
     */
    private Axis axis(ParameterKey key, int defaultPoints, String option) {
      used.add(key);
      VaryOption v = varied.get(key);
      ParameterSpec s = scenario.spec(key);
      int n =
          v != null && v.points().isPresent()
              ? v.points().getAsInt()
              : points != null ? points : defaultPoints;
      double low = v == null ? s.low() : ScenarioOverrides.number(v.option(), v.low());
      double high = v == null ? s.high() : ScenarioOverrides.number(v.option(), v.high());
      try {
        return Axis.of(scenario, key, low, high, n);
      } catch (IllegalArgumentException e) {
        String where =
            v != null ? v.option() : option + " " + key.key() + " (its range in " + source + ")";
        throw new UsageException(where + ": " + e.getMessage());
      }
    }
  }

  private int game(GameFile.NormalForm read, List<VaryOption> ranges) throws IOException {
    if (!oneway.isEmpty()
        || tornado
        || !thresholds.isEmpty()
        || twoway != null
        || !overrides.sets.isEmpty()) {
      throw new UsageException(
          read.source()
              + " is a game, not a scenario: --oneway, --tornado, --threshold, --twoway and --set"
              + " need a scenario; a game takes one --vary payoffs.ROW.COLUMN.PLAYER=LOW:HIGH[:N]");
    }
    if (ranges.size() != 1) {
      throw new UsageException(
          "a game file takes exactly one --vary payoffs.ROW.COLUMN.PLAYER=LOW:HIGH[:N] but "
              + ranges.size()
              + " were given");
    }
    VaryOption v = ranges.get(0);
    NormalFormGame game = read.game();
    int n = v.points().orElse(points != null ? points : DEFAULT_POINTS);
    PayoffSweep sweep;
    try (TerminalProgress progress = TerminalProgress.open("sensitivity")) {
      sweep =
          PayoffSweep.run(
              game,
              PayoffAddress.parse(game, v.key()),
              exact(v.low(), "LOW"),
              exact(v.high(), "HIGH"),
              n,
              PayoffSweep.DEFAULT_RELATIVE_PRECISION,
              progress);
    } catch (IllegalArgumentException e) {
      throw new UsageException(v.option() + ": " + e.getMessage());
    }
    PayoffSweepRenderer renderer = new PayoffSweepRenderer(read.source(), game);
    print(
        switch (output.format) {
          case text -> renderer.text(sweep);
          case json -> renderer.json(sweep);
          case csv -> renderer.csv(sweep);
        });
    if (reportDir != null) {
      ReportDirectory.write(reportDir, renderer.files(sweep), notes());
    }
    return ExitCodes.OK;
  }

  private static BigFraction exact(String text, String what) {
    return Rationals.parse(text)
        .orElseThrow(
            // Caught with the option's name by the caller.
            () ->
                new IllegalArgumentException(
                    what + " must be a number (2, -0.5, 7/3) but was \"" + text + "\""));
  }

  private void print(String text) {
    outputFile.print(spec, text);
  }

  private PrintWriter notes() {
    return quiet.notes(spec);
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
