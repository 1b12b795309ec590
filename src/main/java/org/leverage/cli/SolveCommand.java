package org.leverage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;
import org.leverage.io.DynamicGameSpec;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.report.DominanceRenderer;
import org.leverage.report.DynamicRenderer;
import org.leverage.report.DynamicReport;
import org.leverage.report.FixedDecimals;
import org.leverage.report.NumberFormat;
import org.leverage.report.SolveCsvRenderer;
import org.leverage.report.SolveJsonRenderer;
import org.leverage.report.SolveReport;
import org.leverage.report.SolveTextRenderer;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.dominance.DominanceEliminator;
import org.leverage.solve.dynamic.BackwardInductionSolver;
import org.leverage.solve.dynamic.DynamicSolverOptions;
import org.leverage.solve.dynamic.ValueIterationSolver;
import picocli.CommandLine.Command;
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

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Game file: Gambit .nfg or .efg, or leverage YAML.")
  Path file;

  @Option(
      names = "--method",
      defaultValue = "auto",
      paramLabel = "METHOD",
      description = {
        "One of: ${COMPLETION-CANDIDATES}.",
        "auto: enummixed for two players, pure otherwise (default).",
        "all: every equilibrium method that applies to the game.",
        "dominance: iterated elimination of strictly dominated strategies (pure and mixed).",
        "Game trees: spe (the default; subgame-perfect equilibria: backward induction with ties"
            + " enumerated on perfect information, else subgames solved bottom-up), pure and"
            + " enummixed (on the reduced strategic form; enummixed prints its mixed strategies),"
            + " lcp (sequence-form Lemke, one equilibrium of a two-player tree, as gambit-lcp), lp"
            + " (sequence-form LP, two-player constant-sum), all."
      },
      completionCandidates = SolverCatalog.Names.class)
  String method;

  @Option(
      names = "--components",
      description = {
        "enummixed: also print the maximal Nash subsets (convex sets of equilibria spanned by",
        "compatible extreme equilibria), as gambit-enummixed -c does; text and json only."
      })
  boolean components;

  @Option(
      names = "--label",
      paramLabel = "K",
      description = {
        "lcp: follow only the Lemke-Howson path that drops label K (1-based, row strategies",
        "first) and print the one equilibrium it ends at, as gambit-lcp -e 1 does."
      })
  Integer label;

  @Option(
      names = "--subgame-method",
      paramLabel = "M",
      defaultValue = "auto",
      description = {
        "Game trees, --method spe: how each subgame is solved. auto (default): enummixed where"
            + " its reduced strategic form has at most 256 cells, lcp above; enummixed: every"
            + " extreme equilibrium (all combinations; can take long); lcp: one equilibrium by"
            + " sequence-form Lemke (one SPE, fast, as gambit-lcp -P); pure: pure equilibria."
      })
  String subgameMethod;

  @Option(
      names = "--periods",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Dynamic games with an infinite horizon: periods of the expected path (default:"
              + " ${DEFAULT-VALUE}).")
  int periods;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "Dynamic games: worker threads over states (default: ${DEFAULT-VALUE}).")
  int threads;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NumberFormat numbers = output.numberFormat();
    GameFile read = GameFiles.readAny(file);
    String text;
    if (read instanceof GameFile.NormalForm nf) {
      text =
          DominanceEliminator.METHOD.equals(method)
              ? dominance(nf.game(), numbers)
              : equilibria(nf.game(), numbers);
    } else if (read instanceof GameFile.Extensive t) {
      text = TreeSolving.render(t.source(), t.game(), method, subgameMethod, output);
    } else if (read instanceof GameFile.Dynamic d) {
      text = dynamic(d.spec(), numbers);
    } else {
      throw new IllegalArgumentException(
          file
              + " is a repeated game; run: leverage repeated "
              + file
              + " (minmax values, payoff sets, discount thresholds, finite-horizon SPE)");
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private String dynamic(DynamicGameSpec game, NumberFormat numbers) {
    if (!method.equals("auto") && !method.equals("all")) {
      throw new IllegalArgumentException(
          "--method "
              + method
              + " applies to normal-form games; a dynamic game is solved by backward induction"
              + " (finite horizon) or value iteration (infinite horizon): use --method auto");
    }
    if (periods < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "--periods and --threads must be at least 1 but were " + periods + " and " + threads);
    }
    DynamicSolverOptions options = DynamicSolverOptions.of(game.timing()).withThreads(threads);
    DynamicReport report =
        game.infinite()
            ? DynamicReport.stationary(
                file.toString(),
                game.title(),
                game.game(),
                new ValueIterationSolver(options, game.tolerance(), game.maxIterations())
                    .solve(game.game()),
                game.initialDistribution(),
                periods)
            : DynamicReport.finite(
                file.toString(),
                game.title(),
                game.game(),
                new BackwardInductionSolver(options).solve(game.game()),
                game.initialDistribution());
    DynamicRenderer renderer = new DynamicRenderer(FixedDecimals.of(numbers));
    return switch (output.format) {
      case text -> renderer.text(report);
      case json -> renderer.json(report);
      case csv -> renderer.csv(report);
    };
  }

  private String dominance(NormalFormGame game, NumberFormat numbers) {
    DominanceEliminator.Result result = new DominanceEliminator().eliminate(game);
    DominanceRenderer renderer = new DominanceRenderer(numbers);
    return switch (output.format) {
      case text -> renderer.text(file.toString(), game, result);
      case json -> renderer.json(file.toString(), game, result);
      case csv -> renderer.csv(result);
    };
  }

  private String equilibria(NormalFormGame game, NumberFormat numbers) {
    List<EquilibriumSolver> solvers =
        SolverCatalog.solversFor(
            method,
            game,
            new SolverCatalog.Settings(
                label == null ? OptionalInt.empty() : OptionalInt.of(label)));
    List<EquilibriumSolver.Result> results = solvers.stream().map(s -> s.solve(game)).toList();
    SolveReport report = SolveReport.of(file.toString(), game, results, components);
    return switch (output.format) {
      case text -> new SolveTextRenderer(numbers).render(report);
      case json -> new SolveJsonRenderer(numbers).render(report);
      case csv -> new SolveCsvRenderer(numbers).render(report);
    };
  }
}
