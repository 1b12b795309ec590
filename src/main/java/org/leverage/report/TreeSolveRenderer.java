package org.leverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.game.tree.InfosetNames;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.catalog.Solution;

/**
 * Renders the equilibria of a game tree as text, JSON or Gambit-compatible CSV.
 *
 * <p>Sets are called by {@link InfosetNames} everywhere (their label, else the moves leading to
 * them); JSON carries the set's number in the file as well, the key a program should use.
 *
 * <p>Text: per equilibrium, the full strategy (every information set of every player, on and off
 * the equilibrium path, with each action's probability; {@code -} where the profile leaves a set
 * unspecified because the player's own earlier move excludes it), then each play that happens with
 * positive probability (its moves, probability and payoffs) and the expected payoffs. For a method
 * whose answer is a mixed profile of the reduced strategic form ({@code enummixed}) the table lists
 * reduced strategies instead (Gambit's labels: one digit per information set, the action number,
 * {@code *} where none is named).
 *
 * <p>JSON: the same for machines, every probability and payoff as a JSON number beside its exact
 * fraction ({@link Json#putExact}); {@code null} probabilities where the profile leaves a set
 * unspecified.
 *
 * <p>CSV ({@link #csv}): one row per equilibrium, {@code NE,} and its behaviour probabilities by
 * player, information set (first appearance in preorder) and action, as Gambit prints a tree's
 * equilibria; a method whose answer is a reduced-strategy profile ({@code enummixed}) tags its rows
 * {@code NE-reduced} instead, followed by the reduced strategies' probabilities in Gambit's order.
 * A tree without personal moves has one equilibrium, the empty profile, printed as Gambit prints
 * it: {@code NE} with no probabilities. At most {@value #MAX_PLAYS_SHOWN} plays are listed per
 * equilibrium in text.
 */
public final class TreeSolveRenderer {

  static final int MAX_PLAYS_SHOWN = 20;

  /** The {@code kind} of a CSV row holding a behaviour profile: Gambit's tag for a tree's. */
  static final String BEHAVIOUR = SolveCsvRenderer.EQUILIBRIUM;

  /** The {@code kind} of a CSV row holding a mixed profile of the reduced strategic form. */
  static final String REDUCED = "NE-reduced";

  private final NumberFormat numbers;

  public TreeSolveRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  /** A one-line description of a tree: players, nodes, information sets, kind of information. */
  public static String describe(ExtensiveGame game) {
    return "game tree, "
        + game.numPlayers()
        + (game.numPlayers() == 1 ? " player, " : " players, ")
        + game.numNodes()
        + " nodes, "
        + game.numPersonalInfosets()
        + " information sets, "
        + (game.isPerfectInformation()
            ? "perfect information"
            : game.hasPerfectRecall() ? "imperfect information" : "imperfect recall");
  }

  public String text(String source, Solution.Tree solution) {
    ExtensiveGame game = solution.game();
    StringBuilder out = new StringBuilder();
    out.append("Game: ")
        .append(game.title().isEmpty() ? source : game.title())
        .append(" (")
        .append(describe(game))
        .append(")\n");
    for (TreeSolver.Result section : solution.results()) {
      int n = section.equilibria().size();
      out.append("\nMethod: ")
          .append(section.method())
          .append(" (")
          .append(section.description())
          .append(section.exact() ? "; exact" : "; floating point")
          .append("): ")
          .append(n)
          .append(n == 1 ? " equilibrium\n" : " equilibria\n");
      for (int e = 0; e < n; e++) {
        TreeSolver.Equilibrium eq = section.equilibria().get(e);
        out.append("\nEquilibrium ").append(e + 1).append('\n');
        if (section.reducedForm().isPresent()) {
          out.append(mixedTable(section.reducedForm().get().game(), eq.mixed().orElseThrow()));
        } else {
          out.append(behaviourTable(game, eq));
        }
        appendPlays(out, game, eq);
      }
    }
    return out.toString();
  }

  private String behaviourTable(ExtensiveGame game, TreeSolver.Equilibrium eq) {
    TextTable t =
        new TextTable(
            List.of("player", "information set", "action", "probability"),
            false,
            false,
            false,
            true);
    InfosetNames names = InfosetNames.of(game);
    int lastPlayer = -1;
    for (Infoset s : game.infosets()) {
      if (s.isChance()) {
        continue;
      }
      boolean specified = eq.behaviour().isSpecified(s.index());
      for (int a = 0; a < s.numActions(); a++) {
        t.row(
            a == 0 && s.player() != lastPlayer ? playerName(game, s.player()) : "",
            a == 0 ? names.name(s) : "",
            s.actionName(a),
            specified ? numbers.format(eq.behaviour().probability(s.index(), a)) : "-");
      }
      lastPlayer = s.player();
    }
    return t.render("  ");
  }

  private String mixedTable(NormalFormGame reduced, MixedProfile mixed) {
    TextTable t =
        new TextTable(List.of("player", "reduced strategy", "probability"), false, false, true);
    for (int p = 0; p < reduced.numPlayers(); p++) {
      for (int s = 0; s < reduced.numStrategies(p); s++) {
        t.row(
            s == 0 ? Shapes.playerName(reduced, p) : "",
            Shapes.strategyName(reduced, p, s),
            numbers.format(mixed.probability(p, s)));
      }
    }
    return t.render("  ");
  }

  private void appendPlays(StringBuilder out, ExtensiveGame game, TreeSolver.Equilibrium eq) {
    List<TreeSolver.Play> plays = eq.plays();
    out.append(plays.size() == 1 ? "  Equilibrium path" : "  Plays with positive probability")
        .append(":\n");
    for (TreeSolver.Play play : plays.subList(0, Math.min(plays.size(), MAX_PLAYS_SHOWN))) {
      out.append("    ")
          .append(numbers.format(play.probability()))
          .append("  ")
          .append(String.join(" -> ", moves(game, play)))
          .append("  payoffs (")
          .append(String.join(", ", play.payoffs().stream().map(numbers::format).toList()))
          .append(')')
          .append('\n');
    }
    if (plays.size() > MAX_PLAYS_SHOWN) {
      out.append("    ... and ").append(plays.size() - MAX_PLAYS_SHOWN).append(" more plays\n");
    }
    out.append("  Expected payoffs: ").append(payoffList(game, eq.payoffs())).append('\n');
  }

  /** The moves of a play: {@code "US: threaten"}, {@code "chance: crisis"}. */
  private static List<String> moves(ExtensiveGame game, TreeSolver.Play play) {
    List<String> moves = new ArrayList<>();
    for (int i = 0; i + 1 < play.nodes().size(); i++) {
      int v = play.nodes().get(i);
      Infoset s = game.infoset(v);
      int a = game.actionLeadingTo(play.nodes().get(i + 1));
      moves.add((s.isChance() ? "chance" : playerName(game, s.player())) + ": " + s.actionName(a));
    }
    if (moves.isEmpty()) {
      moves.add("(no moves)");
    }
    return moves;
  }

  private String payoffList(ExtensiveGame game, List<BigFraction> payoffs) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < payoffs.size(); p++) {
      parts.add(playerName(game, p + 1) + " = " + numbers.format(payoffs.get(p)));
    }
    return String.join(", ", parts);
  }

  public String json(String source, Solution.Tree solution) {
    ExtensiveGame game = solution.game();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", game.title());
    root.put("kind", describe(game));
    List<Object> players = new ArrayList<>();
    for (int p = 1; p <= game.numPlayers(); p++) {
      players.add(playerName(game, p));
    }
    root.put("players", players);
    List<Object> methods = new ArrayList<>();
    for (TreeSolver.Result section : solution.results()) {
      Map<String, Object> method = new LinkedHashMap<>();
      method.put("method", section.method());
      method.put("description", section.description());
      method.put("exact", section.exact());
      method.put("counters", section.counters());
      List<Object> equilibria = new ArrayList<>();
      for (TreeSolver.Equilibrium e : section.equilibria()) {
        equilibria.add(equilibrium(game, section, e));
      }
      method.put("equilibria", equilibria);
      methods.add(method);
    }
    root.put("results", methods);
    return Json.write(root);
  }

  private Map<String, Object> equilibrium(
      ExtensiveGame game, TreeSolver.Result section, TreeSolver.Equilibrium e) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> sets = new ArrayList<>();
    InfosetNames names = InfosetNames.of(game);
    for (Infoset s : game.infosets()) {
      if (s.isChance()) {
        continue;
      }
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("player", playerName(game, s.player()));
      set.put("infoset", s.number());
      set.put("label", s.label());
      set.put("name", names.name(s));
      set.put("actions", s.actions());
      if (e.behaviour().isSpecified(s.index())) {
        Json.putExact(set, "probabilities", numbers, e.behaviour().probabilities().get(s.index()));
      } else {
        set.put("probabilities", null);
        set.put("probabilitiesExact", null);
      }
      sets.add(set);
    }
    out.put("behaviour", sets);
    section
        .reducedForm()
        .ifPresent(
            rnf -> {
              List<Object> mixed = new ArrayList<>();
              for (int p = 0; p < rnf.game().numPlayers(); p++) {
                Map<String, Object> player = new LinkedHashMap<>();
                player.put("player", Shapes.playerName(rnf.game(), p));
                player.put("reducedStrategies", rnf.game().players().get(p).strategies());
                Json.putExact(
                    player, "probabilities", numbers, e.mixed().orElseThrow().strategies().get(p));
                mixed.add(player);
              }
              out.put("mixed", mixed);
            });
    Json.putExact(out, "payoffs", numbers, e.payoffs());
    List<Object> plays = new ArrayList<>();
    for (TreeSolver.Play play : e.plays()) {
      Map<String, Object> p = new LinkedHashMap<>();
      Json.putExact(p, "probability", numbers, play.probability());
      p.put("moves", moves(game, play));
      p.put("leaf", play.nodes().get(play.nodes().size() - 1));
      Json.putExact(p, "payoffs", numbers, play.payoffs());
      plays.add(p);
    }
    out.put("plays", plays);
    return out;
  }

  /**
   * The CSV of {@code solution} in {@code shape}'s columns: {@code [method,]kind,} then the
   * behaviour probabilities ({@code kind} {@link #BEHAVIOUR}, Gambit's row) or the reduced
   * strategies' ({@link #REDUCED}). When rows of both kinds are printed ({@code --method all}),
   * every row has both groups of columns, behaviour first, the other group left empty.
   */
  public String csv(Solution.Tree solution, SolveCsvShape shape) {
    ExtensiveGame game = solution.game();
    List<String> behaviourColumns = List.of();
    List<String> reducedColumns = List.of();
    boolean anyBehaviour = false;
    boolean anyReduced = false;
    for (TreeSolver.Result section : solution.results()) {
      if (section.reducedForm().isPresent()) {
        reducedColumns = Shapes.strategyColumns(section.reducedForm().get().game());
        anyReduced = true;
      } else {
        behaviourColumns = behaviourColumns(game);
        anyBehaviour = true;
      }
    }
    boolean both = anyBehaviour && anyReduced;
    Csv csv = new Csv();
    if (shape.header()) {
      List<String> header = new ArrayList<>();
      if (shape.methodColumn()) {
        header.add("method");
      }
      header.add("kind");
      header.addAll(behaviourColumns);
      header.addAll(reducedColumns);
      csv.row(header);
    }
    for (TreeSolver.Result section : solution.results()) {
      boolean reduced = section.reducedForm().isPresent();
      for (TreeSolver.Equilibrium e : section.equilibria()) {
        List<String> row = new ArrayList<>();
        if (shape.methodColumn()) {
          row.add(section.method());
        }
        row.add(reduced ? REDUCED : BEHAVIOUR);
        if (reduced && both) {
          behaviourColumns.forEach(c -> row.add(""));
        }
        (reduced ? e.mixed().orElseThrow().flatten() : e.behaviour().flatten())
            .forEach(x -> row.add(numbers.format(x)));
        if (!reduced && both) {
          reducedColumns.forEach(c -> row.add(""));
        }
        csv.row(row);
      }
    }
    return csv.toString();
  }

  /**
   * One column per action of every personal information set, in the order of {@link
   * org.leverage.game.tree.BehaviourProfile#flatten()}: {@code PLAYER:SET:ACTION}, the set by its
   * {@link InfosetNames name} (unique per player), the action by its label, or by its 1-based
   * position where the label is empty or repeats within the set (labels are descriptive), so that
   * no two columns share a name.
   */
  private static List<String> behaviourColumns(ExtensiveGame game) {
    List<String> columns = new ArrayList<>();
    InfosetNames names = InfosetNames.of(game);
    for (Infoset s : game.infosets().subList(0, game.numPersonalInfosets())) {
      for (int a = 0; a < s.numActions(); a++) {
        String label = s.actions().get(a);
        boolean unique = s.actions().indexOf(label) == s.actions().lastIndexOf(label);
        String action = unique ? s.actionName(a) : Integer.toString(a + 1);
        columns.add(playerName(game, s.player()) + ":" + names.name(s) + ":" + action);
      }
    }
    return columns;
  }

  private static String playerName(ExtensiveGame game, int player) {
    String name = game.players().get(player - 1);
    return name.isEmpty() ? "Player " + player : name;
  }
}
