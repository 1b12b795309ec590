package org.leverage.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.report.NumberFormat;
import org.leverage.report.TreeSolveRenderer;
import org.leverage.report.TreeSolveReport;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.dominance.DominanceEliminator;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.tree.BackwardInductionSolver;
import org.leverage.solve.tree.ReducedFormSolver;
import org.leverage.solve.tree.SequenceFormLcpSolver;
import org.leverage.solve.tree.SequenceFormLpSolver;
import org.leverage.solve.tree.SubgamePerfectSolver;

/**
 * The methods of {@code leverage solve} on a game tree, by name, each run into one section of a
 * {@link TreeSolveReport}:
 *
 * <ul>
 *   <li>{@code spe} (also {@code auto}): subgame-perfect equilibria. Perfect information: backward
 *       induction, every pure SPE (ties enumerated). Otherwise subgames solved bottom-up, each by
 *       the {@code --subgame-method}: {@code enummixed} (all extreme equilibria of its reduced
 *       strategic form, every combination), {@code lcp} (one equilibrium by sequence-form Lemke, as
 *       {@code gambit-lcp -P}), {@code pure}, or {@code auto} (the default): enummixed where the
 *       subgame's reduced form has at most {@link #AUTO_MAX_CELLS} cells, lcp above, so that large
 *       trees finish; pure equilibria for other than two players.
 *   <li>{@code pure}, {@code enummixed}: Nash equilibria through the reduced strategic form with
 *       that normal-form solver; {@code pure} also on trees without perfect recall.
 *   <li>{@code lcp}: one Nash equilibrium of a two-player tree by sequence-form Lemke (what
 *       gambit-lcp computes on trees); other trees are a usage error.
 *   <li>{@code lp}: the sequence-form LP of a two-player constant-sum tree.
 *   <li>{@code all}: each of the above that applies (the LP only on constant-sum games; only {@code
 *       pure} without perfect recall).
 * </ul>
 *
 * A method that does not apply throws {@link IllegalArgumentException} with the reason (exit code
 * 2), as do trees without perfect recall for every method but {@code pure}.
 */
final class TreeSolving {

  /** The method names accepted for trees, in help order. */
  static final List<String> METHODS =
      ImmutableList.of("auto", "all", "spe", "pure", "enummixed", "lcp", "lp");

  /** The names accepted by {@code --subgame-method}, the default first. */
  static final List<String> SUBGAME_METHODS = ImmutableList.of("auto", "enummixed", "lcp", "pure");

  /**
   * {@code --subgame-method auto} solves a subgame with enummixed when its reduced strategic form
   * has at most this many cells, and with sequence-form Lemke (one equilibrium) above.
   */
  static final double AUTO_MAX_CELLS = 256;

  private static final int MAX_EQUILIBRIA = 1000;

  private TreeSolving() {}

  /** Solves {@code game} with {@code method} and renders the report as {@code output} says. */
  static String render(
      String source,
      ExtensiveGame game,
      String method,
      String subgameMethod,
      OutputOptions output) {
    NumberFormat numbers = output.numberFormat();
    TreeSolveReport report = solve(source, game, method, subgameMethod);
    TreeSolveRenderer renderer = new TreeSolveRenderer(numbers);
    return switch (output.format) {
      case text -> renderer.text(report);
      case json -> renderer.json(report);
      case csv -> renderer.csv(report);
    };
  }

  /**
   * @param subgameMethod how {@code spe} solves each subgame of an imperfect-information tree: one
   *     of {@link #SUBGAME_METHODS}
   */
  static TreeSolveReport solve(
      String source, ExtensiveGame game, String method, String subgameMethod) {
    List<TreeSolveReport.Section> sections = new ArrayList<>();
    switch (method) {
      case "auto", "spe" -> sections.add(spe(game, subgameMethod));
      case "pure" -> sections.add(reduced(game, "pure", ReducedFormSolver.pureEquilibria()));
      case "enummixed" ->
          sections.add(reduced(game, "enummixed", new ReducedFormSolver(new EnumMixedSolver())));
      case "lcp" -> sections.add(lcp(game));
      case "lp" -> sections.add(lp(game));
      case "all" -> {
        if (!game.hasPerfectRecall()) {
          // Pure equilibria are all that is defined without perfect recall.
          sections.add(reduced(game, "pure", ReducedFormSolver.pureEquilibria()));
          break;
        }
        sections.add(spe(game, subgameMethod));
        sections.add(reduced(game, "pure", ReducedFormSolver.pureEquilibria()));
        if (game.numPlayers() == 2) {
          sections.add(reduced(game, "enummixed", new ReducedFormSolver(new EnumMixedSolver())));
          sections.add(lcp(game));
          if (SequenceFormLpSolver.isConstantSum(game)) {
            sections.add(lp(game));
          }
        }
      }
      case DominanceEliminator.METHOD ->
          throw new IllegalArgumentException(
              "method dominance applies to normal-form games; write the tree's reduced strategic"
                  + " form with 'leverage convert "
                  + source
                  + " OUT.nfg' and use that");
      default ->
          throw new IllegalArgumentException(
              "unknown method \""
                  + method
                  + "\" for a game tree; expected one of "
                  + String.join(", ", METHODS));
    }
    return new TreeSolveReport(source, game, sections);
  }

  private static TreeSolveReport.Section spe(ExtensiveGame game, String subgameMethod) {
    if (game.isPerfectInformation()) {
      BackwardInductionSolver.Result r =
          new BackwardInductionSolver(new BackwardInductionSolver.Options(MAX_EQUILIBRIA))
              .solve(game);
      List<TreeSolveReport.Equilibrium> eqs = new ArrayList<>();
      for (BackwardInductionSolver.Equilibrium e : r.equilibria()) {
        eqs.add(TreeSolveReport.Equilibrium.of(game, e.behaviour(game), Optional.empty()));
      }
      return new TreeSolveReport.Section(
          "spe",
          "backward induction: every pure subgame-perfect equilibrium, ties enumerated",
          true,
          r.counters(),
          eqs,
          Optional.empty());
    }
    SubgamePerfectSolver.Result r =
        new SubgamePerfectSolver(
                new SubgamePerfectSolver.Options(
                    subgameMethod(game, subgameMethod), MAX_EQUILIBRIA))
            .solve(game);
    List<TreeSolveReport.Equilibrium> eqs = new ArrayList<>();
    for (SubgamePerfectSolver.Equilibrium e : r.equilibria()) {
      eqs.add(TreeSolveReport.Equilibrium.of(game, e.profile(), Optional.empty()));
    }
    Map<String, Long> counters = new TreeMap<>(r.counters());
    r.subgamesByMethod().forEach((m, n) -> counters.put("subgames." + m, n));
    return new TreeSolveReport.Section(
        "spe",
        subgameDescription(game, subgameMethod, r.subgamesByMethod()),
        true,
        counters,
        eqs,
        Optional.empty());
  }

  /** The per-subgame method named by {@code --subgame-method}. */
  private static SubgamePerfectSolver.SubgameMethod subgameMethod(ExtensiveGame game, String name) {
    SubgamePerfectSolver.SubgameMethod pure =
        SubgamePerfectSolver.reducedForm(new PureEquilibriumSolver());
    if (!SUBGAME_METHODS.contains(name)) {
      throw new IllegalArgumentException(
          "unknown subgame method \""
              + name
              + "\"; expected one of "
              + String.join(", ", SUBGAME_METHODS));
    }
    if (game.numPlayers() != 2) {
      if (name.equals("auto") || name.equals("pure")) {
        return pure;
      }
      throw new IllegalArgumentException(
          "--subgame-method "
              + name
              + " needs a two-player tree but this tree has "
              + game.numPlayers()
              + " players; its subgames are solved for pure equilibria (--subgame-method pure)");
    }
    SubgamePerfectSolver.SubgameMethod enummixed =
        SubgamePerfectSolver.reducedForm(new EnumMixedSolver());
    SubgamePerfectSolver.SubgameMethod lcp =
        SubgamePerfectSolver.sequenceFormLemke(new SequenceFormLcpSolver());
    return switch (name) {
      case "enummixed" -> enummixed;
      case "lcp" -> lcp;
      case "pure" -> pure;
      default -> SubgamePerfectSolver.bySize(enummixed, lcp, AUTO_MAX_CELLS);
    };
  }

  /** What was computed: how many subgames each method solved, and what that method finds. */
  private static String subgameDescription(
      ExtensiveGame game, String name, Map<String, Long> byMethod) {
    List<String> parts = new ArrayList<>();
    byMethod.forEach(
        (m, n) ->
            parts.add(
                n
                    + (n == 1 ? " subgame" : " subgames")
                    + " by "
                    + m
                    + switch (m) {
                      case "enummixed" -> " (every extreme equilibrium of its reduced form)";
                      case "lcp" -> " (one equilibrium, sequence-form Lemke)";
                      case "pure" -> " (every pure equilibrium of its reduced form)";
                      default -> "";
                    }));
    String what =
        !byMethod.containsKey("lcp")
            ? "every combination of the subgames' equilibria"
            : byMethod.size() == 1
                ? "so one subgame-perfect equilibrium, not all"
                : "every combination of the equilibria found (one per lcp subgame), so not all"
                    + " subgame-perfect equilibria";
    String how;
    if (!name.equals("auto")) {
      how = "--subgame-method " + name;
    } else if (game.numPlayers() != 2) {
      how =
          "--subgame-method auto: pure equilibria, the tree has " + game.numPlayers() + " players";
    } else {
      how =
          "--subgame-method auto: lcp where a subgame's reduced strategic form has more than "
              + (long) AUTO_MAX_CELLS
              + " cells, enummixed otherwise";
    }
    return "subgames solved bottom-up, " + String.join(", ", parts) + "; " + what + "; " + how;
  }

  private static TreeSolveReport.Section reduced(
      ExtensiveGame game, String method, ReducedFormSolver solver) {
    boolean mixed = method.equals("enummixed");
    if (mixed && game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "method "
              + method
              + " needs a two-player tree but this tree has "
              + game.numPlayers()
              + " players; try --method spe or --method pure");
    }
    ReducedFormSolver.Result r = solver.solve(game);
    List<TreeSolveReport.Equilibrium> eqs = new ArrayList<>();
    List<MixedProfile> profiles = r.solved().equilibria();
    for (int i = 0; i < profiles.size(); i++) {
      BehaviourProfile b = r.behaviour().get(i);
      eqs.add(TreeSolveReport.Equilibrium.of(game, b, Optional.of(profiles.get(i))));
    }
    String description =
        mixed
            ? "all extreme Nash equilibria of the reduced strategic form, as mixed strategies"
            : game.hasPerfectRecall()
                ? "pure Nash equilibria of the reduced strategic form, as behaviour profiles"
                : "pure Nash equilibria of the reduced strategic form, as behaviour profiles;"
                    + " the tree lacks perfect recall, so mixed and subgame-perfect methods do not"
                    + " apply";
    return new TreeSolveReport.Section(
        method,
        description,
        r.solved().exact(),
        r.solved().counters(),
        eqs,
        mixed ? Optional.of(r.reducedForm()) : Optional.empty());
  }

  private static TreeSolveReport.Section lcp(ExtensiveGame game) {
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "method lcp (sequence-form Lemke) needs a two-player tree but this tree has "
              + game.numPlayers()
              + " players; try --method spe or --method pure");
    }
    SequenceFormLcpSolver.Result r = new SequenceFormLcpSolver().solve(game);
    return new TreeSolveReport.Section(
        "lcp",
        "sequence-form Lemke (Koller-Megiddo-von Stengel) on a two-player tree: one equilibrium,"
            + " uniform at information sets the player's own strategy never reaches",
        true,
        r.counters(),
        List.of(TreeSolveReport.Equilibrium.of(game, r.equilibrium(), Optional.empty())),
        Optional.empty());
  }

  private static TreeSolveReport.Section lp(ExtensiveGame game) {
    SequenceFormLpSolver.Result r = new SequenceFormLpSolver().solve(game);
    return new TreeSolveReport.Section(
        "lp",
        "sequence-form linear program of a two-player constant-sum tree: one equilibrium,"
            + " uniform at information sets the player's own strategy never reaches",
        true,
        r.counters(),
        List.of(TreeSolveReport.Equilibrium.of(game, r.equilibrium(), Optional.empty())),
        Optional.empty());
  }
}
