package org.leverage.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.leverage.io.DistributionFile;
import org.leverage.io.FrequencyReader;
import org.leverage.io.GameFile;
import org.leverage.report.NumberFormat;
import org.leverage.report.OutputFormat;
import org.leverage.report.ProbabilityDigits;
import org.leverage.report.QreRenderer;
import org.leverage.report.SolutionRenderer;
import org.leverage.report.SolveCsvRenderer;
import org.leverage.report.SolveCsvShape;
import org.leverage.solve.UsageException;
import org.leverage.solve.Watch;
import org.leverage.solve.catalog.GameKind;
import org.leverage.solve.catalog.Problem;
import org.leverage.solve.catalog.QreSolution;
import org.leverage.solve.catalog.Solution;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.correlated.CorrelatedDistribution;
import org.leverage.solve.correlated.CorrelatedEquilibriumSolver;
import org.leverage.solve.nplayer.EnumPolySolver;
import org.leverage.solve.nplayer.GlobalNewtonSolver;
import org.leverage.solve.nplayer.SimplicialSubdivisionSolver;
import org.leverage.solve.qre.LogitFit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage solve FILE}: the equilibria of a game. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = {
      "Find the equilibria of a game file: a normal-form game (.nfg or YAML) or a game tree"
          + " (.efg or YAML with type: extensive-form).",
      "A dynamic game (YAML type: dynamic) is solved by backward induction over (period, state),"
          + " or by value iteration for an infinite horizon: the equilibrium policy, the values"
          + " and the expected path. For a repeated game (type: repeated) use leverage repeated."
    })
final class SolveCommand implements Callable<Integer> {

  private static final String METHODS_SECTION = "methods";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Game file: Gambit .nfg or .efg, or leverage YAML; - reads standard input.")
  Path file;

  @Option(
      names = "--method",
      defaultValue = "auto",
      paramLabel = "METHOD",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; see Methods).",
      completionCandidates = SolverCatalog.Names.class)
  String method;

  @Option(
      names = {"-c", "--components"},
      description =
          "enummixed: also print the maximal Nash subsets (convex sets of equilibria spanned by"
              + " compatible extreme equilibria), as gambit-enummixed -c does; text and json only.")
  boolean components;

  @Option(
      names = "--label",
      paramLabel = "K",
      description =
          "lcp: follow only the Lemke-Howson path that drops label K (1-based, row strategies"
              + " first) and print the one equilibrium it ends at, as gambit-lcp -e 1 does.")
  Integer label;

  @Option(
      names = "--subgame-method",
      paramLabel = "M",
      description = {
        "Game trees, --method spe (or auto, all): how each subgame is solved. auto (default):"
            + " enummixed where its reduced strategic form has at most 256 cells, lcp above;"
            + " enummixed: every extreme equilibrium (all combinations; can take long); lcp: one"
            + " equilibrium by sequence-form Lemke (one SPE, fast, as gambit-lcp -P); pure: pure"
            + " equilibria. Refused where no subgame is solved (perfect information, no perfect"
            + " recall, other methods and game kinds)."
      })
  String subgameMethod;

  @Option(
      names = "--periods",
      paramLabel = "N",
      description =
          "Dynamic games with an infinite horizon: periods of the expected path (default: "
              + SolverCatalog.DEFAULT_PATH_PERIODS
              + ").")
  Integer periods;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Dynamic games: worker threads over states, 1 to 4 per available processor (default:"
              + " 1).")
  Integer threads;

  @Option(
      names = "--selection",
      paramLabel = "RULE",
      description =
          "Dynamic games with simultaneous timing: which stage equilibrium to continue with."
              + " first-undominated (default): the first, in canonical order, that no other"
              + " Pareto-dominates; first: the first in canonical order. Canonical order is"
              + " lexicographic on the probabilities (row player's, then column player's), larger"
              + " first.")
  String selection;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      description =
          "--method correlated: instead of optimising, check whether the distribution over cells in"
              + " FILE is a correlated equilibrium, printing each violated incentive constraint with its"
              + " exact gain. CSV: a header with the player names, then probability; one row per cell:"
              + " its strategies (labels or 1-based numbers), then an exact probability (1/3, 0.25).")
  Path check;

  @Option(
      names = "--max-lp-size",
      paramLabel = "N",
      description =
          "--method correlated: most entries of one linear program's tableau, (K + 2) x (cells + K"
              + " + 2) for K incentive constraints (default: "
              + CorrelatedEquilibriumSolver.DEFAULT_MAX_LP_ENTRIES
              + ").")
  Long maxLpSize;

  @Option(
      names = "--select",
      paramLabel = "CRITERION",
      description =
          "Normal-form equilibrium methods: mark the equilibria a criterion selects, with the"
              + " reason. pareto: not Pareto-dominated by another; payoff: payoff dominance (better for"
              + " every player than every other); risk: risk dominance between strict pure equilibria"
              + " (Nash product of deviation losses); logit: the equilibrium the principal logit QRE"
              + " branch converges to.")
  String select;

  @Option(
      names = "--lambda",
      split = ",",
      paramLabel = "L",
      description =
          "qre: print the logit QRE of the principal branch at each lambda (non-negative, strictly"
              + " increasing, comma-separated; in reciprocal payoff units, as gambit-logit -l)"
              + " instead of its limit.")
  List<Double> lambdas;

  @Option(
      names = "--branch",
      description =
          "qre: print every traced point of the principal branch (lambda, probabilities).")
  boolean branch;

  @Option(
      names = "--fit",
      paramLabel = "FREQS.csv",
      description =
          "qre: fit lambda to observed play by maximum likelihood. The CSV has the header"
              + " player,strategy,count and one row per observed strategy (names or 1-based"
              + " numbers).")
  Path fit;

  @Option(
      names = "--max-supports",
      paramLabel = "N",
      description =
          "enumpoly: the most support profiles (one non-empty set of strategies per player;"
              + " prod (2^m - 1) over the players) it may enumerate (default: 100000). Checked before"
              + " anything runs; auto and all skip enumpoly above it, with a note.")
  Long maxSupports;

  @Option(
      names = "--max-unknowns",
      paramLabel = "N",
      description =
          "enumpoly, three or more players: the most unknowns of a polynomial system, one per"
              + " strategy beyond each player's first (default: 9); the work grows exponentially with it.")
  Integer maxUnknowns;

  @Option(
      names = "--max-refinements",
      paramLabel = "N",
      description =
          "simpdiv: how many times the grid may be halved after the first path (default: 30, at"
              + " most 40).")
  Integer maxRefinements;

  @Option(
      names = "--max-pivots",
      paramLabel = "N",
      description = "simpdiv: the most pivots of all its paths together (default: 1000000).")
  Long maxPivots;

  @Option(
      names = "--max-steps",
      paramLabel = "N",
      description = "gnm: the most predictor-corrector steps of its path (default: 10000).")
  Integer maxSteps;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "gnm: the seed of the random perturbation ray (default: 1); another seed may find other"
              + " equilibria.")
  Long seed;

  @Option(
      names = "--tolerance",
      paramLabel = "EPS",
      description =
          "simpdiv and gnm: the regret, in the game's payoffs, below which a profile is accepted"
              + " as an equilibrium (default: 1e-8).")
  Double tolerance;

  @Option(
      names = "--max-equilibria",
      paramLabel = "N",
      description =
          "pure and enummixed (normal form), spe (trees): the most equilibria listed before the"
              + " method stops at its limit with exit code 4 (defaults: pure 100000, enummixed"
              + " 1000000, spe 1000).")
  Integer maxEquilibriaOption;

  /** The longest --time-limit: about eleven and a half days. */
  private static final BigDecimal MOST_SECONDS = BigDecimal.valueOf(1_000_000);

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      description =
          "Stop solving after SECONDS (decimals allowed) with exit code 4. The equilibrium"
              + " methods of a normal-form game print what they found by then, marked as possibly"
              + " incomplete; trees, dynamic games, dominance, correlated and qre print nothing.")
  BigDecimal timeLimit;

  @Option(
      names = "--stream",
      description =
          "With --format csv on a normal-form game: print each equilibrium's row the moment it is"
              + " found, in the order found, instead of all of them sorted at the end (not with"
              + " --method all or --select).")
  boolean stream;

  @Mixin OutputOptions output;

  @Mixin OutputFileOption outputFile;

  @Mixin GameInputOption input;

  @Mixin SubgamePerfectOption perfect;

  @Mixin QuietOption quiet;

  @Mixin SolveReportOption report;

  @Override
  public Integer call() throws Exception {
    if (SolverCatalog.isQre(method) || lambdas != null || branch || fit != null) {
      return qre();
    }
    NumberFormat numbers = output.numberFormat();
    if (components && output.format == OutputFormat.csv) {
      throw new UsageException(
          "--components is printed in text and json only; use --format text or json, or drop"
              + " --components");
    }
    GameFile read = input.read(file);
    report.requireDynamic(read);
    timeLimit(); // a bad --time-limit is refused before --stream prints anything
    String chosen = perfect.method(method, read.problem().kind());
    SolveCsvShape shape =
        new SolveCsvShape(
            csvHeader(read.problem().kind()),
            SolverCatalog.runsEveryMethod(chosen),
            select != null);
    var renderer = new SolutionRenderer(numbers, output.format, shape);
    if (stream) {
      requireStreamable(read.problem());
    }
    Optional<CorrelatedDistribution> distribution = Optional.empty();
    if (check != null) {
      if (!(read.problem() instanceof Problem.NormalForm nf)) {
        throw new UsageException(
            "--check applies to --method correlated on normal-form games; " + file + " is not one");
      }
      distribution = Optional.of(DistributionFile.read(check, nf.game()));
    }
    Solution solution;
    PrintWriter out = outputFile.open(spec);
    try (TerminalWatch bar = TerminalWatch.open("solve")) {
      Watch watch = bar;
      if (stream) {
        SolveCsvRenderer rows = new SolveCsvRenderer(numbers, shape);
        if (shape.header()) {
          out.print(rows.header(((Problem.NormalForm) read.problem()).game()));
        }
        watch = new StreamedRows(bar, out, numbers, rows);
      }
      solution =
          SolverCatalog.solve(
              read.problem(),
              chosen,
              settings().check(distribution).watch(timeLimited(watch)).build());
    }
    requireDigits(solution);
    if (!stream) {
      out.print(renderer.render(read.source(), solution));
    }
    outputFile.close(spec);
    report.write(spec, read.source(), solution, output.numberFormat(), quiet.notes(spec));
    if (solution instanceof Solution.NormalForm nf && !nf.complete()) {
      // CSV rows carry no notes: say on standard error why the list may be incomplete.
      if (output.format == OutputFormat.csv) {
        nf.notes().forEach(note -> spec.commandLine().getErr().println("leverage: " + note));
      }
      return ExitCodes.SOLVER_LIMIT;
    }
    return ExitCodes.OK;
  }

  /** {@code watch}, stopping the solver once {@code --time-limit} has passed from now if given. */
  private Watch timeLimited(Watch watch) {
    Duration limit = timeLimit();
    return limit == null ? watch : watch.stoppingAfter(limit, "--time-limit");
  }

  /** {@code --time-limit} as a duration, checked; null when not given. */
  private Duration timeLimit() {
    if (timeLimit == null) {
      return null;
    }
    if (timeLimit.signum() <= 0 || timeLimit.compareTo(MOST_SECONDS) > 0) {
      throw new UsageException(
          "--time-limit must be more than 0 and at most "
              + MOST_SECONDS.toPlainString()
              + " seconds but was "
              + timeLimit.toPlainString());
    }
    long millis = timeLimit.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    return Duration.ofMillis(millis);
  }

  /** Refuses {@code --stream} where there are no rows to stream or they would be reordered. */
  private void requireStreamable(Problem problem) {
    if (output.format != OutputFormat.csv) {
      throw new UsageException("--stream prints CSV rows; add --format csv");
    }
    if (problem.kind() != GameKind.NORMAL_FORM) {
      throw new UsageException(
          "--stream applies to normal-form games, not to "
              + problem.kind().plural()
              + " such as "
              + file);
    }
    if (perfect.method(method, problem.kind()).equals("all") || select != null) {
      throw new UsageException(
          "--stream prints one method's equilibria as they are found; drop --method all and"
              + " --select, which need every equilibrium first");
    }
  }

  /**
   * Whether the CSV starts with a header row ({@code --header}).
   *
   * @throws UsageException for a dynamic game, whose CSV is a list of records of several kinds
   */
  private boolean csvHeader(GameKind kind) {
    boolean header = output.csvHeader();
    if (header && kind == GameKind.DYNAMIC) {
      throw new UsageException(
          "--header: the CSV of a dynamic game is a list of records of several kinds (value,"
              + " policy, state, ...), each with its own columns and named by its first field, so it"
              + " has no one header row; drop --header");
    }
    return header;
  }

  /**
   * Refuses {@code --decimals} too few to tell a mixed probability from 0 or 1, which would print a
   * mixed equilibrium as if it were pure.
   */
  private void requireDigits(Solution solution) {
    NumberFormat format = output.numberFormat();
    if (format.exact() || !(solution instanceof Solution.NormalForm nf)) {
      return;
    }
    ProbabilityDigits.require(format, ProbabilityDigits.needed(nf));
  }

  private Integer qre() throws Exception {
    var renderer = new QreRenderer(output.numberFormat(), output.format);
    GameFile read = input.read(file);
    report.requireDynamic(read);
    if (stream) {
      throw new UsageException(
          "--stream prints the rows of the equilibrium methods as they are found; qre traces one"
              + " branch and prints it once traced: drop --stream");
    }
    Optional<LogitFit.Counts> counts =
        fit == null
            ? Optional.empty()
            : Optional.of(FrequencyReader.read(fit, SolverCatalog.qreGame(method, read.problem())));
    SolverCatalog.Settings settings =
        settings()
            .qreLambdas(lambdas == null ? List.of() : lambdas)
            .qreBranch(branch)
            .qreCounts(counts)
            .watch(timeLimited(Watch.NONE))
            .build();
    QreSolution solution = SolverCatalog.solveQre(read.problem(), method, settings);
    outputFile.print(spec, renderer.render(read.source(), solution));
    return ExitCodes.OK;
  }

  /** The settings every method reads, from the options given. */
  private SolverCatalog.Settings.Builder settings() {
    return SolverCatalog.Settings.builder()
        .lcpLabel(optional(label))
        .components(components)
        .pathPeriods(optional(periods))
        .threads(optional(threads == null ? null : WorkerThreads.check(threads)))
        .selection(Optional.ofNullable(selection))
        .exact(output.exact)
        .subgameMethod(Optional.ofNullable(subgameMethod))
        .maxLpSize(maxLpSize == null ? OptionalLong.empty() : OptionalLong.of(maxLpSize))
        .select(Optional.ofNullable(select))
        .enumpoly(enumpolyLimits())
        .simpdiv(simpdivOptions())
        .gnm(gnmOptions())
        .maxEquilibria(maxEquilibria());
  }

  private EnumPolySolver.Options enumpolyLimits() {
    EnumPolySolver.Options d = EnumPolySolver.Options.DEFAULT;
    long supports = maxSupports == null ? d.maxSupports() : maxSupports;
    int unknowns = maxUnknowns == null ? d.maxUnknowns() : maxUnknowns;
    if (supports < 1 || unknowns < 1) {
      throw new UsageException(
          "--max-supports and --max-unknowns must be at least 1 but were "
              + supports
              + " and "
              + unknowns);
    }
    return new EnumPolySolver.Options(supports, unknowns);
  }

  private SimplicialSubdivisionSolver.Options simpdivOptions() {
    SimplicialSubdivisionSolver.Options d = SimplicialSubdivisionSolver.Options.DEFAULTS;
    try {
      return new SimplicialSubdivisionSolver.Options(
          d.start(),
          d.initialGrid(),
          maxRefinements == null ? d.maxRefinements() : maxRefinements,
          maxPivots == null ? d.maxPivots() : maxPivots,
          tolerance == null ? d.tolerance() : tolerance);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--max-refinements must be in [0, 40], --max-pivots at least 1 and --tolerance positive: "
              + e.getMessage());
    }
  }

  private GlobalNewtonSolver.Options gnmOptions() {
    GlobalNewtonSolver.Options d = GlobalNewtonSolver.Options.DEFAULTS;
    try {
      return new GlobalNewtonSolver.Options(
          seed == null ? d.seed() : seed,
          maxSteps == null ? d.maxSteps() : maxSteps,
          tolerance == null ? d.tolerance() : tolerance);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--max-steps must be at least 1 and --tolerance positive: " + e.getMessage());
    }
  }

  private OptionalInt maxEquilibria() {
    if (maxEquilibriaOption != null && maxEquilibriaOption < 1) {
      throw new UsageException(
          "--max-equilibria must be at least 1 but was " + maxEquilibriaOption);
    }
    return optional(maxEquilibriaOption);
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /**
   * Adds the catalog's methods to {@code solve}'s help, after the options: every method with what
   * it does on each kind of game it applies to.
   */
  static void describeMethods(CommandLine solve) {
    solve.getHelpSectionMap().put(METHODS_SECTION, SolveCommand::methods);
    List<String> keys = new ArrayList<>(solve.getHelpSectionKeys());
    keys.add(
        keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING),
        METHODS_SECTION);
    solve.setHelpSectionKeys(keys);
  }

  private static String methods(Help help) {
    int width = help.commandSpec().usageMessage().width();
    Help.TextTable table =
        Help.TextTable.forColumns(
            help.colorScheme(),
            new Help.Column(13, 2, Help.Column.Overflow.SPAN),
            new Help.Column(width - 13, 2, Help.Column.Overflow.WRAP));
    for (SolverCatalog.Method m : SolverCatalog.METHODS) {
      String name = m.name();
      for (Map.Entry<GameKind, String> use : m.uses().entrySet()) {
        table.addRowValues(name, use.getKey().plural() + ": " + use.getValue());
        name = "";
      }
    }
    return help.createHeading("%nMethods (--method), by kind of game:%n") + table;
  }
}
