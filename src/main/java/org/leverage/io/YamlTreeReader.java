package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Scalar;
import org.leverage.io.YamlTree.Sequence;
import org.leverage.numeric.Rationals;

/**
 * Reads a game tree (extensive form) in the project's YAML schema, version 1. The tree is written
 * nested, each node a mapping whose {@code actions} hold its children:
 *
 * <pre>
 * version: 1
 * type: extensive-form
 * title: Entry deterrence            # optional
 * comment: ...                       # optional
 * players: [Entrant, Incumbent]      # at least one; unique, non-empty names
 * root:
 *   player: Entrant                  # a decision node of this player ...
 *   actions:                         # ... with at least one action, in order: name -> child
 *     Out: {payoffs: [0, 2]}         # a leaf: no player, no chance, no actions
 *     In:
 *       player: Incumbent
 *       infoset: response            # optional; see below
 *       actions:
 *         Fight: {payoffs: [-1, -1]}
 *         Accommodate: {payoffs: [1, 1]}
 * </pre>
 *
 * Keys of a node (all optional, but a node has at most one of {@code player} and {@code chance}):
 *
 * <ul>
 *   <li>{@code player}: the name of the player who moves here; then {@code actions} is required.
 *   <li>{@code chance}: a chance node; a mapping from each action to its exact probability
 *       (integer, decimal or quoted {@code "a/b"}), the same actions in the same order as {@code
 *       actions}; probabilities are non-negative and sum to exactly 1.
 *   <li>{@code actions}: a non-empty mapping from action name to child node, in order. Only
 *       decision and chance nodes have actions; a node without {@code player} or {@code chance} is
 *       a leaf.
 *   <li>{@code infoset}: the label of the node's information set. Nodes of the same player (or of
 *       chance) with the same label form one information set and must offer the same actions in the
 *       same order (chance nodes: the same probabilities too). A node without the key is alone in
 *       its own unlabelled set. Information sets are numbered per player in order of first
 *       appearance (depth first, actions in order), as Gambit numbers them.
 *   <li>{@code payoffs}: one exact payoff per player, at any node. A play's payoff is the sum of
 *       the payoffs of the nodes on it (Gambit's convention for outcomes at non-terminal nodes); a
 *       leaf without payoffs pays 0 to everybody.
 *   <li>{@code outcome}: a label for the node's payoffs (needs {@code payoffs}). Nodes with the
 *       same outcome label and payoffs share one Gambit outcome.
 *   <li>{@code label}: a descriptive node label.
 * </ul>
 *
 * Cycles and dangling references cannot be written: the tree is the nesting. Errors are {@link
 * GameFormatException}s naming the line and the field path, e.g. {@code crisis.yaml:14:
 * root.actions.crisis.chance: probabilities must sum to exactly 1 but sum to 11/10}. Unknown keys
 * are errors (they are usually typos). Reading recurses once per tree level, so the depth is
 * bounded: at most {@link #MAX_DEPTH} moves (the YAML parser's nesting limit, {@link
 * YamlTree#MAX_NESTING}), with a one-line error beyond it; {@link YamlTreeWriter} refuses to write
 * deeper trees. Time and memory are linear in the file size.
 */
public final class YamlTreeReader {

  static final String TYPE = "extensive-form";

  /** The deepest tree read or written in YAML, in moves from the root to a leaf. */
  static final int MAX_DEPTH = 1000;

  private static final List<String> TOP_KEYS =
      List.of("version", "type", "title", "comment", "players", "root");
  private static final List<String> TOP_REQUIRED = List.of("version", "type", "players", "root");
  private static final List<String> NODE_KEYS =
      List.of("label", "player", "chance", "infoset", "actions", "payoffs", "outcome");

  private YamlTreeReader() {}

  /** Reads {@code file} as strict UTF-8; the path as given names the file in messages. */
  public static ExtensiveGame read(Path file) throws IOException, GameFormatException {
    return read(file.toString(), TextInput.read(file));
  }

  /**
   * Reads a tree from YAML {@code text}.
   *
   * @param source the name of the input in error messages, e.g. the file name
   */
  public static ExtensiveGame read(String source, String text) throws GameFormatException {
    YamlFields f = new YamlFields(source);
    Mapping top = f.document(text, TYPE, "a YAML game tree", TOP_KEYS, TOP_REQUIRED);
    return new Reader(f).read(top);
  }

  /** The information set a label names, as first declared. */
  private record Declared(int number, List<String> actions, List<BigFraction> probabilities) {}

  private static final class Reader {
    private final YamlFields f;
    private final PayoffParser numbers = new PayoffParser();
    private final Map<String, Integer> playerIndex = new HashMap<>();
    // Per player (0 = chance): information-set label -> declared set.
    private final List<Map<String, Declared>> labelled = new ArrayList<>();
    private final Map<List<Object>, Integer> outcomeNumbers = new HashMap<>();
    private List<String> players;
    // Per player (0 = chance): the last information-set number given out.
    private int[] infosetCounters;
    private ExtensiveGame.Builder builder;

    Reader(YamlFields f) {
      this.f = f;
    }

    ExtensiveGame read(Mapping top) throws GameFormatException {
      String title = f.optionalText(top, "title");
      String comment = f.optionalText(top, "comment");
      players = readPlayers(top.entries().get("players").value());
      infosetCounters = new int[players.size() + 1];
      for (int p = 0; p <= players.size(); p++) {
        labelled.add(new HashMap<>());
      }
      builder = ExtensiveGame.builder(title, comment, players);
      node(top.entries().get("root").value(), "root");
      return builder.build();
    }

    private List<String> readPlayers(Node node) throws GameFormatException {
      if (!(node instanceof Sequence list) || list.items().isEmpty()) {
        throw f.error(
            node.line(),
            "players",
            "expected a non-empty list of player names but found "
                + (node instanceof Sequence ? "an empty list" : node.kindName()));
      }
      List<String> names = new ArrayList<>();
      for (int p = 0; p < list.items().size(); p++) {
        Node item = list.items().get(p);
        String path = "players[" + p + "]";
        String name = f.text(item, path, "a player name");
        if (name.isEmpty()) {
          throw f.error(item.line(), path, "player name is empty; nodes name their player");
        }
        Integer first = playerIndex.putIfAbsent(name, p + 1);
        if (first != null) {
          throw f.error(
              item.line(),
              path,
              "duplicate player name "
                  + MessageText.quote(name)
                  + " (also players["
                  + (first - 1)
                  + "]); nodes name their player, so names must be unique");
        }
        names.add(name);
      }
      return names;
    }

    /** Adds {@code node} and its subtree to the builder, in preorder. */
    private void node(Node node, String path) throws GameFormatException {
      if (!(node instanceof Mapping m)) {
        throw f.error(
            node.line(),
            path,
            "expected a node (a mapping with player or chance and actions, or a leaf with"
                + " payoffs) but found "
                + node.kindName());
      }
      f.checkKeys(m, path, NODE_KEYS, List.of());
      Map<String, Entry> e = m.entries();
      if (e.containsKey("player") && e.containsKey("chance")) {
        throw f.error(
            e.get("chance").keyLine(),
            path,
            "a node has either player (a decision) or chance, not both");
      }
      String label =
          e.containsKey("label") ? f.text(value(e, "label"), path + ".label", "a node label") : "";
      int outcome = outcome(m, path);
      boolean decision = e.containsKey("player");
      boolean chance = e.containsKey("chance");
      if (!decision && !chance) {
        if (e.containsKey("actions")) {
          throw f.error(
              e.get("actions").keyLine(),
              path,
              "a node with actions needs player (who moves) or chance (with probabilities)");
        }
        if (e.containsKey("infoset")) {
          throw f.error(e.get("infoset").keyLine(), path, "a leaf has no information set");
        }
        builder.terminal(label, outcome);
        return;
      }
      if (!e.containsKey("actions")) {
        throw f.error(
            m.line(),
            path,
            (decision ? "a player node" : "a chance node") + " needs actions (at least one)");
      }
      Node actionsNode = value(e, "actions");
      if (!(actionsNode instanceof Mapping actions) || actions.entries().isEmpty()) {
        throw f.error(
            actionsNode.line(),
            path + ".actions",
            "expected a non-empty mapping from action names to nodes but found "
                + (actionsNode instanceof Mapping ? "an empty mapping" : actionsNode.kindName()));
      }
      List<String> actionNames = new ArrayList<>(actions.entries().keySet());
      String setLabel =
          e.containsKey("infoset")
              ? f.text(value(e, "infoset"), path + ".infoset", "an information-set label")
              : null;
      if (decision) {
        String who = f.text(value(e, "player"), path + ".player", "a player name");
        Integer player = playerIndex.get(who);
        if (player == null) {
          throw f.error(
              value(e, "player").line(),
              path + ".player",
              "unknown player "
                  + MessageText.quote(who)
                  + "; expected one of "
                  + String.join(", ", players));
        }
        int number = infoset(player, setLabel, actionNames, List.of(), m, path);
        wrap(m.line(), path, () -> builder.decision(label, player, number, outcome));
      } else {
        List<BigFraction> probs = probabilities(value(e, "chance"), actionNames, path);
        int number = infoset(0, setLabel, actionNames, probs, m, path);
        wrap(m.line(), path, () -> builder.chance(label, number, outcome));
      }
      for (Entry child : actions.entries().values()) {
        node(child.value(), YamlFields.child(path + ".actions", child.key()));
      }
    }

    /** Declares (or finds) the information set of a node and returns its number. */
    private int infoset(
        int player,
        String setLabel,
        List<String> actions,
        List<BigFraction> probs,
        Mapping m,
        String path)
        throws GameFormatException {
      String shownLabel = setLabel == null ? "" : setLabel;
      if (setLabel != null) {
        Declared old = labelled.get(player).get(setLabel);
        if (old != null) {
          if (!old.actions().equals(actions)) {
            throw f.error(
                m.entries().get("actions").keyLine(),
                path + ".actions",
                "information set "
                    + MessageText.quote(setLabel)
                    + " has actions "
                    + old.actions()
                    + " at its first node but "
                    + actions
                    + " here; all nodes of an information set offer the same actions in the"
                    + " same order");
          }
          if (!old.probabilities().equals(probs)) {
            throw f.error(
                m.entries().get("chance").keyLine(),
                path + ".chance",
                "chance information set "
                    + MessageText.quote(setLabel)
                    + " has other probabilities at its first node; all its nodes must agree");
          }
          return old.number();
        }
      }
      int number = ++infosetCounters[player];
      if (setLabel != null) {
        labelled.get(player).put(setLabel, new Declared(number, actions, probs));
      }
      wrap(
          m.line(),
          path,
          () -> {
            if (player == 0) {
              builder.chanceInfoset(number, shownLabel, actions, probs);
            } else {
              builder.infoset(player, number, shownLabel, actions);
            }
          });
      return number;
    }

    private List<BigFraction> probabilities(Node node, List<String> actions, String path)
        throws GameFormatException {
      String here = path + ".chance";
      if (!(node instanceof Mapping m)) {
        throw f.error(
            node.line(),
            here,
            "expected a mapping from each action to its probability but found " + node.kindName());
      }
      List<String> keys = new ArrayList<>(m.entries().keySet());
      if (!keys.equals(actions)) {
        throw f.error(
            m.line(),
            here,
            "probabilities are given for "
                + keys
                + " but the actions are "
                + actions
                + "; expected one probability per action, in the same order");
      }
      List<BigFraction> probs = new ArrayList<>();
      BigFraction sum = BigFraction.ZERO;
      for (Entry a : m.entries().values()) {
        String at = YamlFields.child(here, a.key());
        BigFraction p =
            a.value() instanceof Scalar s && !s.isNull() ? numbers.parse(s.text()) : null;
        if (p == null) {
          throw f.error(
              a.value().line(),
              at,
              "expected a probability (integer, decimal or quoted \"a/b\") but found "
                  + a.value().kindName());
        }
        if (p.compareTo(BigFraction.ZERO) < 0) {
          throw f.error(
              a.value().line(),
              at,
              "probability must be non-negative but was " + Rationals.format(p));
        }
        probs.add(p);
        sum = sum.add(p);
      }
      if (!sum.equals(BigFraction.ONE)) {
        throw f.error(
            m.line(),
            here,
            "probabilities must sum to exactly 1 but sum to " + Rationals.format(sum));
      }
      return probs;
    }

    /** The outcome number of the node's payoffs (0 for none), declaring it when new. */
    private int outcome(Mapping m, String path) throws GameFormatException {
      Map<String, Entry> e = m.entries();
      if (!e.containsKey("payoffs")) {
        if (e.containsKey("outcome")) {
          throw f.error(
              e.get("outcome").keyLine(), path, "an outcome label needs payoffs at the same node");
        }
        return 0;
      }
      String label =
          e.containsKey("outcome")
              ? f.text(value(e, "outcome"), path + ".outcome", "an outcome label")
              : "";
      List<BigFraction> payoffs = payoffs(value(e, "payoffs"), path + ".payoffs");
      List<Object> key = List.of(label, payoffs);
      Integer known = outcomeNumbers.get(key);
      if (known != null) {
        return known;
      }
      int number = outcomeNumbers.size() + 1;
      outcomeNumbers.put(key, number);
      builder.outcome(number, label, payoffs);
      return number;
    }

    private List<BigFraction> payoffs(Node node, String path) throws GameFormatException {
      int n = players.size();
      if (!(node instanceof Sequence list) || list.items().size() != n) {
        throw f.error(
            node.line(),
            path,
            "expected a list of "
                + n
                + " payoffs (one per player) but found "
                + (node instanceof Sequence l ? l.items().size() + " entries" : node.kindName()));
      }
      List<BigFraction> out = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        out.add(f.payoff(list.items().get(p), path + "[" + p + "]"));
      }
      return out;
    }

    /** Runs a builder step, turning a broken tree rule into an error at {@code line}. */
    private void wrap(int line, String path, BuilderStep step) throws GameFormatException {
      try {
        step.run();
      } catch (IllegalArgumentException ex) {
        throw f.error(line, path, ex.getMessage());
      }
    }
  }

  private static Node value(Map<String, Entry> entries, String key) {
    return entries.get(key).value();
  }

  /** A builder call that may throw {@link IllegalArgumentException}. */
  @FunctionalInterface
  private interface BuilderStep {
    void run();
  }
}
