package org.leverage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.leverage.io.GameFile;
import org.leverage.report.OutputFormat;
import org.leverage.report.SolutionRenderer;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.GameKind;
import org.leverage.solve.catalog.Solution;
import org.leverage.solve.catalog.SolverCatalog;
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

  @Mixin OutputOptions output;

  @Mixin OutputFileOption outputFile;

  @Mixin GameInputOption input;

  @Mixin SubgamePerfectOption perfect;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() throws Exception {
    var renderer = new SolutionRenderer(output.numberFormat(), output.format);
    if (components && output.format == OutputFormat.csv) {
      throw new UsageException(
          "--components is printed in text and json only; use --format text or json, or drop"
              + " --components");
    }
    GameFile read = input.read(file);
    Solution solution =
        SolverCatalog.solve(
            read.problem(),
            perfect.method(method, read.problem().kind()),
            new SolverCatalog.Settings(
                optional(label),
                components,
                optional(periods),
                optional(threads == null ? null : WorkerThreads.check(threads)),
                Optional.ofNullable(selection),
                output.exact,
                Optional.ofNullable(subgameMethod)));
    outputFile.print(spec, renderer.render(read.source(), solution));
    return ExitCodes.OK;
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
