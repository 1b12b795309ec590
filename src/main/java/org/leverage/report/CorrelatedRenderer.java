package org.leverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.catalog.Solution;
import org.leverage.solve.correlated.CorrelatedDistribution;
import org.leverage.solve.correlated.CorrelatedOptima;
import org.leverage.solve.correlated.IncentiveCheck;
import org.leverage.solve.correlated.IncentiveConstraint;

/**
 * Renders correlated equilibria ({@code --method correlated}): each optimal distribution as a table
 * of the cells with non-zero probability and the expected payoffs, or the check of a given
 * distribution with every violated incentive constraint and its exact gain. JSON gives every number
 * twice, as {@link Json#putExact} does: a JSON number and, beside it under the same name with
 * {@code Exact} appended, the exact fraction in a string.
 */
public final class CorrelatedRenderer {

  private final NumberFormat numbers;

  public CorrelatedRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  public String text(String source, Solution.Correlated s) {
    NormalFormGame game = s.game();
    StringBuilder out = new StringBuilder();
    out.append(Shapes.headline(source, game)).append("\n\n");
    s.optima().ifPresent(o -> optimaText(game, o, out));
    s.check().ifPresent(c -> checkText(game, c, out));
    return out.toString();
  }

  private void optimaText(NormalFormGame game, CorrelatedOptima o, StringBuilder out) {
    out.append("Method: correlated (exact linear programming, certified): ")
        .append(o.counters().get("lps"))
        .append(" linear programs, ")
        .append(o.counters().get("pivots"))
        .append(" pivots\n\n");
    out.append("Welfare-maximising correlated equilibrium: welfare ")
        .append(numbers.format(o.welfare().welfare()))
        .append('\n');
    distributionText(game, o.welfare().check(), out);
    for (int i = 0; i < game.numPlayers(); i++) {
      CorrelatedOptima.Optimum best = o.perPlayer().get(i);
      out.append("\nBest correlated equilibrium for ")
          .append(Shapes.playerName(game, i))
          .append(": payoff ")
          .append(numbers.format(best.payoffs().get(i)))
          .append(" (welfare ")
          .append(numbers.format(best.welfare()))
          .append(")\n");
      distributionText(game, best.check(), out);
    }
  }

  private void checkText(NormalFormGame game, IncentiveCheck c, StringBuilder out) {
    List<IncentiveCheck.Gain> violations = c.violations();
    out.append("Check of a distribution (exact): ")
        .append(
            violations.isEmpty()
                ? "a correlated equilibrium: no incentive constraint of "
                    + c.gains().size()
                    + " is violated\n"
                : "not a correlated equilibrium: "
                    + violations.size()
                    + " of "
                    + c.gains().size()
                    + " incentive constraints violated\n");
    distributionText(game, c, out);
    if (!violations.isEmpty()) {
      out.append(
          "\n  Violated (told the first strategy, the player gains by playing the second):\n");
      TextTable t =
          new TextTable(
              List.of("player", "recommended", "deviation", "gain"), false, false, false, true);
      for (IncentiveCheck.Gain g : violations) {
        IncentiveConstraint k = g.constraint();
        t.row(
            Shapes.playerName(game, k.player()),
            Shapes.strategyName(game, k.player(), k.recommended()),
            Shapes.strategyName(game, k.player(), k.deviation()),
            numbers.format(g.gain()));
      }
      out.append(t.render("  "));
    }
  }

  /** The cells with non-zero probability, then the expected payoffs. */
  private void distributionText(NormalFormGame game, IncentiveCheck c, StringBuilder out) {
    List<String> header = new ArrayList<>();
    boolean[] right = new boolean[game.numPlayers() + 1];
    for (int i = 0; i < game.numPlayers(); i++) {
      header.add(Shapes.playerName(game, i));
    }
    header.add("probability");
    right[game.numPlayers()] = true;
    TextTable t = new TextTable(header, right);
    for (int cell : support(c.distribution())) {
      List<String> row = strategies(game, cell);
      row.add(numbers.format(c.distribution().probabilities().get(cell)));
      t.row(row.toArray(String[]::new));
    }
    out.append(t.render("  "));
    List<String> payoffs = new ArrayList<>();
    for (int i = 0; i < game.numPlayers(); i++) {
      payoffs.add(Shapes.playerName(game, i) + " " + numbers.format(c.payoffs().get(i)));
    }
    out.append("  expected payoffs: ").append(String.join(", ", payoffs)).append('\n');
  }

  /**
   * CSV. Optima: {@code equilibrium,PLAYER...,probability}, one row per cell with non-zero
   * probability, the equilibrium named {@code welfare} or {@code best for PLAYER}. Check: {@code
   * player,recommended,deviation,gain,violated}, one row per incentive constraint.
   */
  public String csv(Solution.Correlated s) {
    NormalFormGame game = s.game();
    Csv csv = new Csv();
    s.optima()
        .ifPresent(
            o -> {
              List<String> header = new ArrayList<>(List.of("equilibrium"));
              for (int i = 0; i < game.numPlayers(); i++) {
                header.add(Shapes.playerName(game, i));
              }
              header.add("probability");
              csv.row(header);
              cellRows(game, "welfare", o.welfare().distribution(), csv);
              for (int i = 0; i < game.numPlayers(); i++) {
                cellRows(
                    game,
                    "best for " + Shapes.playerName(game, i),
                    o.perPlayer().get(i).distribution(),
                    csv);
              }
            });
    s.check()
        .ifPresent(
            c -> {
              csv.row("player", "recommended", "deviation", "gain", "violated");
              for (IncentiveCheck.Gain g : c.gains()) {
                IncentiveConstraint k = g.constraint();
                csv.row(
                    Shapes.playerName(game, k.player()),
                    Shapes.strategyName(game, k.player(), k.recommended()),
                    Shapes.strategyName(game, k.player(), k.deviation()),
                    numbers.format(g.gain()),
                    g.violated() ? "yes" : "no");
              }
            });
    return csv.toString();
  }

  private void cellRows(NormalFormGame game, String name, CorrelatedDistribution d, Csv csv) {
    for (int cell : support(d)) {
      List<String> row = new ArrayList<>(List.of(name));
      row.addAll(strategies(game, cell));
      row.add(numbers.format(d.probabilities().get(cell)));
      csv.row(row);
    }
  }

  public String json(String source, Solution.Correlated s) {
    NormalFormGame game = s.game();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", game.title());
    root.put("method", "correlated");
    root.put("exact", true);
    List<Object> players = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      Map<String, Object> player = new LinkedHashMap<>();
      player.put("name", Shapes.playerName(game, p));
      player.put("strategies", game.players().get(p).strategies());
      players.add(player);
    }
    root.put("players", players);
    s.optima()
        .ifPresent(
            o -> {
              root.put("counters", o.counters());
              Map<String, Object> welfare = optimum(game, o.welfare());
              root.put("welfareMaximising", welfare);
              List<Object> best = new ArrayList<>();
              for (int i = 0; i < game.numPlayers(); i++) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("player", Shapes.playerName(game, i));
                b.putAll(optimum(game, o.perPlayer().get(i)));
                best.add(b);
              }
              root.put("playerOptima", best);
            });
    s.check()
        .ifPresent(
            c -> {
              Map<String, Object> check = new LinkedHashMap<>();
              check.put("correlatedEquilibrium", c.isCorrelatedEquilibrium());
              check.put("payoffs", payoffs(game, c.payoffs()));
              check.put("cells", cells(game, c.distribution()));
              List<Object> violations = new ArrayList<>();
              for (IncentiveCheck.Gain g : c.violations()) {
                IncentiveConstraint k = g.constraint();
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("player", Shapes.playerName(game, k.player()));
                v.put("recommended", Shapes.strategyName(game, k.player(), k.recommended()));
                v.put("deviation", Shapes.strategyName(game, k.player(), k.deviation()));
                Json.putExact(v, "gain", numbers, g.gain());
                violations.add(v);
              }
              check.put("violations", violations);
              root.put("check", check);
            });
    return Json.write(root);
  }

  private Map<String, Object> optimum(NormalFormGame game, CorrelatedOptima.Optimum o) {
    Map<String, Object> m = new LinkedHashMap<>();
    Json.putExact(m, "welfare", numbers, o.welfare());
    m.put("payoffs", payoffs(game, o.payoffs()));
    m.put("cells", cells(game, o.distribution()));
    return m;
  }

  private List<Object> payoffs(NormalFormGame game, List<BigFraction> payoffs) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < game.numPlayers(); i++) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("player", Shapes.playerName(game, i));
      Json.putExact(p, "payoff", numbers, payoffs.get(i));
      out.add(p);
    }
    return out;
  }

  private List<Object> cells(NormalFormGame game, CorrelatedDistribution d) {
    List<Object> out = new ArrayList<>();
    for (int cell : support(d)) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("strategies", strategies(game, cell));
      Json.putExact(c, "probability", numbers, d.probabilities().get(cell));
      out.add(c);
    }
    return out;
  }

  private static List<Integer> support(CorrelatedDistribution d) {
    List<Integer> cells = new ArrayList<>();
    for (int c = 0; c < d.probabilities().size(); c++) {
      if (d.probabilities().get(c).getNumerator().signum() != 0) {
        cells.add(c);
      }
    }
    return cells;
  }

  private static List<String> strategies(NormalFormGame game, int cell) {
    int[] s = game.strategiesOfCell(cell);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      out.add(Shapes.strategyName(game, i, s[i]));
    }
    return out;
  }
}
