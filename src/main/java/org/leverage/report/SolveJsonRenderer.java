package org.leverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.bimatrix.MaximalNashSubsets;
import org.leverage.solve.catalog.DecimalEntry;
import org.leverage.solve.catalog.EquilibriumEntry;
import org.leverage.solve.catalog.Solution;

/**
 * JSON for machines: the game's players and strategies, then per method its equilibria with
 * probabilities, strategy payoffs and expected payoffs as JSON numbers, each beside its exact
 * fraction as a string ({@code "probabilitiesExact": ["1/3", "2/3"]}, {@link Json#putExact}), so no
 * precision is lost. Floating-point methods' equilibria are JSON numbers with a fixed number of
 * decimals (six unless {@code --decimals} says), each with its regret, beside the method's
 * tolerance and whether it claims completeness; then the notes.
 */
public final class SolveJsonRenderer {

  private final NumberFormat numbers;

  public SolveJsonRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  public String render(String source, Solution.NormalForm solution) {
    NormalFormGame game = solution.game();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", game.title());
    List<Object> players = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      Map<String, Object> player = new LinkedHashMap<>();
      player.put("name", Shapes.playerName(game, p));
      player.put("strategies", game.players().get(p).strategies());
      players.add(player);
    }
    root.put("players", players);
    List<Object> methods = new ArrayList<>();
    for (Solution.NormalForm.Section section : solution.sections()) {
      Map<String, Object> method = new LinkedHashMap<>();
      method.put("method", section.result().method());
      method.put("exact", section.result().exact());
      method.put("counters", section.result().counters());
      section
          .selection()
          .ifPresent(
              s -> {
                Map<String, Object> selection = new LinkedHashMap<>();
                selection.put("criterion", s.criterion().cliName());
                selection.put("selected", s.selected().stream().map(k -> k + 1).toList());
                selection.put("reason", s.reason());
                method.put("selection", selection);
              });
      List<Object> equilibria = new ArrayList<>();
      for (int k = 0; k < section.entries().size(); k++) {
        Map<String, Object> e = equilibrium(game, section.entries().get(k));
        int position = k;
        section.selection().ifPresent(s -> e.put("selected", s.isSelected(position)));
        equilibria.add(e);
      }
      method.put("equilibria", equilibria);
      if (!section.components().isEmpty()) {
        List<Object> components = new ArrayList<>();
        for (MaximalNashSubsets.Subset c : section.components()) {
          Map<String, Object> component = new LinkedHashMap<>();
          Json.putExactRows(component, "rowStrategies", numbers, c.rowStrategies());
          Json.putExactRows(component, "columnStrategies", numbers, c.columnStrategies());
          components.add(component);
        }
        method.put("maximalNashSubsets", components);
      }
      methods.add(method);
    }
    for (Solution.NormalForm.ApproximateSection section : solution.approximate()) {
      ApproximateSolver.Result result = section.result();
      Map<String, Object> method = new LinkedHashMap<>();
      method.put("method", result.method());
      method.put("exact", false);
      method.put("tolerance", result.tolerance());
      method.put("complete", result.complete());
      method.put("counters", result.counters());
      List<Object> equilibria = new ArrayList<>();
      for (DecimalEntry e : section.entries()) {
        equilibria.add(equilibrium(game, e));
      }
      method.put("equilibria", equilibria);
      methods.add(method);
    }
    root.put("results", methods);
    root.put("complete", solution.complete());
    if (!solution.notes().isEmpty()) {
      root.put("notes", solution.notes());
    }
    return Json.write(root);
  }

  /**
   * A floating-point equilibrium: JSON numbers with the fixed decimals, and its regret at full
   * precision.
   */
  private Map<String, Object> equilibrium(NormalFormGame game, DecimalEntry e) {
    FixedDecimals decimals = FixedDecimals.of(numbers);
    List<Object> perPlayer = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      Map<String, Object> player = new LinkedHashMap<>();
      player.put("player", Shapes.playerName(game, p));
      player.put(
          "probabilities", Json.numbers(decimals, e.equilibrium().profile().strategies().get(p)));
      player.put("strategyPayoffs", Json.numbers(decimals, e.strategyValues().get(p)));
      player.put("payoff", Json.number(decimals, e.payoffs().get(p)));
      perPlayer.add(player);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("regret", e.equilibrium().regret());
    out.put("players", perPlayer);
    return out;
  }

  private Map<String, Object> equilibrium(NormalFormGame game, EquilibriumEntry e) {
    List<Object> perPlayer = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      Map<String, Object> player = new LinkedHashMap<>();
      player.put("player", Shapes.playerName(game, p));
      Json.putExact(player, "probabilities", numbers, e.profile().strategies().get(p));
      Json.putExact(player, "strategyPayoffs", numbers, e.strategyValues().get(p));
      Json.putExact(player, "payoff", numbers, e.payoffs().get(p));
      perPlayer.add(player);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("players", perPlayer);
    return m;
  }
}
