package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.analysis.sensitivity.PayoffSweep;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Rationals;

/**
 * Renders a {@link PayoffSweep} of a game file as text, as JSON (the contract of {@code leverage
 * sensitivity GAME --vary payoffs... --format json}, see the README) and as CSV. Probabilities and
 * values are exact fractions in CSV and in JSON beside their nearest doubles ({@link
 * Json#putExact}); text shows the payoff's values as decimals with as many digits as the bracket
 * width needs to be seen, and probabilities as exact fractions.
 */
public final class PayoffSweepRenderer {

  /** Values in JSON: the nearest double beside the exact fraction. */
  private static final NumberFormat EXACT = NumberFormat.EXACT;

  private final String source;
  private final NormalFormGame game;

  /**
   * @param source the game file as named on the command line
   * @param game the game as read, before the payoff was varied
   */
  public PayoffSweepRenderer(String source, NormalFormGame game) {
    this.source = source;
    this.game = game;
  }

  /** The terminal report: the changes, then each interval with the equilibria at its points. */
  public String text(PayoffSweep r) {
    StringBuilder out = new StringBuilder();
    out.append("Game: ")
        .append(game.title().isEmpty() ? source : game.title() + " (" + source + ")")
        .append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "Payoff varied: %s, %s's payoff when %s (%s in the file), %d points in [%s, %s]%n",
            r.payoff().path(),
            Shapes.playerName(game, r.payoff().player()),
            profile(r.payoff().cell()),
            plain(game.payoff(r.payoff().player(), r.payoff().cell())),
            r.scan().size(),
            plain(r.low()),
            plain(r.high())));
    out.append(
        String.format(
            Locale.ROOT,
            "Equilibria: all extreme equilibria (enummixed, exact) at each point; a change of"
                + " their supports located by exact bisection to a bracket at most %s wide%n%n",
            Rationals.format(r.precision())));
    if (r.changes().isEmpty()) {
      out.append("The equilibrium set keeps its supports over the whole range.\n");
    } else {
      out.append("Changes of the equilibrium set\n");
      for (PayoffSweep.Change c : r.changes()) {
        out.append("  between ")
            .append(decimal(c.below().value(), r.precision()))
            .append(" and ")
            .append(decimal(c.above().value(), r.precision()))
            .append(": ")
            .append(shape(c.below().shape()))
            .append(" -> ")
            .append(shape(c.above().shape()))
            .append('\n');
      }
    }
    out.append("\nIntervals\n");
    for (PayoffSweep.Interval i : r.intervals()) {
      out.append("  ")
          .append(
              i.from().equals(i.to())
                  ? "at " + decimal(i.from(), r.precision())
                  : "from "
                      + decimal(i.from(), r.precision())
                      + " to "
                      + decimal(i.to(), r.precision()))
          .append(": ")
          .append(shape(i.shape()))
          .append('\n');
      TextTable t = new TextTable(List.of("value", "equilibria"), true, false);
      for (PayoffSweep.Point p : i.points()) {
        List<String> equilibria = new ArrayList<>();
        for (MixedProfile e : p.equilibria()) {
          equilibria.add(equilibrium(e));
        }
        t.row(
            decimal(p.value(), r.precision()),
            equilibria.isEmpty() ? "none" : String.join("  |  ", equilibria));
      }
      out.append(t.render("    "));
    }
    return out.toString();
  }

  /** The JSON contract; see the README. */
  public String json(PayoffSweep r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", game.title());
    Map<String, Object> payoff = new LinkedHashMap<>();
    payoff.put("path", r.payoff().path());
    payoff.put("player", r.payoff().player());
    Json.putExact(payoff, "inFile", EXACT, game.payoff(r.payoff().player(), r.payoff().cell()));
    root.put("payoff", payoff);
    Json.putExact(root, "low", EXACT, r.low());
    Json.putExact(root, "high", EXACT, r.high());
    Json.putExact(root, "precision", EXACT, r.precision());
    List<Object> changes = new ArrayList<>();
    for (PayoffSweep.Change c : r.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("below", pointJson(c.below()));
      m.put("above", pointJson(c.above()));
      changes.add(m);
    }
    root.put("changes", changes);
    List<Object> intervals = new ArrayList<>();
    for (PayoffSweep.Interval i : r.intervals()) {
      Map<String, Object> m = new LinkedHashMap<>();
      Json.putExact(m, "from", EXACT, i.from());
      Json.putExact(m, "to", EXACT, i.to());
      m.put("supports", shapeJson(i.shape()));
      List<Object> points = new ArrayList<>();
      for (PayoffSweep.Point p : i.points()) {
        points.add(pointJson(p));
      }
      m.put("points", points);
      intervals.add(m);
    }
    root.put("intervals", intervals);
    return Json.write(root);
  }

  /**
   * Every point evaluated, one row per equilibrium: the value, the equilibrium's number at that
   * value (1-based) and each strategy's probability ({@code PLAYER:STRATEGY} columns).
   */
  public String csv(PayoffSweep r) {
    List<String> header = new ArrayList<>(List.of("value", "equilibrium"));
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int s = 0; s < game.numStrategies(p); s++) {
        header.add(Shapes.playerName(game, p) + ":" + Shapes.strategyName(game, p, s));
      }
    }
    Csv csv = new Csv().row(header);
    for (PayoffSweep.Interval i : r.intervals()) {
      for (PayoffSweep.Point p : i.points()) {
        int n = 1;
        for (MixedProfile e : p.equilibria()) {
          List<String> row =
              new ArrayList<>(List.of(Rationals.format(p.value()), Integer.toString(n++)));
          e.flatten().forEach(x -> row.add(Rationals.format(x)));
          csv.row(row);
        }
      }
    }
    return csv.toString();
  }

  /**
   * The files of {@code --report DIR}, by name: {@code results.json} (the JSON) and {@code
   * payoff-sweep.csv} (the CSV). The caller writes them.
   */
  public Map<String, String> files(PayoffSweep r) {
    return ImmutableMap.of("results.json", json(r), "payoff-sweep.csv", csv(r));
  }

  private Map<String, Object> pointJson(PayoffSweep.Point p) {
    Map<String, Object> m = new LinkedHashMap<>();
    Json.putExact(m, "value", EXACT, p.value());
    m.put("supports", shapeJson(p.shape()));
    List<Object> equilibria = new ArrayList<>();
    for (MixedProfile e : p.equilibria()) {
      Map<String, Object> equilibrium = new LinkedHashMap<>();
      Json.putExactRows(equilibrium, "probabilities", EXACT, e.strategies());
      equilibria.add(equilibrium);
    }
    m.put("equilibria", equilibria);
    return m;
  }

  /** Each support as one list of strategy labels per player. */
  private List<Object> shapeJson(List<List<List<Integer>>> shape) {
    return shape.stream().<Object>map(this::labels).toList();
  }

  /** The strategy labels of a support, one list per player. */
  private List<List<String>> labels(List<List<Integer>> support) {
    List<List<String>> players = new ArrayList<>();
    for (int p = 0; p < support.size(); p++) {
      int player = p;
      players.add(support.get(p).stream().map(s -> Shapes.strategyName(game, player, s)).toList());
    }
    return players;
  }

  /** {@code {OPEN} x {DEPEND}, {FULL} x {INDIGENIZE}}, or {@code no equilibrium}. */
  private String shape(List<List<List<Integer>>> shape) {
    if (shape.isEmpty()) {
      return "no equilibrium";
    }
    List<String> supports = new ArrayList<>();
    for (List<List<Integer>> support : shape) {
      supports.add(
          String.join(
              " x ", labels(support).stream().map(l -> "{" + String.join(", ", l) + "}").toList()));
    }
    return (shape.size() == 1 ? "1 equilibrium, support " : shape.size() + " equilibria, supports ")
        + String.join(", ", supports);
  }

  /** {@code OPEN 1/3, FULL 2/3; DEPEND 1}: the strategies played, with their probabilities. */
  private String equilibrium(MixedProfile e) {
    List<String> players = new ArrayList<>();
    for (int p = 0; p < e.numPlayers(); p++) {
      List<String> played = new ArrayList<>();
      for (int s = 0; s < game.numStrategies(p); s++) {
        BigFraction x = e.probability(p, s);
        if (x.compareTo(BigFraction.ZERO) > 0) {
          played.add(Shapes.strategyName(game, p, s) + " " + Rationals.format(x));
        }
      }
      players.add(String.join(", ", played));
    }
    return String.join("; ", players);
  }

  /** The profile of a cell in words: {@code US plays TARGETED, China plays DEPEND}. */
  private String profile(int cell) {
    int[] strategies = game.strategiesOfCell(cell);
    List<String> words = new ArrayList<>();
    for (int p = 0; p < strategies.length; p++) {
      words.add(
          Shapes.playerName(game, p) + " plays " + Shapes.strategyName(game, p, strategies[p]));
    }
    return String.join(", ", words);
  }

  /** {@code x} as a plain decimal when it has one ({@code 14.96905}), else as a fraction. */
  private static String plain(BigFraction x) {
    try {
      return new BigDecimal(x.getNumerator())
          .divide(new BigDecimal(x.getDenominator()))
          .stripTrailingZeros()
          .toPlainString();
    } catch (ArithmeticException nonTerminating) {
      return Rationals.format(x);
    }
  }

  /**
   * {@code x} as a decimal with enough digits for a bracket {@code precision} wide to be seen, or
   * exactly when the precision is zero (an empty range).
   */
  private static String decimal(BigFraction x, BigFraction precision) {
    if (precision.compareTo(BigFraction.ZERO) == 0) {
      return Rationals.format(x);
    }
    int digits = Math.max(0, (int) Math.ceil(-Math.log10(precision.doubleValue())) + 1);
    return new NumberFormat(Math.min(digits, 100)).format(x);
  }
}
