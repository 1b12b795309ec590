package org.leverage.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.report.NumberFormat;
import org.leverage.report.TreeSolveRenderer;
import org.leverage.report.TreeSolveReport;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.UsageException;
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
 *       induction, every pure SPE (ties enumerated). Otherwise subgames solved bottom-up on their
 *       reduced strategic forms, with all extreme equilibria (enummixed) for two players and pure
 *       equilibria for more.
 *   <li>{@code pure}, {@code enummixed}: Nash equilibria through the reduced strategic form with
 *       that normal-form solver.
 *   <li>{@code lcp}: one Nash equilibrium of a two-player tree by sequence-form Lemke (what
 *       gambit-lcp computes on trees); other trees are a usage error.
 *   <li>{@code lp}: the sequence-form LP of a two-player constant-sum tree.
 *   <li>{@code all}: each of the above that applies (the LP only on constant-sum games).
 * </ul>
 *
 * A method that does not apply throws {@link IllegalArgumentException} with the reason (exit code
 * 2), as do trees without perfect recall for every method but backward induction.
 */
final class TreeSolving {

  /** The method names accepted for trees, in help order. */
  static final List<String> METHODS =
      ImmutableList.of("auto", "all", "spe", "pure", "enummixed", "lcp", "lp");

  private static final int MAX_EQUILIBRIA = 1000;

  private TreeSolving() {}

  /** Solves {@code game} with {@code method} and renders the report as {@code output} says. */
  static String render(String source, ExtensiveGame game, String method, OutputOptions output) {
    NumberFormat numbers = output.numberFormat();
    TreeSolveReport report = solve(source, game, method);
    TreeSolveRenderer renderer = new TreeSolveRenderer(numbers);
    return switch (output.format) {
      case text -> renderer.text(report);
      case json -> renderer.json(report);
      case csv -> renderer.csv(report);
    };
  }

  static TreeSolveReport solve(String source, ExtensiveGame game, String method) {
    List<TreeSolveReport.Section> sections = new ArrayList<>();
    switch (method) {
      case "auto", "spe" -> sections.add(spe(game));
      case "pure" -> sections.add(reduced(game, "pure", new PureEquilibriumSolver()));
      case "enummixed" -> sections.add(reduced(game, "enummixed", new EnumMixedSolver()));
      case "lcp" -> sections.add(lcp(game));
      case "lp" -> sections.add(lp(game));
      case "all" -> {
        sections.add(spe(game));
        sections.add(reduced(game, "pure", new PureEquilibriumSolver()));
        if (game.numPlayers() == 2) {
          sections.add(reduced(game, "enummixed", new EnumMixedSolver()));
          sections.add(lcp(game));
          if (SequenceFormLpSolver.isConstantSum(game)) {
            sections.add(lp(game));
          }
        }
      }
      case DominanceEliminator.METHOD ->
          throw new UsageException(
              "method dominance applies to normal-form games; write the tree's reduced strategic"
                  + " form with 'leverage convert "
                  + source
                  + " OUT.nfg' and use that");
      default ->
          throw new UsageException(
              "unknown method \""
                  + method
                  + "\" for a game tree; expected one of "
                  + String.join(", ", METHODS));
    }
    return new TreeSolveReport(source, game, sections);
  }

  private static TreeSolveReport.Section spe(ExtensiveGame game) {
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
    boolean two = game.numPlayers() == 2;
    EquilibriumSolver inner = two ? new EnumMixedSolver() : new PureEquilibriumSolver();
    SubgamePerfectSolver.Result r =
        new SubgamePerfectSolver(new SubgamePerfectSolver.Options(inner, MAX_EQUILIBRIA))
            .solve(game);
    List<TreeSolveReport.Equilibrium> eqs = new ArrayList<>();
    for (SubgamePerfectSolver.Equilibrium e : r.equilibria()) {
      eqs.add(TreeSolveReport.Equilibrium.of(game, e.profile(), Optional.empty()));
    }
    return new TreeSolveReport.Section(
        "spe",
        two
            ? "subgames solved bottom-up, every combination of their extreme equilibria"
                + " (enummixed on each subgame's reduced form)"
            : "subgames solved bottom-up, every combination of their pure equilibria",
        true,
        r.counters(),
        eqs,
        Optional.empty());
  }

  private static TreeSolveReport.Section reduced(
      ExtensiveGame game, String method, EquilibriumSolver solver) {
    boolean mixed = method.equals("enummixed");
    if (mixed && game.numPlayers() != 2) {
      throw new UsageException(
          "method "
              + method
              + " needs a two-player tree but this tree has "
              + game.numPlayers()
              + " players; try --method spe or --method pure");
    }
    ReducedFormSolver.Result r = new ReducedFormSolver(solver).solve(game);
    List<TreeSolveReport.Equilibrium> eqs = new ArrayList<>();
    List<MixedProfile> profiles = r.solved().equilibria();
    for (int i = 0; i < profiles.size(); i++) {
      BehaviourProfile b = r.behaviour().get(i);
      eqs.add(TreeSolveReport.Equilibrium.of(game, b, Optional.of(profiles.get(i))));
    }
    String description =
        mixed
            ? "all extreme Nash equilibria of the reduced strategic form, as mixed strategies"
            : "pure Nash equilibria of the reduced strategic form, as behaviour profiles";
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
      throw new UsageException(
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
        "sequence-form linear program of a two-player constant-sum tree: one equilibrium",
        true,
        r.counters(),
        List.of(TreeSolveReport.Equilibrium.of(game, r.equilibrium(), Optional.empty())),
        Optional.empty());
  }
}
