package org.leverage.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.solve.catalog.DynamicResult;
import org.leverage.solve.dynamic.ForwardPath;
import org.leverage.solve.dynamic.MultipleEquilibria;
import org.leverage.solve.dynamic.Policy;
import org.leverage.solve.dynamic.TieDecision;
import org.leverage.solve.dynamic.Timing;

/**
 * Renders a {@link DynamicResult} as text tables, JSON or CSV, with every number in {@link
 * FixedDecimals} (the results are doubles).
 *
 * <p>Action frequencies along the path are per action index, across states: a column is named by
 * the action's label when the player has the same labels in every state, else {@code #k}.
 *
 * <p>JSON: every number a JSON number with those decimals; a player's actions, in the policy and
 * along the path, as {@code players: [{player, actions: {ACTION: probability}}]}.
 *
 * <p>CSV has one record per line, its kind first: {@code value,STATE,V1,V2} (period 0); {@code
 * policy,PERIOD,STATE,PLAYER,ACTION,PROBABILITY} for every action with positive probability ({@code
 * PERIOD} is {@code all} for a stationary policy); {@code multiple,PERIOD,STATE,EQUILIBRIA}; {@code
 * tie,PERIOD,STATE,KIND,LEADER_ACTION,CHOSEN,TIED} for every choice a tie rule decided (actions by
 * label, stage equilibria by their 1-based number in canonical order, the tied ones separated by
 * {@code |}, the leader's action empty unless the kind is {@code follower-reply}); {@code
 * state,PERIOD,STATE,PROBABILITY}; {@code action,PERIOD,PLAYER,ACTION,PROBABILITY}; {@code
 * payoff,PERIOD,U1,U2}; {@code total,U1,U2}.
 */
public final class DynamicRenderer {

  private final FixedDecimals numbers;

  public DynamicRenderer(FixedDecimals numbers) {
    this.numbers = numbers;
  }

  public String text(String source, DynamicResult r) {
    DynamicGame g = r.game();
    StringBuilder out = new StringBuilder();
    out.append("Dynamic game: ")
        .append(r.title().isEmpty() ? source : r.title())
        .append(" (")
        .append(g.playerName(0))
        .append(" vs ")
        .append(g.playerName(1))
        .append(", ")
        .append(g.numStates())
        .append(g.numStates() == 1 ? " state, " : " states, ")
        .append(
            r.stationary()
                ? "infinite horizon"
                : g.horizon() + (g.horizon() == 1 ? " period" : " periods"))
        .append(", discount ")
        .append(numbers.format(g.discount()))
        .append(", ")
        .append(timing(r))
        .append(")\n");
    if (r.stationary()) {
      out.append("Solved by value iteration: ")
          .append(r.iterations().getAsInt())
          .append(" iterations, last change ")
          .append(String.format(Locale.ROOT, "%.3e", r.residual().getAsDouble()))
          .append('\n');
    } else {
      out.append(
          r.exact()
              ? "Solved by backward induction over (period, state) in exact rational arithmetic\n"
              : "Solved by backward induction over (period, state)\n");
    }
    out.append('\n')
        .append(
            r.stationary()
                ? "Values (discounted sums)\n"
                : "Values at t = 0 (discounted sums, with terminal values)\n");
    TextTable values =
        new TextTable(List.of("state", g.playerName(0), g.playerName(1)), false, true, true);
    for (int s = 0; s < g.numStates(); s++) {
      values.row(g.stateLabel(s), numbers.format(r.value(0, s)), numbers.format(r.value(1, s)));
    }
    out.append(values.render("  "));
    out.append('\n')
        .append("Equilibrium policy")
        .append(r.stationary() ? ", stationary" : "")
        .append(" (an action, or mixed probabilities)\n");
    TextTable policy =
        new TextTable(List.of("periods", "state", g.playerName(0), g.playerName(1)), true);
    // Policies are often the same in many consecutive periods: one row per run of periods in
    // which every state's actions are unchanged.
    int start = 0;
    while (start < r.policyPeriods()) {
      List<String> first = policyRow(g, r.policy(), start);
      int end = start + 1;
      while (end < r.policyPeriods() && policyRow(g, r.policy(), end).equals(first)) {
        end++;
      }
      String periods =
          r.stationary()
              ? "all"
              : end - start == 1 ? Integer.toString(start) : start + "-" + (end - 1);
      for (int s = 0; s < g.numStates(); s++) {
        policy.row(s == 0 ? periods : "", g.stateLabel(s), first.get(2 * s), first.get(2 * s + 1));
      }
      start = end;
    }
    out.append(policy.render("  "));
    List<MultipleEquilibria> multiple = r.multipleEquilibria();
    out.append('\n');
    if (multiple.isEmpty()) {
      out.append("Every stage game solved had a single equilibrium.\n");
    } else {
      out.append("Stage games with several equilibria (")
          .append(multiple.size())
          .append(multiple.size() == 1 ? " node" : " nodes")
          .append(
              "; the selected one is the first, in canonical order, that no other"
                  + " Pareto-dominates)\n");
      TextTable m = new TextTable(List.of("period", "state", "equilibria"), true, false, true);
      for (MultipleEquilibria e : multiple) {
        m.row(
            r.stationary() ? "all" : Integer.toString(e.period()),
            g.stateLabel(e.state()),
            Integer.toString(e.equilibria()));
      }
      out.append(m.render("  "));
    }
    if (r.nearTies() > 0) {
      out.append("Near ties (a choice won by less than the tolerance): ")
          .append(r.nearTies())
          .append('\n');
    }
    List<TieDecision> ties = r.tieDecisions();
    if (!ties.isEmpty()) {
      out.append('\n')
          .append("Choices decided by the tie rule (")
          .append(ties.size())
          .append(ties.size() == 1 ? " choice; " : " choices; ")
          .append(
              r.exact()
                  ? "the alternatives were exactly equal)\n"
                  : "the alternatives were equal within the tolerance)\n");
      TextTable t =
          new TextTable(
              List.of("period", "state", "choice", "chosen", "tied"),
              true,
              false,
              false,
              false,
              false);
      // The same decision in consecutive periods is one row, as in the policy table.
      Map<TieDecision, List<Integer>> periods = new LinkedHashMap<>();
      for (TieDecision d : ties) {
        periods
            .computeIfAbsent(
                new TieDecision(0, d.state(), d.kind(), d.leaderAction(), d.chosen(), d.tied()),
                k -> new ArrayList<>())
            .add(d.period());
      }
      for (Map.Entry<TieDecision, List<Integer>> e : periods.entrySet()) {
        TieDecision d = e.getKey();
        List<Integer> run = e.getValue();
        for (int from = 0; from < run.size(); ) {
          int to = from;
          while (to + 1 < run.size() && run.get(to + 1) == run.get(to) + 1) {
            to++;
          }
          t.row(
              r.stationary()
                  ? "all"
                  : from == to ? run.get(from).toString() : run.get(from) + "-" + run.get(to),
              g.stateLabel(d.state()),
              choice(g, d),
              alternative(g, d, d.chosen()),
              String.join(", ", d.tied().stream().map(k -> alternative(g, d, k)).toList()));
          from = to + 1;
        }
      }
      out.append(t.render("  "));
    }
    ForwardPath path = r.path();
    out.append("\nExpected path from the initial distribution: probability of each state\n");
    List<String> header = stateHeader(g);
    boolean[] right = new boolean[header.size()];
    Arrays.fill(right, true);
    TextTable dist = new TextTable(header, right);
    for (int t = 0; t <= path.periods(); t++) {
      dist.row(stateRow(g, path, t).toArray(String[]::new));
    }
    out.append(dist.render("  "));
    out.append("\nExpected path: action probabilities and expected stage payoffs\n");
    List<String> aHeader = actionHeader(g);
    boolean[] aRight = new boolean[aHeader.size()];
    Arrays.fill(aRight, true);
    TextTable actions = new TextTable(aHeader, aRight);
    for (int t = 0; t < path.periods(); t++) {
      actions.row(actionRow(g, path, t).toArray(String[]::new));
    }
    out.append(actions.render("  "));
    out.append("\nDiscounted totals over ")
        .append(path.periods())
        .append(path.periods() == 1 ? " period" : " periods")
        .append(r.stationary() ? " (truncated path)" : " (with expected terminal values)")
        .append(": ")
        .append(g.playerName(0))
        .append(' ')
        .append(numbers.format(path.discountedTotal(0)))
        .append(", ")
        .append(g.playerName(1))
        .append(' ')
        .append(numbers.format(path.discountedTotal(1)))
        .append('\n');
    return out.toString();
  }

  public String json(String source, DynamicResult r) {
    DynamicGame g = r.game();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", r.title());
    root.put("players", List.of(g.playerName(0), g.playerName(1)));
    List<String> states = new ArrayList<>();
    for (int s = 0; s < g.numStates(); s++) {
      states.add(g.stateLabel(s));
    }
    root.put("states", states);
    root.put("timing", r.timing() == Timing.LEADER_FOLLOWER ? "leader-follower" : "simultaneous");
    root.put("discount", g.discount());
    root.put("horizon", r.stationary() ? "infinite" : g.horizon());
    if (r.stationary()) {
      root.put("iterations", r.iterations().getAsInt());
      root.put("residual", r.residual().getAsDouble());
    }
    List<Object> values = new ArrayList<>();
    for (int s = 0; s < g.numStates(); s++) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("state", g.stateLabel(s));
      v.put("values", Json.numbers(numbers, List.of(r.value(0, s), r.value(1, s))));
      values.add(v);
    }
    root.put("values", values);
    List<Object> policy = new ArrayList<>();
    for (int t = 0; t < r.policyPeriods(); t++) {
      for (int s = 0; s < g.numStates(); s++) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("period", r.stationary() ? "all" : t);
        node.put("state", g.stateLabel(s));
        List<Object> players = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
          Map<String, Object> probs = new LinkedHashMap<>();
          for (int a = 0; a < g.numActions(p, s); a++) {
            double q = r.policy().probability(p, t, s, a);
            if (q > 0) {
              probs.put(g.actionLabel(p, s, a), Json.number(numbers, q));
            }
          }
          players.add(playerActions(g, p, probs));
        }
        node.put("players", players);
        policy.add(node);
      }
    }
    root.put("policy", policy);
    List<Object> multiple = new ArrayList<>();
    for (MultipleEquilibria e : r.multipleEquilibria()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("period", r.stationary() ? "all" : e.period());
      m.put("state", g.stateLabel(e.state()));
      m.put("equilibria", e.equilibria());
      multiple.add(m);
    }
    root.put("multipleEquilibria", multiple);
    root.put("nearTies", r.nearTies());
    root.put("exact", r.exact());
    List<Object> ties = new ArrayList<>();
    for (TieDecision d : r.tieDecisions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("period", r.stationary() ? "all" : d.period());
      m.put("state", g.stateLabel(d.state()));
      m.put("kind", kind(d.kind()));
      if (d.kind() == TieDecision.Kind.FOLLOWER_REPLY) {
        m.put("leaderAction", g.actionLabel(0, d.state(), d.leaderAction()));
      }
      m.put("chosen", alternative(g, d, d.chosen()));
      m.put("tied", d.tied().stream().map(k -> alternative(g, d, k)).toList());
      ties.add(m);
    }
    root.put("tieDecisions", ties);
    ForwardPath path = r.path();
    List<Object> periods = new ArrayList<>();
    List<List<String>> labels = List.of(actionColumns(g, 0), actionColumns(g, 1));
    for (int t = 0; t <= path.periods(); t++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("period", t);
      Map<String, Object> dist = new LinkedHashMap<>();
      for (int s = 0; s < g.numStates(); s++) {
        dist.put(g.stateLabel(s), Json.number(numbers, path.probability(t, s)));
      }
      m.put("states", dist);
      if (t < path.periods()) {
        List<Object> players = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
          Map<String, Object> a = new LinkedHashMap<>();
          for (int k = 0; k < labels.get(p).size(); k++) {
            a.put(labels.get(p).get(k), Json.number(numbers, path.actionProbability(p, t, k)));
          }
          players.add(playerActions(g, p, a));
        }
        m.put("players", players);
        m.put(
            "expectedPayoffs",
            Json.numbers(numbers, List.of(path.expectedPayoff(0, t), path.expectedPayoff(1, t))));
      }
      periods.add(m);
    }
    root.put("path", periods);
    root.put(
        "discountedTotals",
        Json.numbers(numbers, List.of(path.discountedTotal(0), path.discountedTotal(1))));
    return Json.write(root);
  }

  /** {@code {player, actions: {ACTION: probability}}}, one player's entry of a JSON list. */
  private static Map<String, Object> playerActions(
      DynamicGame g, int player, Map<String, Object> actions) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("player", g.playerName(player));
    m.put("actions", actions);
    return m;
  }

  public String csv(DynamicResult r) {
    DynamicGame g = r.game();
    Csv csv = new Csv();
    for (int s = 0; s < g.numStates(); s++) {
      csv.row(
          "value", g.stateLabel(s), numbers.format(r.value(0, s)), numbers.format(r.value(1, s)));
    }
    for (int t = 0; t < r.policyPeriods(); t++) {
      for (int s = 0; s < g.numStates(); s++) {
        for (int p = 0; p < 2; p++) {
          for (int a = 0; a < g.numActions(p, s); a++) {
            double q = r.policy().probability(p, t, s, a);
            if (q > 0) {
              csv.row(
                  "policy",
                  r.stationary() ? "all" : Integer.toString(t),
                  g.stateLabel(s),
                  g.playerName(p),
                  g.actionLabel(p, s, a),
                  numbers.format(q));
            }
          }
        }
      }
    }
    for (MultipleEquilibria e : r.multipleEquilibria()) {
      csv.row(
          "multiple",
          r.stationary() ? "all" : Integer.toString(e.period()),
          g.stateLabel(e.state()),
          Integer.toString(e.equilibria()));
    }
    for (TieDecision d : r.tieDecisions()) {
      csv.row(
          "tie",
          r.stationary() ? "all" : Integer.toString(d.period()),
          g.stateLabel(d.state()),
          kind(d.kind()),
          d.kind() == TieDecision.Kind.FOLLOWER_REPLY
              ? g.actionLabel(0, d.state(), d.leaderAction())
              : "",
          alternative(g, d, d.chosen()),
          String.join("|", d.tied().stream().map(k -> alternative(g, d, k)).toList()));
    }
    ForwardPath path = r.path();
    List<List<String>> labels = List.of(actionColumns(g, 0), actionColumns(g, 1));
    for (int t = 0; t <= path.periods(); t++) {
      for (int s = 0; s < g.numStates(); s++) {
        csv.row(
            "state", Integer.toString(t), g.stateLabel(s), numbers.format(path.probability(t, s)));
      }
      if (t == path.periods()) {
        break;
      }
      for (int p = 0; p < 2; p++) {
        for (int k = 0; k < labels.get(p).size(); k++) {
          csv.row(
              "action",
              Integer.toString(t),
              g.playerName(p),
              labels.get(p).get(k),
              numbers.format(path.actionProbability(p, t, k)));
        }
      }
      csv.row(
          "payoff",
          Integer.toString(t),
          numbers.format(path.expectedPayoff(0, t)),
          numbers.format(path.expectedPayoff(1, t)));
    }
    csv.row(
        "total", numbers.format(path.discountedTotal(0)), numbers.format(path.discountedTotal(1)));
    return csv.toString();
  }

  /**
   * The expected path's state distribution as CSV: the header {@code period,STATE...} (one column
   * per state, by label), then one row per period {@code 0 .. periods} with each state's
   * probability at its start (the last row is the distribution after the last period). The rows of
   * the text output's first path table.
   */
  public String pathStatesCsv(DynamicResult r) {
    Csv csv = new Csv().row(stateHeader(r.game()));
    for (int t = 0; t <= r.path().periods(); t++) {
      csv.row(stateRow(r.game(), r.path(), t));
    }
    return csv.toString();
  }

  /**
   * The expected path's play as CSV: the header {@code period,PLAYER:ACTION...,E[PLAYER]...}, then
   * one row per period {@code 0 .. periods-1} with the probability of each action column of each
   * player (see the class comment) and each player's expected stage payoff. The rows of the text
   * output's second path table.
   */
  public String pathActionsCsv(DynamicResult r) {
    Csv csv = new Csv().row(actionHeader(r.game()));
    for (int t = 0; t < r.path().periods(); t++) {
      csv.row(actionRow(r.game(), r.path(), t));
    }
    return csv.toString();
  }

  /** {@code period}, then each state's label. */
  private static List<String> stateHeader(DynamicGame g) {
    List<String> header = new ArrayList<>(List.of("period"));
    for (int s = 0; s < g.numStates(); s++) {
      header.add(g.stateLabel(s));
    }
    return header;
  }

  /** Period {@code t}, then each state's probability at its start. */
  private List<String> stateRow(DynamicGame g, ForwardPath path, int t) {
    List<String> row = new ArrayList<>(List.of(Integer.toString(t)));
    for (int s = 0; s < g.numStates(); s++) {
      row.add(numbers.format(path.probability(t, s)));
    }
    return row;
  }

  /** {@code period}, {@code PLAYER:ACTION} per action column of each player, {@code E[PLAYER]}. */
  private static List<String> actionHeader(DynamicGame g) {
    List<String> header = new ArrayList<>(List.of("period"));
    for (int p = 0; p < 2; p++) {
      for (String l : actionColumns(g, p)) {
        header.add(g.playerName(p) + ":" + l);
      }
    }
    header.add("E[" + g.playerName(0) + "]");
    header.add("E[" + g.playerName(1) + "]");
    return header;
  }

  /** Period {@code t}, each action column's probability, each player's expected stage payoff. */
  private List<String> actionRow(DynamicGame g, ForwardPath path, int t) {
    List<String> row = new ArrayList<>(List.of(Integer.toString(t)));
    for (int p = 0; p < 2; p++) {
      for (int k = 0; k < actionColumns(g, p).size(); k++) {
        row.add(numbers.format(path.actionProbability(p, t, k)));
      }
    }
    row.add(numbers.format(path.expectedPayoff(0, t)));
    row.add(numbers.format(path.expectedPayoff(1, t)));
    return row;
  }

  private static String kind(TieDecision.Kind kind) {
    return switch (kind) {
      case FOLLOWER_REPLY -> "follower-reply";
      case LEADER_ACTION -> "leader-action";
      case STAGE_EQUILIBRIUM -> "stage-equilibrium";
    };
  }

  /** What was chosen, in words: whose choice, and for a follower, against which leader action. */
  private static String choice(DynamicGame g, TieDecision d) {
    return switch (d.kind()) {
      case FOLLOWER_REPLY ->
          g.playerName(1) + " replies to " + g.actionLabel(0, d.state(), d.leaderAction());
      case LEADER_ACTION -> g.playerName(0) + " acts";
      case STAGE_EQUILIBRIUM -> "stage equilibrium";
    };
  }

  /** An alternative of a tie: an action label, or a stage equilibrium's 1-based number. */
  private static String alternative(DynamicGame g, TieDecision d, int k) {
    return switch (d.kind()) {
      case FOLLOWER_REPLY -> g.actionLabel(1, d.state(), k);
      case LEADER_ACTION -> g.actionLabel(0, d.state(), k);
      case STAGE_EQUILIBRIUM -> "#" + (k + 1);
    };
  }

  private static String timing(DynamicResult r) {
    return r.timing() == Timing.LEADER_FOLLOWER
        ? "leader-follower, " + r.game().playerName(0) + " leads"
        : "simultaneous moves";
  }

  /** Both players' actions in every state at period {@code t}, state by state. */
  private List<String> policyRow(DynamicGame g, Policy policy, int t) {
    List<String> row = new ArrayList<>();
    for (int s = 0; s < g.numStates(); s++) {
      row.add(action(g, policy, 0, t, s));
      row.add(action(g, policy, 1, t, s));
    }
    return row;
  }

  /** The pure action's label, or the mixed action's labels with probabilities. */
  private String action(DynamicGame g, Policy policy, int player, int t, int s) {
    if (policy.isPure(t, s)) {
      return g.actionLabel(player, s, policy.action(player, t, s));
    }
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < g.numActions(player, s); a++) {
      double q = policy.probability(player, t, s, a);
      if (q > 0) {
        parts.add(g.actionLabel(player, s, a) + " " + numbers.format(q));
      }
    }
    return String.join(", ", parts);
  }

  /**
   * Column names for a player's action indices along the path: the labels when every state has the
   * same ones ({@link #sameActions}), else {@code #1, #2, ...} up to the most actions in any state.
   */
  static List<String> actionColumns(DynamicGame g, int player) {
    int max = 0;
    for (int s = 0; s < g.numStates(); s++) {
      max = Math.max(max, g.numActions(player, s));
    }
    boolean same = sameActions(g, player);
    List<String> out = new ArrayList<>();
    for (int a = 0; a < max; a++) {
      out.add(same ? g.actionLabel(player, 0, a) : "#" + (a + 1));
    }
    return out;
  }

  /** Whether {@code player} has the same action labels, in the same order, in every state. */
  static boolean sameActions(DynamicGame g, int player) {
    for (int s = 0; s < g.numStates(); s++) {
      if (g.numActions(player, s) != g.numActions(player, 0)) {
        return false;
      }
      for (int a = 0; a < g.numActions(player, s); a++) {
        if (!g.actionLabel(player, s, a).equals(g.actionLabel(player, 0, a))) {
          return false;
        }
      }
    }
    return true;
  }
}
