package org.leverage.report;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.bimatrix.MaximalNashSubsets;
import org.leverage.solve.catalog.DecimalEntry;
import org.leverage.solve.catalog.EquilibriumEntry;
import org.leverage.solve.catalog.Solution;
import org.leverage.solve.selection.Selection;

/**
 * Renders the equilibria of a normal-form game as readable tables, one per equilibrium: exact ones
 * in the chosen number format, floating-point ones with a fixed number of decimals (six unless
 * {@code --decimals} says), each with its regret and the method's tolerance; then the notes.
 */
public final class SolveTextRenderer {

  private final NumberFormat numbers;

  public SolveTextRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  public String render(String source, Solution.NormalForm solution) {
    NormalFormGame game = solution.game();
    StringBuilder out = new StringBuilder();
    out.append(Shapes.headline(source, game)).append("\n");
    for (Solution.NormalForm.Section section : solution.sections()) {
      int n = section.entries().size();
      out.append('\n')
          .append("Method: ")
          .append(section.result().method())
          .append(section.result().exact() ? " (exact, certified)" : " (floating point)")
          .append(": ")
          .append(n)
          .append(n == 1 ? " equilibrium" : " equilibria")
          .append('\n');
      section.selection().ifPresent(s -> out.append(selection(s)));
      for (int e = 0; e < n; e++) {
        int k = e;
        boolean selected = section.selection().map(s -> s.isSelected(k)).orElse(false);
        out.append('\n')
            .append("Equilibrium ")
            .append(e + 1)
            .append(selected ? " (selected)" : "")
            .append('\n');
        out.append(table(game, section.entries().get(e)));
      }
      out.append(components(game, section.components()));
    }
    FixedDecimals decimals = FixedDecimals.of(numbers);
    for (Solution.NormalForm.ApproximateSection section : solution.approximate()) {
      ApproximateSolver.Result result = section.result();
      int n = section.entries().size();
      out.append('\n')
          .append("Method: ")
          .append(result.method())
          .append(" (floating point; equilibria have regret at most ")
          .append(scientific(result.tolerance()))
          .append("): ")
          .append(n)
          .append(n == 1 ? " equilibrium" : " equilibria")
          .append('\n');
      if (!result.complete()) {
        out.append("Not complete: ").append(incomplete(result)).append('\n');
      }
      for (int e = 0; e < n; e++) {
        DecimalEntry entry = section.entries().get(e);
        out.append('\n')
            .append("Equilibrium ")
            .append(e + 1)
            .append(" (regret ")
            .append(scientific(entry.equilibrium().regret()))
            .append(")\n");
        out.append(table(game, entry, decimals));
      }
    }
    for (String note : solution.notes()) {
      out.append('\n').append("Note: ").append(note).append('\n');
    }
    return out.toString();
  }

  /** {@code "Selected by risk dominance: equilibrium 3"} and the reason. */
  static String selection(Selection s) {
    return "Selected by "
        + s.criterion().description()
        + ": "
        + (s.selected().isEmpty()
            ? "none"
            : (s.selected().size() == 1 ? "equilibrium " : "equilibria ")
                + s.selected().stream()
                    .map(k -> Integer.toString(k + 1))
                    .collect(Collectors.joining(", ")))
        + "\n  reason: "
        + s.reason()
        + '\n';
  }

  /** Why a floating-point result is not complete, from its counters. */
  private static String incomplete(ApproximateSolver.Result result) {
    long nonIsolated = result.counters().getOrDefault("nonIsolatedSupports", 0L);
    long exhausted = result.counters().getOrDefault("exhaustedSupports", 0L);
    if (nonIsolated + exhausted == 0) {
      return "the method finds some equilibria, not necessarily all";
    }
    StringBuilder why = new StringBuilder();
    if (nonIsolated > 0) {
      why.append(nonIsolated)
          .append(" support profile(s) have solutions that are not isolated (a continuum of")
          .append(" equilibria or a degenerate one); at most one point of each is listed");
    }
    if (exhausted > 0) {
      why.append(why.length() == 0 ? "" : "; ")
          .append(exhausted)
          .append(" support profile(s) were not finished within the work limit");
    }
    return why.toString();
  }

  /** A regret or tolerance: one significant digit after the point, exponent form. */
  static String scientific(double x) {
    return String.format(Locale.ROOT, "%.1e", x);
  }

  private String table(NormalFormGame game, DecimalEntry entry, FixedDecimals decimals) {
    return table(
        game,
        (p, s) -> decimals.format(entry.equilibrium().profile().probability(p, s)),
        (p, s) -> decimals.format(entry.strategyValues().get(p).get(s)),
        p -> decimals.format(entry.payoffs().get(p)));
  }

  private String components(NormalFormGame game, List<MaximalNashSubsets.Subset> components) {
    if (components.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append('\n')
        .append("Maximal Nash subsets: ")
        .append(components.size())
        .append(" (every mixture of the row strategies against every mixture of the column")
        .append(" strategies of one subset is an equilibrium)\n");
    for (int k = 0; k < components.size(); k++) {
      MaximalNashSubsets.Subset c = components.get(k);
      out.append("  subset ").append(k + 1).append('\n');
      out.append(strategies(game, 0, c.rowStrategies()));
      out.append(strategies(game, 1, c.columnStrategies()));
    }
    return out.toString();
  }

  private String strategies(NormalFormGame game, int player, List<List<BigFraction>> extreme) {
    StringBuilder out = new StringBuilder();
    for (List<BigFraction> x : extreme) {
      out.append("    ").append(Shapes.playerName(game, player)).append(": (");
      for (int s = 0; s < x.size(); s++) {
        out.append(s == 0 ? "" : ", ").append(numbers.format(x.get(s)));
      }
      out.append(")\n");
    }
    return out.toString();
  }

  private String table(NormalFormGame game, EquilibriumEntry entry) {
    return table(
        game,
        (p, s) -> numbers.format(entry.profile().probability(p, s)),
        (p, s) -> numbers.format(entry.strategyValues().get(p).get(s)),
        p -> numbers.format(entry.payoffs().get(p)));
  }

  /** One equilibrium's table: each strategy's probability and payoff, then the expected payoff. */
  private static String table(
      NormalFormGame game,
      BiFunction<Integer, Integer, String> probability,
      BiFunction<Integer, Integer, String> strategyPayoff,
      IntFunction<String> payoff) {
    TextTable t =
        new TextTable(
            List.of("player", "strategy", "probability", "payoff"), false, false, true, true);
    for (int p = 0; p < game.numPlayers(); p++) {
      Player player = game.players().get(p);
      String name = Shapes.playerName(game, p);
      for (int s = 0; s < player.numStrategies(); s++) {
        t.row(
            s == 0 ? name : "",
            Shapes.strategyName(game, p, s),
            probability.apply(p, s),
            strategyPayoff.apply(p, s));
      }
      t.row("", "(expected)", "", payoff.apply(p));
    }
    return t.render("  ");
  }
}
