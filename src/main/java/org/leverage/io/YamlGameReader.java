package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Sequence;
import org.leverage.numeric.Rationals;

/**
 * Reads a normal-form game in the project's YAML schema, version 1:
 *
 * <pre>
 * version: 1
 * type: normal-form
 * title: Prisoner's dilemma          # optional
 * comment: ...                       # optional
 * players:                           # at least one; player order fixes the nesting below
 *   - name: Row
 *     strategies: [Cooperate, Defect] # at least one; unique, non-empty names
 *   - name: Column
 *     strategies: [Cooperate, Defect]
 * payoffs:          # nested by strategy name, one level per player in player order;
 *   Cooperate:      # the leaf is a list with one payoff per player
 *     Cooperate: [3, 3]
 *     Defect: [0, 5]
 *   Defect:
 *     Cooperate: [5, 0]
 *     Defect: [1, 1]
 * </pre>
 *
 * Every profile must have exactly one leaf. Payoffs are integers ({@code 3}), decimals ({@code
 * 0.1}, {@code 1e-3}) or quoted fractions ({@code "1/3"}), parsed exactly from the text as written
 * by {@link Rationals#parse}, never through {@code double}; NaN and infinities are refused. Keys
 * are case-sensitive; unknown keys are errors (they are usually typos). Strategy names are matched
 * as text, so {@code 1} and {@code "1"} name the same strategy. YAML comments are allowed; aliases,
 * duplicate keys and several documents per file are not.
 *
 * <p>Errors are {@link GameFormatException}s naming the line and the field path, e.g. {@code
 * game.yaml:12: payoffs.Cooperate.Defect: expected 2 payoffs (one per player) but found 3}. The
 * declared size is checked against {@link NormalFormGame#MAX_PAYOFF_ENTRIES} before the payoff
 * table is allocated. Time and memory are linear in the file size.
 */
public final class YamlGameReader {

  static final String VERSION = "1";
  static final String TYPE = "normal-form";
  private static final List<String> TOP_KEYS =
      List.of("version", "type", "title", "comment", "players", "payoffs");
  private static final List<String> TOP_REQUIRED = List.of("version", "type", "players", "payoffs");
  private static final List<String> PLAYER_KEYS = List.of("name", "strategies");
  private static final int MAX_NAMES_SHOWN = 10;

  private YamlGameReader() {}

  /** Reads {@code file} as strict UTF-8; the path as given names the file in messages. */
  public static NormalFormGame read(Path file) throws IOException, GameFormatException {
    return read(file.toString(), TextInput.read(file));
  }

  /**
   * Reads a game from YAML {@code text}.
   *
   * @param source the name of the input in error messages, e.g. the file name
   */
  public static NormalFormGame read(String source, String text) throws GameFormatException {
    YamlFields f = new YamlFields(source);
    Mapping top = f.document(text, TYPE, "a YAML game", TOP_KEYS, TOP_REQUIRED);
    return read(f, top);
  }

  /**
   * The game given by the {@code title}, {@code comment} (both optional), {@code players} and
   * {@code payoffs} entries of an already parsed mapping, with this schema's rules and messages;
   * for files that embed a normal-form game among other keys (a repeated game's stage). The caller
   * checks the mapping's other keys and that {@code players} and {@code payoffs} are present.
   */
  static NormalFormGame read(YamlFields f, Mapping top) throws GameFormatException {
    return new Reader(f).read(top);
  }

  private static final class Reader {

    private final YamlFields f;
    private List<Player> players;
    private List<Map<String, Integer>> strategyIndex;
    private int[] strides;
    private BigFraction[][] byCell;

    Reader(YamlFields f) {
      this.f = f;
    }

    NormalFormGame read(Mapping top) throws GameFormatException {
      String title = f.optionalText(top, "title");
      String comment = f.optionalText(top, "comment");
      readPlayers(YamlFields.required(top, "players"));
      int cells = NormalFormGame.checkedCellCount(players);
      byCell = new BigFraction[cells][];
      fill(YamlFields.required(top, "payoffs"), 0, 0, "payoffs");
      return NormalFormGame.ofPayoffs(title, comment, players, byCell);
    }

    private void readPlayers(Node node) throws GameFormatException {
      if (!(node instanceof Sequence list)) {
        throw f.error(
            node.line(),
            "players",
            "expected a list of players (each with name and strategies) but found "
                + node.kindName());
      }
      if (list.items().isEmpty()) {
        throw f.error(list.line(), "players", "expected at least one player but the list is empty");
      }
      List<String> names = new ArrayList<>();
      List<List<String>> strategies = new ArrayList<>();
      long[] counts = new long[list.items().size()];
      strategyIndex = new ArrayList<>();
      for (int p = 0; p < counts.length; p++) {
        String path = "players[" + p + "]";
        Node item = list.items().get(p);
        if (!(item instanceof Mapping player)) {
          throw f.error(
              item.line(),
              path,
              "expected a mapping with keys name, strategies but found " + item.kindName());
        }
        f.checkKeys(player, path, PLAYER_KEYS, PLAYER_KEYS);
        names.add(f.text(player.entries().get("name").value(), path + ".name", "a name"));
        strategies.add(readStrategies(player.entries().get("strategies").value(), path, p));
        counts[p] = strategies.get(p).size();
      }
      GameShape.checkSize(f.source(), list.line(), counts);
      players = new ArrayList<>();
      strides = new int[counts.length];
      for (int p = 0; p < counts.length; p++) {
        players.add(new Player(names.get(p), strategies.get(p)));
        strides[p] = p == 0 ? 1 : strides[p - 1] * (int) counts[p - 1];
      }
    }

    private List<String> readStrategies(Node node, String playerPath, int player)
        throws GameFormatException {
      String path = playerPath + ".strategies";
      if (!(node instanceof Sequence list) || list.items().isEmpty()) {
        throw f.error(
            node.line(),
            path,
            "expected a non-empty list of strategy names but found "
                + (node instanceof Sequence ? "an empty list" : node.kindName()));
      }
      List<String> labels = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (int s = 0; s < list.items().size(); s++) {
        String itemPath = path + "[" + s + "]";
        Node item = list.items().get(s);
        String label = f.text(item, itemPath, "a strategy name");
        if (label.isEmpty()) {
          throw f.error(
              item.line(), itemPath, "strategy name is empty; payoffs refer to strategies by name");
        }
        Integer first = index.putIfAbsent(label, s);
        if (first != null) {
          throw f.error(
              item.line(),
              itemPath,
              "duplicate strategy name "
                  + MessageText.quote(label)
                  + " (also strategies["
                  + first
                  + "]); payoffs refer to strategies by name, so names must be unique");
        }
        labels.add(label);
      }
      strategyIndex.add(index);
      return labels;
    }

    /** Fills the cells below {@code node}, which holds the strategies of {@code player}. */
    private void fill(Node node, int player, int cellBase, String path) throws GameFormatException {
      int n = players.size();
      if (player == n) {
        byCell[cellBase] = leaf(node, path);
        return;
      }
      String whose = playerLabel(player);
      if (!(node instanceof Mapping m)) {
        throw f.error(
            node.line(),
            path,
            "expected a mapping from the strategies of "
                + whose
                + (player == n - 1 ? " to payoff lists" : " to the next player's strategies")
                + " but found "
                + node.kindName());
      }
      Map<String, Integer> index = strategyIndex.get(player);
      for (Entry e : m.entries().values()) {
        Integer s = index.get(e.key());
        if (s == null) {
          throw f.error(
              e.keyLine(),
              path,
              "unknown strategy "
                  + MessageText.quote(e.key())
                  + " of "
                  + whose
                  + "; expected one of "
                  + shortList(players.get(player).strategies()));
        }
        fill(
            e.value(), player + 1, cellBase + s * strides[player], YamlFields.child(path, e.key()));
      }
      for (String strategy : players.get(player).strategies()) {
        if (!m.entries().containsKey(strategy)) {
          throw f.error(
              m.line(), path, "missing strategy " + MessageText.quote(strategy) + " of " + whose);
        }
      }
    }

    private BigFraction[] leaf(Node node, String path) throws GameFormatException {
      int n = players.size();
      if (!(node instanceof Sequence list)) {
        throw f.error(
            node.line(),
            path,
            "expected a list of " + n + " payoffs (one per player) but found " + node.kindName());
      }
      if (list.items().size() != n) {
        throw f.error(
            list.line(),
            path,
            "expected " + n + " payoffs (one per player) but found " + list.items().size());
      }
      BigFraction[] payoffs = new BigFraction[n];
      for (int p = 0; p < n; p++) {
        payoffs[p] = f.payoff(list.items().get(p), path + "[" + p + "]");
      }
      return payoffs;
    }

    private String playerLabel(int p) {
      return "player " + (p + 1) + " (" + MessageText.quote(players.get(p).name()) + ")";
    }
  }

  private static String shortList(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (String name : names.subList(0, Math.min(names.size(), MAX_NAMES_SHOWN))) {
      shown.add(YamlFields.segment(name));
    }
    return String.join(", ", shown) + (names.size() > MAX_NAMES_SHOWN ? ", ..." : "");
  }
}
