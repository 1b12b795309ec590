package org.leverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.analysis.RepeatedAnalysis;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.solve.repeated.AbreuSannikov;
import org.leverage.solve.repeated.DeviationCheck;
import org.leverage.solve.repeated.DiscountThreshold;
import org.leverage.solve.repeated.Minmax;
import org.leverage.solve.repeated.PayoffPoint;

/**
 * Renders a {@link RepeatedAnalysis} as text tables, JSON or CSV. All numbers are exact and printed
 * with the chosen {@link NumberFormat} (fractions by default), in JSON as numbers beside their
 * exact fractions ({@link Json#putExact}); only the Abreu-Sannikov vertices are floating point.
 *
 * <p>CSV has one record per line, its kind first: {@code minmax,PLAYER,pure|mixed,VALUE}; {@code
 * feasible,U1,U2} and {@code individually-rational,U1,U2} per vertex (counterclockwise); {@code
 * threshold,grim-trigger|minmax-mixed|minmax-pure,DISCOUNT,SUSTAINED}; {@code
 * reversion,pure|mixed,PLAYER,P1,P2,...} per player, the stage equilibrium grim trigger reverts to
 * (probabilities in strategy order; mixed when the stage game has no pure equilibrium); {@code
 * automata,NAME1,NAME2,U1,U2,SUBGAME_PERFECT}; {@code spe,U1,U2,PARETO_EFFICIENT} per
 * finite-horizon payoff, in {@link RepeatedAnalysis#DISPLAY_ORDER}; {@code spe-vertex,U1,U2} per
 * vertex of the pure subgame-perfect payoff set (infinite horizon).
 *
 * <p>Text shows the finite-horizon payoffs with a path for the first {@link
 * RepeatedAnalysis#MAX_PATHS} in display order (the Pareto-efficient ones first) and says how many
 * more there are; JSON and CSV list every payoff vector.
 */
public final class RepeatedRenderer {

  private static final String[] THRESHOLD_KEYS = {"grim-trigger", "minmax-mixed", "minmax-pure"};

  private final NumberFormat numbers;
  private final FixedDecimals decimals;

  public RepeatedRenderer(NumberFormat numbers) {
    this.numbers = numbers;
    this.decimals = FixedDecimals.of(numbers);
  }

  public String text(RepeatedAnalysis r) {
    NormalFormGame g = r.game().stage();
    StringBuilder out = new StringBuilder();
    out.append("Repeated game: ")
        .append(g.title().isEmpty() ? r.source() : g.title())
        .append(" (")
        .append(g.numStrategies(0))
        .append('x')
        .append(g.numStrategies(1))
        .append(" stage game), discount ")
        .append(numbers.format(r.game().discount()))
        .append(", ")
        .append(horizon(r))
        .append("\n\nMinmax values (the least a player can be held to)\n");
    TextTable mm =
        new TextTable(
            List.of("player", "pure", "mixed", "mixed punishment by the opponent"),
            false,
            true,
            true,
            false);
    for (int p = 0; p < 2; p++) {
      Minmax.Value mixed = r.mixedMinmax().get(p);
      mm.row(
          Shapes.playerName(g, p),
          numbers.format(r.pureMinmax().get(p).value()),
          numbers.format(mixed.value()),
          mixedStrategy(g, 1 - p, mixed.punishment()));
    }
    out.append(mm.render("  "));
    out.append("\nFeasible payoffs, vertices counterclockwise: ")
        .append(points(r.payoffSets().feasible()))
        .append("\nFeasible and individually rational (above the mixed minmax values): ")
        .append(
            r.payoffSets().individuallyRational().isEmpty()
                ? "empty"
                : points(r.payoffSets().individuallyRational()))
        .append('\n');
    r.target().ifPresent(t -> out.append(target(r, t)));
    if (!r.automata().isEmpty()) {
      out.append("\nAutomata pairs (infinite repetition at discount ")
          .append(numbers.format(r.game().discount()))
          .append("; normalised payoffs)\n");
      TextTable at =
          new TextTable(
              List.of(
                  Shapes.playerName(g, 0),
                  Shapes.playerName(g, 1),
                  "payoff " + Shapes.playerName(g, 0),
                  "payoff " + Shapes.playerName(g, 1),
                  "subgame perfect",
                  "profitable one-shot deviations"),
              false,
              false,
              true,
              true,
              false,
              true);
      for (RepeatedAnalysis.AutomatonPair pair : r.automata()) {
        at.row(
            pair.first().name(),
            pair.second().name(),
            numbers.format(pair.payoffs().get(0)),
            numbers.format(pair.payoffs().get(1)),
            pair.check().subgamePerfect() ? "yes" : "no",
            Integer.toString(pair.check().profitable().size()));
      }
      out.append(at.render("  "));
      for (RepeatedAnalysis.AutomatonPair pair : r.automata()) {
        if (!pair.check().subgamePerfect()) {
          out.append("  ")
              .append(pair.first().name())
              .append(" vs ")
              .append(pair.second().name())
              .append(": ")
              .append(deviations(g, pair))
              .append('\n');
        }
      }
    }
    r.finite().ifPresent(f -> out.append(finite(g, f)));
    r.pureSpePayoffs().ifPresent(a -> out.append(abreuSannikov(a)));
    return out.toString();
  }

  private String abreuSannikov(AbreuSannikov.Result a) {
    StringBuilder out =
        new StringBuilder("\nPure subgame-perfect payoffs of the infinitely repeated game");
    out.append(" (Abreu-Sannikov, floating point, ")
        .append(a.iterations())
        .append(" iterations): ");
    if (a.empty()) {
      return out.append("none (no pure subgame-perfect equilibrium)\n").toString();
    }
    List<String> vertices = new ArrayList<>();
    for (AbreuSannikov.Vertex v : a.vertices()) {
      vertices.add("(" + decimals.format(v.u0()) + ", " + decimals.format(v.u1()) + ")");
    }
    return out.append("convex hull of ").append(String.join(" ", vertices)).append('\n').toString();
  }

  private String target(RepeatedAnalysis r, RepeatedAnalysis.Target t) {
    NormalFormGame g = r.game().stage();
    StringBuilder out = new StringBuilder();
    out.append("\nTarget ")
        .append(profile(g, t.profile()))
        .append(", stage payoffs ")
        .append(point(t.payoffs()))
        .append(": smallest discount factor that sustains it (infinite repetition)\n");
    TextTable tt =
        new TextTable(
            List.of(
                "punishment",
                "threshold",
                Shapes.playerName(g, 0),
                Shapes.playerName(g, 1),
                "sustained at " + numbers.format(r.game().discount())),
            false,
            true,
            true,
            true,
            false);
    RepeatedAnalysis.Reversion rev = t.reversion();
    String[] labels = {
      rev.pure()
          ? "grim trigger to " + profile(g, pureProfile(rev.equilibrium()))
          : "grim trigger to the mixed stage equilibrium",
      "minmax (mixed)",
      "minmax (pure)"
    };
    List<DiscountThreshold> thresholds = thresholds(t);
    for (int k = 0; k < labels.length; k++) {
      DiscountThreshold d = thresholds.get(k);
      tt.row(
          labels[k],
          d.sustainable() ? numbers.format(d.discount()) : "none below 1",
          numbers.format(d.perPlayer().get(0)),
          numbers.format(d.perPlayer().get(1)),
          r.sustained(d) ? "yes" : "no");
    }
    out.append(tt.render("  "));
    if (!rev.pure()) {
      out.append("  The stage game has no pure Nash equilibrium: no grim trigger to a pure one.\n")
          .append("  Grim trigger reverts instead to the mixed stage equilibrium ")
          .append(mixedProfile(g, rev.equilibrium()))
          .append(
              rev.candidates() > 1
                  ? ",\n  the one with the lowest threshold of the "
                      + rev.candidates()
                      + " extreme stage equilibria"
                  : "")
          .append(".\n  Playing a stage equilibrium forever after a deviation is subgame perfect,")
          .append(" mixed or not;\n  the minmax thresholds need no stage equilibrium.\n");
    }
    return out.toString();
  }

  private String finite(NormalFormGame g, RepeatedAnalysis.Finite f) {
    StringBuilder out = new StringBuilder();
    int n = f.payoffs().size();
    out.append("\nFinite horizon of ")
        .append(f.horizon())
        .append(f.horizon() == 1 ? " period" : " periods")
        .append(": ")
        .append(n)
        .append(" pure subgame-perfect payoff vector")
        .append(n == 1 ? "" : "s")
        .append(" (discounted sums, not normalised)");
    if (n == 0) {
      return out.append("\n  (none: the stage game has no pure equilibrium)\n").toString();
    }
    out.append(", ")
        .append(f.paretoEfficient())
        .append(" of them Pareto-efficient\n  Order: ")
        .append(RepeatedAnalysis.DISPLAY_ORDER.replace("player 1", Shapes.playerName(g, 0)))
        .append('\n');
    TextTable ft =
        new TextTable(
            List.of("payoffs", "Pareto-efficient", "one equilibrium path"), false, false, false);
    for (RepeatedAnalysis.SpePayoff p : f.payoffs()) {
      if (p.path().isEmpty()) {
        continue;
      }
      ft.row(
          point(p.payoffs()),
          p.paretoEfficient() ? "yes" : "no",
          String.join(" ", p.path().get().stream().map(q -> profile(g, q)).toList()));
    }
    out.append(ft.render("  "));
    long hidden = f.pathsNotShown();
    long hiddenEfficient =
        f.payoffs().stream().filter(p -> p.path().isEmpty() && p.paretoEfficient()).count();
    if (hidden > 0) {
      out.append("  ... and ")
          .append(hidden)
          .append(" more payoff vector")
          .append(hidden == 1 ? "" : "s")
          .append(" not shown")
          .append(hiddenEfficient > 0 ? " (" + hiddenEfficient + " of them Pareto-efficient)" : "")
          .append("; --format json or csv lists them all\n");
    }
    return out.toString();
  }

  public String json(RepeatedAnalysis r) {
    NormalFormGame g = r.game().stage();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", r.source());
    root.put("title", g.title());
    Json.putExact(root, "discount", numbers, r.game().discount());
    root.put(
        "horizon", r.game().horizon().isPresent() ? r.game().horizon().getAsInt() : "infinite");
    List<Object> players = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", Shapes.playerName(g, p));
      m.put("strategies", g.players().get(p).strategies());
      Json.putExact(m, "pureMinmax", numbers, r.pureMinmax().get(p).value());
      Json.putExact(m, "mixedMinmax", numbers, r.mixedMinmax().get(p).value());
      Json.putExact(m, "mixedPunishment", numbers, r.mixedMinmax().get(p).punishment());
      players.add(m);
    }
    root.put("players", players);
    Json.putExactRows(root, "feasible", numbers, coordinates(r.payoffSets().feasible()));
    Json.putExactRows(
        root, "individuallyRational", numbers, coordinates(r.payoffSets().individuallyRational()));
    r.target()
        .ifPresent(
            t -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("profile", names(g, t.profile()));
              Json.putExact(m, "payoffs", numbers, coordinates(t.payoffs()));
              RepeatedAnalysis.Reversion rev = t.reversion();
              m.put(
                  "punishment",
                  List.of(
                      mixedStrategy(g, 0, rev.equilibrium().strategies().get(0)),
                      mixedStrategy(g, 1, rev.equilibrium().strategies().get(1))));
              m.put("punishmentIsPure", rev.pure());
              Json.putExactRows(
                  m, "punishmentProbabilities", numbers, rev.equilibrium().strategies());
              if (!rev.pure()) {
                m.put(
                    "note",
                    "the stage game has no pure Nash equilibrium; grim trigger reverts to a mixed"
                        + " one"
                        + (rev.candidates() > 1
                            ? ", the one with the lowest threshold of "
                                + rev.candidates()
                                + " extreme stage equilibria"
                            : ""));
              }
              List<DiscountThreshold> th = thresholds(t);
              List<Object> thresholds = new ArrayList<>();
              for (int k = 0; k < THRESHOLD_KEYS.length; k++) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("kind", THRESHOLD_KEYS[k]);
                Json.putExact(d, "discount", numbers, th.get(k).discount());
                d.put("sustainable", th.get(k).sustainable());
                Json.putExact(d, "perPlayer", numbers, th.get(k).perPlayer());
                d.put("sustainedAtDiscount", r.sustained(th.get(k)));
                thresholds.add(d);
              }
              m.put("thresholds", thresholds);
              root.put("target", m);
            });
    List<Object> pairs = new ArrayList<>();
    for (RepeatedAnalysis.AutomatonPair pair : r.automata()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("automata", List.of(pair.first().name(), pair.second().name()));
      Json.putExact(m, "payoffs", numbers, pair.payoffs());
      m.put("subgamePerfect", pair.check().subgamePerfect());
      m.put("jointStates", pair.check().jointStates());
      List<Object> devs = new ArrayList<>();
      for (DeviationCheck.Deviation d : pair.check().profitable()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put(
            "states",
            List.of(stateLabel(pair.first(), d.state0()), stateLabel(pair.second(), d.state1())));
        dm.put("player", Shapes.playerName(g, d.player()));
        dm.put("action", Shapes.strategyName(g, d.player(), d.action()));
        Json.putExact(dm, "gain", numbers, d.gain());
        devs.add(dm);
      }
      m.put("profitableDeviations", devs);
      pairs.add(m);
    }
    root.put("automataPairs", pairs);
    r.finite()
        .ifPresent(
            f -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("horizon", f.horizon());
              m.put("order", RepeatedAnalysis.DISPLAY_ORDER);
              Json.putExactRows(
                  m,
                  "payoffs",
                  numbers,
                  f.payoffs().stream().map(p -> coordinates(p.payoffs())).toList());
              m.put(
                  "paretoEfficient",
                  f.payoffs().stream().map(RepeatedAnalysis.SpePayoff::paretoEfficient).toList());
              List<Object> paths = new ArrayList<>();
              for (RepeatedAnalysis.SpePayoff p : f.payoffs()) {
                p.path().ifPresent(path -> paths.add(path.stream().map(q -> names(g, q)).toList()));
              }
              m.put("paths", paths);
              m.put("pathsNotShown", f.pathsNotShown());
              root.put("finite", m);
            });
    r.pureSpePayoffs()
        .ifPresent(
            a -> {
              List<Object> vertices = new ArrayList<>();
              for (AbreuSannikov.Vertex v : a.vertices()) {
                vertices.add(Json.numbers(decimals, List.of(v.u0(), v.u1())));
              }
              root.put("pureSpePayoffVertices", vertices);
            });
    return Json.write(root);
  }

  public String csv(RepeatedAnalysis r) {
    NormalFormGame g = r.game().stage();
    Csv csv = new Csv();
    for (int p = 0; p < 2; p++) {
      csv.row(
          "minmax", Shapes.playerName(g, p), "pure", numbers.format(r.pureMinmax().get(p).value()));
      csv.row(
          "minmax",
          Shapes.playerName(g, p),
          "mixed",
          numbers.format(r.mixedMinmax().get(p).value()));
    }
    for (PayoffPoint p : r.payoffSets().feasible()) {
      csv.row("feasible", numbers.format(p.u0()), numbers.format(p.u1()));
    }
    for (PayoffPoint p : r.payoffSets().individuallyRational()) {
      csv.row("individually-rational", numbers.format(p.u0()), numbers.format(p.u1()));
    }
    r.target()
        .ifPresent(
            t -> {
              List<DiscountThreshold> th = thresholds(t);
              for (int k = 0; k < THRESHOLD_KEYS.length; k++) {
                csv.row(
                    "threshold",
                    THRESHOLD_KEYS[k],
                    numbers.format(th.get(k).discount()),
                    Boolean.toString(r.sustained(th.get(k))));
              }
              RepeatedAnalysis.Reversion rev = t.reversion();
              for (int p = 0; p < 2; p++) {
                List<String> row = new ArrayList<>();
                row.add("reversion");
                row.add(rev.pure() ? "pure" : "mixed");
                row.add(Shapes.playerName(g, p));
                row.addAll(formatAll(rev.equilibrium().strategies().get(p)));
                csv.row(row);
              }
            });
    for (RepeatedAnalysis.AutomatonPair pair : r.automata()) {
      csv.row(
          "automata",
          pair.first().name(),
          pair.second().name(),
          numbers.format(pair.payoffs().get(0)),
          numbers.format(pair.payoffs().get(1)),
          Boolean.toString(pair.check().subgamePerfect()));
    }
    r.finite()
        .ifPresent(
            f -> {
              for (RepeatedAnalysis.SpePayoff p : f.payoffs()) {
                csv.row(
                    "spe",
                    numbers.format(p.payoffs().u0()),
                    numbers.format(p.payoffs().u1()),
                    Boolean.toString(p.paretoEfficient()));
              }
            });
    r.pureSpePayoffs()
        .ifPresent(
            a -> {
              for (AbreuSannikov.Vertex v : a.vertices()) {
                csv.row("spe-vertex", decimals.format(v.u0()), decimals.format(v.u1()));
              }
            });
    return csv.toString();
  }

  private static List<DiscountThreshold> thresholds(RepeatedAnalysis.Target t) {
    return List.of(t.grimTrigger(), t.minmaxMixed(), t.minmaxPure());
  }

  private static String horizon(RepeatedAnalysis r) {
    if (r.game().horizon().isEmpty()) {
      return "infinite repetition";
    }
    int n = r.game().horizon().getAsInt();
    return n + (n == 1 ? " period" : " periods");
  }

  private String mixedStrategy(NormalFormGame g, int player, List<BigFraction> probabilities) {
    List<String> parts = new ArrayList<>();
    for (int s = 0; s < probabilities.size(); s++) {
      BigFraction q = probabilities.get(s);
      if (q.equals(BigFraction.ONE)) {
        return Shapes.strategyName(g, player, s);
      }
      if (q.compareTo(BigFraction.ZERO) != 0) {
        parts.add(Shapes.strategyName(g, player, s) + " " + numbers.format(q));
      }
    }
    return String.join(", ", parts);
  }

  private String deviations(NormalFormGame g, RepeatedAnalysis.AutomatonPair pair) {
    List<String> parts = new ArrayList<>();
    for (DeviationCheck.Deviation d : pair.check().profitable()) {
      parts.add(
          Shapes.playerName(g, d.player())
              + " plays "
              + Shapes.strategyName(g, d.player(), d.action())
              + " in ("
              + stateLabel(pair.first(), d.state0())
              + ", "
              + stateLabel(pair.second(), d.state1())
              + "), gains "
              + numbers.format(d.gain()));
    }
    return String.join("; ", parts);
  }

  private static String stateLabel(StrategyAutomaton a, int q) {
    return a.stateLabels().get(q);
  }

  /** A stage profile with every strategy's support and probabilities, player by player. */
  private String mixedProfile(NormalFormGame g, MixedProfile m) {
    return "("
        + Shapes.playerName(g, 0)
        + ": "
        + mixedStrategy(g, 0, m.strategies().get(0))
        + "; "
        + Shapes.playerName(g, 1)
        + ": "
        + mixedStrategy(g, 1, m.strategies().get(1))
        + ")";
  }

  /** The strategy indices of a pure profile. */
  private static List<Integer> pureProfile(MixedProfile m) {
    List<Integer> out = new ArrayList<>();
    for (List<BigFraction> strategy : m.strategies()) {
      out.add(strategy.indexOf(BigFraction.ONE));
    }
    return out;
  }

  private static String profile(NormalFormGame g, List<Integer> p) {
    return "(" + String.join(", ", names(g, p)) + ")";
  }

  private static List<String> names(NormalFormGame g, List<Integer> p) {
    return List.of(Shapes.strategyName(g, 0, p.get(0)), Shapes.strategyName(g, 1, p.get(1)));
  }

  private String point(PayoffPoint p) {
    return "(" + numbers.format(p.u0()) + ", " + numbers.format(p.u1()) + ")";
  }

  private String points(List<PayoffPoint> ps) {
    return String.join(" ", ps.stream().map(this::point).toList());
  }

  private static List<BigFraction> coordinates(PayoffPoint p) {
    return List.of(p.u0(), p.u1());
  }

  private static List<List<BigFraction>> coordinates(List<PayoffPoint> ps) {
    return ps.stream().map(RepeatedRenderer::coordinates).toList();
  }

  private List<String> formatAll(List<BigFraction> xs) {
    return xs.stream().map(numbers::format).toList();
  }
}
