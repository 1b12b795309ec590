package org.leverage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;
import org.leverage.io.GameFiles;
import org.leverage.report.DominanceRenderer;
import org.leverage.report.NumberFormat;
import org.leverage.report.SolveCsvRenderer;
import org.leverage.report.SolveJsonRenderer;
import org.leverage.report.SolveReport;
import org.leverage.report.SolveTextRenderer;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.dominance.DominanceEliminator;
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
    description =
        "Find the equilibria of a game file: a normal-form game (.nfg or YAML) or a game tree"
            + " (.efg or YAML with type: extensive-form).")
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
            + " lcp (Lemke-Howson on the reduced strategic form, not sequence-form Lemke), lp"
            + " (sequence-form LP, two-player constant-sum), all."
      },
      completionCandidates = SolverCatalog.Names.class)
  String method;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (GameFiles.isExtensive(file)) {
      spec.commandLine()
          .getOut()
          .print(
              TreeSolving.render(file.toString(), GameFiles.readExtensive(file), method, output));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    NumberFormat numbers = output.numberFormat();
    NormalFormGame game = GameFiles.readNormalForm(file);
    String text =
        DominanceEliminator.METHOD.equals(method)
            ? dominance(game, numbers)
            : equilibria(game, numbers);
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
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
    List<EquilibriumSolver> solvers = SolverCatalog.solversFor(method, game);
    List<EquilibriumSolver.Result> results = solvers.stream().map(s -> s.solve(game)).toList();
    SolveReport report = SolveReport.of(file.toString(), game, results);
    return switch (output.format) {
      case text -> new SolveTextRenderer(numbers).render(report);
      case json -> new SolveJsonRenderer(numbers).render(report);
      case csv -> new SolveCsvRenderer(numbers).render(report);
    };
  }
}
