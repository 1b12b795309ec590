package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.dominance.DominanceEliminator;
import org.leverage.solve.dominance.DominanceEliminator.Dominator;
import org.leverage.solve.dominance.DominanceEliminator.Step;

/**
 * Renders iterated elimination of strictly dominated strategies: every step in order with its exact
 * dominator, then the strategies that survive. In JSON a step's dominator is the list of its
 * strategies with their weights ({@link Json#putExact}).
 */
public final class DominanceRenderer {

  private final NumberFormat numbers;

  public DominanceRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  public String text(String source, NormalFormGame game, DominanceEliminator.Result result) {
    StringBuilder out = new StringBuilder();
    out.append(Shapes.headline(source, game))
        .append("\n\nIterated elimination of strictly dominated strategies: ")
        .append(result.steps().size())
        .append(result.steps().size() == 1 ? " strategy removed\n\n" : " strategies removed\n\n");
    if (!result.steps().isEmpty()) {
      TextTable t = new TextTable(List.of("round", "player", "strategy", "dominated by"), true);
      for (Step s : result.steps()) {
        t.row(
            Integer.toString(s.round()),
            Shapes.playerName(game, s.player()),
            Shapes.strategyName(game, s.player(), s.strategy()),
            dominator(game, s));
      }
      out.append(t.render("  ")).append('\n');
    }
    out.append("Remaining (").append(Shapes.describe(result.reduced())).append("):\n");
    for (int p = 0; p < game.numPlayers(); p++) {
      List<String> kept = new ArrayList<>();
      for (int s : result.kept().kept(p)) {
        kept.add(Shapes.strategyName(game, p, s));
      }
      out.append("  ")
          .append(Shapes.playerName(game, p))
          .append(": ")
          .append(String.join(", ", kept))
          .append('\n');
    }
    return out.toString();
  }

  /** One row per step: {@code round,player,strategy,dominator} (1-based indices). */
  public String csv(DominanceEliminator.Result result) {
    StringBuilder out = new StringBuilder("round,player,strategy,dominator\n");
    for (Step s : result.steps()) {
      out.append(s.round())
          .append(',')
          .append(s.player() + 1)
          .append(',')
          .append(s.strategy() + 1)
          .append(',');
      List<String> parts = new ArrayList<>();
      s.dominator().weights().forEach((k, w) -> parts.add((k + 1) + ":" + numbers.format(w)));
      out.append(String.join(" ", parts)).append('\n');
    }
    return out.toString();
  }

  public String json(String source, NormalFormGame game, DominanceEliminator.Result result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", game.title());
    root.put("method", DominanceEliminator.METHOD);
    List<Object> steps = new ArrayList<>();
    for (Step s : result.steps()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("round", s.round());
      step.put("player", Shapes.playerName(game, s.player()));
      step.put("strategy", Shapes.strategyName(game, s.player(), s.strategy()));
      List<Object> weights = new ArrayList<>();
      s.dominator()
          .weights()
          .forEach(
              (k, w) -> {
                Map<String, Object> weight = new LinkedHashMap<>();
                weight.put("strategy", Shapes.strategyName(game, s.player(), k));
                Json.putExact(weight, "weight", numbers, w);
                weights.add(weight);
              });
      step.put("dominatedBy", weights);
      steps.add(step);
    }
    root.put("steps", steps);
    List<Object> remaining = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      List<String> kept = new ArrayList<>();
      for (int s : result.kept().kept(p)) {
        kept.add(Shapes.strategyName(game, p, s));
      }
      remaining.add(ImmutableMap.of("player", Shapes.playerName(game, p), "strategies", kept));
    }
    root.put("remaining", remaining);
    root.put("counters", result.counters());
    return Json.write(root);
  }

  private String dominator(NormalFormGame game, Step s) {
    Dominator d = s.dominator();
    if (d.isPure()) {
      return Shapes.strategyName(game, s.player(), d.weights().keySet().iterator().next());
    }
    List<String> parts = new ArrayList<>();
    d.weights()
        .forEach(
            (k, w) ->
                parts.add(numbers.format(w) + " " + Shapes.strategyName(game, s.player(), k)));
    return String.join(" + ", parts);
  }
}
