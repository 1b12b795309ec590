package org.leverage.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Outcome;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.game.tree.InfosetNames;
import org.leverage.solve.UsageException;

/**
 * Writes a game tree in the nested YAML schema that {@link YamlTreeReader} reads (see there), so
 * that reading the output gives back a game with the same players, moves, information sets,
 * probabilities and payoffs (information sets and outcomes may be renumbered: the schema numbers
 * them by first appearance).
 *
 * <p>Names are references in the schema, so they must be unique where Gambit allows repeats: player
 * names and the actions of one node are made unique and non-empty as {@link YamlGameWriter} makes
 * strategy names unique (suffix {@code _k}). An information set gets an {@code infoset} key when it
 * has a label or more than one node: its name as every output shows it ({@link InfosetNames}: the
 * label, else the moves leading to it; unique per player). Leaves are written on one line ({@code
 * Fight: {payoffs: [-1, -1]}}). Numbers are exact (integers, short decimals or quoted fractions).
 * Output is deterministic and linear in the tree; the nodes are written in preorder without
 * recursion, in block style down to {@link #BLOCK_DEPTH} moves and in flow style below. A tree
 * deeper than {@link YamlTreeReader#MAX_DEPTH} moves, which the reader would refuse, is refused
 * here.
 */
public final class YamlTreeWriter {

  /**
   * Nodes deeper than this are written in flow style ({@code key: {player: A, actions: {...}}}),
   * one line each at a fixed indentation, so that the output stays linear in the tree's size
   * however deep it is (block style indents each level further).
   */
  static final int BLOCK_DEPTH = 8;

  private YamlTreeWriter() {}

  public static String write(ExtensiveGame game) {
    StringBuilder sb = new StringBuilder();
    sb.append("version: ").append(YamlGameReader.VERSION).append('\n');
    sb.append("type: ").append(YamlTreeReader.TYPE).append('\n');
    if (!game.title().isEmpty()) {
      sb.append("title: ").append(YamlText.scalar(game.title())).append('\n');
    }
    if (!game.comment().isEmpty()) {
      sb.append("comment: ").append(YamlText.scalar(game.comment())).append('\n');
    }
    List<String> players = YamlGameWriter.uniqueNames(game.players());
    sb.append("players: [");
    for (int p = 0; p < players.size(); p++) {
      sb.append(p == 0 ? "" : ", ").append(YamlText.scalar(players.get(p)));
    }
    sb.append("]\n");
    String[] setNames = infosetNames(game);
    List<List<String>> actionNames = new ArrayList<>();
    for (Infoset s : game.infosets()) {
      actionNames.add(YamlGameWriter.uniqueNames(s.actions()));
    }
    int[] depth = new int[game.numNodes()];
    for (int v = 1; v < game.numNodes(); v++) {
      depth[v] = depth[game.parent(v)] + 1;
      if (depth[v] > YamlTreeReader.MAX_DEPTH) {
        throw new UsageException(
            "the tree is deeper than "
                + YamlTreeReader.MAX_DEPTH
                + " moves, the most a YAML game tree may nest; write it as .efg");
      }
    }
    for (int v = 0; v < game.numNodes(); v++) {
      String key =
          v == 0
              ? "root"
              : actionNames.get(game.infosetIndex(game.parent(v))).get(game.actionLeadingTo(v));
      if (depth[v] > BLOCK_DEPTH) {
        flowNode(sb, game, v, depth, key, players, setNames, actionNames);
      } else {
        blockNode(sb, game, v, depth[v], key, players, setNames, actionNames);
      }
    }
    return sb.toString();
  }

  /** A node in block style: one line per key, its children below {@code actions:}. */
  private static void blockNode(
      StringBuilder sb,
      ExtensiveGame game,
      int v,
      int depth,
      String key,
      List<String> players,
      String[] setNames,
      List<List<String>> actionNames) {
    String indent = "  ".repeat(2 * depth);
    sb.append(indent).append(YamlText.scalar(key)).append(':');
    if (game.isTerminal(v)) {
      sb.append(" {").append(String.join(", ", entries(game, v, players, setNames, actionNames)));
      sb.append("}\n");
      return;
    }
    sb.append('\n');
    for (String entry : entries(game, v, players, setNames, actionNames)) {
      sb.append(indent).append("  ").append(entry).append('\n');
    }
    sb.append(indent).append("  actions:\n");
  }

  /**
   * A node below {@link #BLOCK_DEPTH} in flow style, one line per node at a fixed indentation: a
   * decision or chance node opens {@code key: {..., actions: {} and its last leaf closes the
   * mappings of every subtree that ends with it.
   */
  private static void flowNode(
      StringBuilder sb,
      ExtensiveGame game,
      int v,
      int[] depth,
      String key,
      List<String> players,
      String[] setNames,
      List<List<String>> actionNames) {
    sb.append("  ".repeat(2 * (BLOCK_DEPTH + 1)));
    if (depth[v] > BLOCK_DEPTH + 1) {
      sb.append("  ");
    }
    sb.append(YamlText.scalar(key)).append(": {");
    List<String> entries = entries(game, v, players, setNames, actionNames);
    sb.append(String.join(", ", entries));
    if (!game.isTerminal(v)) {
      sb.append(entries.isEmpty() ? "" : ", ").append("actions: {\n");
      return;
    }
    sb.append('}');
    int u = v;
    while (depth[u] > BLOCK_DEPTH + 1 && isLastChild(game, u)) {
      sb.append("}}");
      u = game.parent(u);
    }
    if (depth[u] > BLOCK_DEPTH + 1) {
      sb.append(',');
    }
    sb.append('\n');
  }

  private static boolean isLastChild(ExtensiveGame game, int v) {
    return game.actionLeadingTo(v) == game.infoset(game.parent(v)).numActions() - 1;
  }

  /**
   * The keys of node {@code v} but its actions, in the order written: label; chance or player;
   * infoset; payoffs and outcome.
   */
  private static List<String> entries(
      ExtensiveGame game,
      int v,
      List<String> players,
      String[] setNames,
      List<List<String>> actionNames) {
    List<String> entries = new ArrayList<>();
    if (!game.nodeLabel(v).isEmpty()) {
      entries.add("label: " + YamlText.scalar(game.nodeLabel(v)));
    }
    if (!game.isTerminal(v)) {
      Infoset s = game.infoset(v);
      List<String> actions = actionNames.get(s.index());
      if (s.isChance()) {
        StringBuilder chance = new StringBuilder("chance: {");
        for (int a = 0; a < actions.size(); a++) {
          chance
              .append(a == 0 ? "" : ", ")
              .append(YamlText.scalar(actions.get(a)))
              .append(": ")
              .append(YamlText.number(s.probabilities().get(a)));
        }
        entries.add(chance.append('}').toString());
      } else {
        entries.add("player: " + YamlText.scalar(players.get(s.player() - 1)));
      }
      if (setNames[s.index()] != null) {
        entries.add("infoset: " + YamlText.scalar(setNames[s.index()]));
      }
    }
    entries.addAll(outcome(game, v));
    return entries;
  }

  /** The entries {@code payoffs: [...]} and, when labelled, {@code outcome: label}; or none. */
  private static List<String> outcome(ExtensiveGame game, int v) {
    int number = game.outcomeNumber(v);
    if (number == 0) {
      return List.of();
    }
    Outcome o = game.outcomes().get(number);
    StringBuilder sb = new StringBuilder("payoffs: [");
    List<BigFraction> payoffs = o.payoffs();
    for (int p = 0; p < payoffs.size(); p++) {
      sb.append(p == 0 ? "" : ", ").append(YamlText.number(payoffs.get(p)));
    }
    sb.append(']');
    return o.label().isEmpty()
        ? List.of(sb.toString())
        : List.of(sb.toString(), "outcome: " + YamlText.scalar(o.label()));
  }

  /**
   * The {@code infoset} key of each information set, or null where none is needed (unlabelled and a
   * single node): the set's name as every output shows it ({@link InfosetNames}), unique per player
   * (chance counts as a player).
   */
  private static String[] infosetNames(ExtensiveGame game) {
    InfosetNames names = InfosetNames.of(game);
    String[] keys = new String[game.infosets().size()];
    for (Infoset s : game.infosets()) {
      if (!s.label().isEmpty() || game.infosetNodes(s.index()).length > 1) {
        keys[s.index()] = names.name(s);
      }
    }
    return keys;
  }
}
