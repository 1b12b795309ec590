package org.leverage.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Outcome;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;

/**
 * Writes a game tree in the nested YAML schema that {@link YamlTreeReader} reads (see there), so
 * that reading the output gives back a game with the same players, moves, information sets,
 * probabilities and payoffs (information sets and outcomes may be renumbered: the schema numbers
 * them by first appearance).
 *
 * <p>Names are references in the schema, so they must be unique where Gambit allows repeats: player
 * names, the actions of one node and the labels of one player's information sets are made unique
 * and non-empty as {@link YamlGameWriter} makes strategy names unique (suffix {@code _k}). An
 * information set gets an {@code infoset} key when it has a label or more than one node. Leaves are
 * written on one line ({@code Fight: {payoffs: [-1, -1]}}). Numbers are exact (integers, short
 * decimals or quoted fractions). Output is deterministic and linear in the tree; the nodes are
 * written in preorder without recursion.
 */
public final class YamlTreeWriter {

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
    for (int v = 0; v < game.numNodes(); v++) {
      String key;
      if (v == 0) {
        key = "root";
      } else {
        int parent = game.parent(v);
        depth[v] = depth[parent] + 1;
        key = actionNames.get(game.infosetIndex(parent)).get(game.actionLeadingTo(v));
      }
      String indent = "  ".repeat(2 * depth[v]);
      sb.append(indent).append(YamlText.scalar(key)).append(':');
      if (game.isTerminal(v)) {
        sb.append(" {");
        List<String> parts = new ArrayList<>();
        if (!game.nodeLabel(v).isEmpty()) {
          parts.add("label: " + YamlText.scalar(game.nodeLabel(v)));
        }
        parts.addAll(outcome(game, v));
        sb.append(String.join(", ", parts)).append("}\n");
        continue;
      }
      sb.append('\n');
      String in = indent + "  ";
      if (!game.nodeLabel(v).isEmpty()) {
        sb.append(in).append("label: ").append(YamlText.scalar(game.nodeLabel(v))).append('\n');
      }
      Infoset s = game.infoset(v);
      List<String> actions = actionNames.get(s.index());
      if (s.isChance()) {
        sb.append(in).append("chance: {");
        for (int a = 0; a < actions.size(); a++) {
          sb.append(a == 0 ? "" : ", ")
              .append(YamlText.scalar(actions.get(a)))
              .append(": ")
              .append(YamlText.number(s.probabilities().get(a)));
        }
        sb.append("}\n");
      } else {
        sb.append(in)
            .append("player: ")
            .append(YamlText.scalar(players.get(s.player() - 1)))
            .append('\n');
      }
      if (setNames[s.index()] != null) {
        sb.append(in).append("infoset: ").append(YamlText.scalar(setNames[s.index()])).append('\n');
      }
      for (String part : outcome(game, v)) {
        sb.append(in).append(part).append('\n');
      }
      sb.append(in).append("actions:\n");
    }
    return sb.toString();
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
   * single node): labels made unique per player (chance counts as a player).
   */
  private static String[] infosetNames(ExtensiveGame game) {
    String[] names = new String[game.infosets().size()];
    for (int p = 0; p <= game.numPlayers(); p++) {
      List<Integer> named = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (Infoset s : game.infosets()) {
        if (s.player() == p && (!s.label().isEmpty() || game.infosetNodes(s.index()).length > 1)) {
          named.add(s.index());
          labels.add(s.label());
        }
      }
      List<String> unique = YamlGameWriter.uniqueNames(labels);
      for (int i = 0; i < named.size(); i++) {
        names[named.get(i)] = unique.get(i);
      }
    }
    return names;
  }
}
