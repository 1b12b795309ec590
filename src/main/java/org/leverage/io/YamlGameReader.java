package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Scalar;
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
  private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");
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
    Optional<Node> root = YamlTree.parse(source, text);
    if (root.isEmpty()) {
      throw new GameFormatException(
          source,
          1,
          "file is empty; expected a YAML game with keys " + String.join(", ", TOP_REQUIRED));
    }
    return new Reader(source).read(root.get());
  }

  private static final class Reader {

    private final String source;
    private final PayoffParser payoffs = new PayoffParser();
    private List<Player> players;
    private List<Map<String, Integer>> strategyIndex;
    private int[] strides;
    private BigFraction[][] byCell;

    Reader(String source) {
      this.source = source;
    }

    NormalFormGame read(Node root) throws GameFormatException {
      if (!(root instanceof Mapping top)) {
        String hint =
            root instanceof Scalar s && s.text().startsWith("NFG ")
                ? " (this looks like a Gambit .nfg file)"
                : "";
        throw error(
            root.line(),
            "",
            "expected a mapping with keys "
                + String.join(", ", TOP_REQUIRED)
                + " but found "
                + root.kindName()
                + hint);
      }
      checkKeys(top, "", TOP_KEYS, TOP_REQUIRED);
      expectConstant(top, "version", VERSION);
      expectConstant(top, "type", TYPE);
      String title = optionalText(top, "title");
      String comment = optionalText(top, "comment");
      Node playerList = top.entries().get("players").value();
      readPlayers(playerList);
      int cells = NormalFormGame.checkedCellCount(players);
      byCell = new BigFraction[cells][];
      fill(top.entries().get("payoffs").value(), 0, 0, "payoffs");
      return NormalFormGame.ofPayoffs(title, comment, players, byCell);
    }

    private void readPlayers(Node node) throws GameFormatException {
      if (!(node instanceof Sequence list)) {
        throw error(
            node.line(),
            "players",
            "expected a list of players (each with name and strategies) but found "
                + node.kindName());
      }
      if (list.items().isEmpty()) {
        throw error(list.line(), "players", "expected at least one player but the list is empty");
      }
      List<String> names = new ArrayList<>();
      List<List<String>> strategies = new ArrayList<>();
      long[] counts = new long[list.items().size()];
      strategyIndex = new ArrayList<>();
      for (int p = 0; p < counts.length; p++) {
        String path = "players[" + p + "]";
        Node item = list.items().get(p);
        if (!(item instanceof Mapping player)) {
          throw error(
              item.line(),
              path,
              "expected a mapping with keys name, strategies but found " + item.kindName());
        }
        checkKeys(player, path, PLAYER_KEYS, PLAYER_KEYS);
        names.add(requiredText(player.entries().get("name").value(), path + ".name", "a name"));
        strategies.add(readStrategies(player.entries().get("strategies").value(), path, p));
        counts[p] = strategies.get(p).size();
      }
      GameShape.checkSize(source, list.line(), counts);
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
        throw error(
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
        String label = requiredText(item, itemPath, "a strategy name");
        if (label.isEmpty()) {
          throw error(
              item.line(), itemPath, "strategy name is empty; payoffs refer to strategies by name");
        }
        Integer first = index.putIfAbsent(label, s);
        if (first != null) {
          throw error(
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
        throw error(
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
          throw error(
              e.keyLine(),
              path,
              "unknown strategy "
                  + MessageText.quote(e.key())
                  + " of "
                  + whose
                  + "; expected one of "
                  + shortList(players.get(player).strategies()));
        }
        fill(e.value(), player + 1, cellBase + s * strides[player], path + "." + segment(e.key()));
      }
      for (String strategy : players.get(player).strategies()) {
        if (!m.entries().containsKey(strategy)) {
          throw error(
              m.line(), path, "missing strategy " + MessageText.quote(strategy) + " of " + whose);
        }
      }
    }

    private BigFraction[] leaf(Node node, String path) throws GameFormatException {
      int n = players.size();
      if (!(node instanceof Sequence list)) {
        throw error(
            node.line(),
            path,
            "expected a list of " + n + " payoffs (one per player) but found " + node.kindName());
      }
      if (list.items().size() != n) {
        throw error(
            list.line(),
            path,
            "expected " + n + " payoffs (one per player) but found " + list.items().size());
      }
      BigFraction[] payoffs = new BigFraction[n];
      for (int p = 0; p < n; p++) {
        payoffs[p] = payoff(list.items().get(p), path + "[" + p + "]");
      }
      return payoffs;
    }

    private BigFraction payoff(Node node, String path) throws GameFormatException {
      BigFraction value =
          node instanceof Scalar s && !s.isNull() ? payoffs.parse(s.text()) : null;
      if (value != null) {
        return value;
      }
      String found =
          node instanceof Scalar s
              ? s.kindName() + MessageText.nonFiniteNote(s.text())
              : node.kindName();
      throw error(
          node.line(),
          path,
          "expected a payoff (integer, decimal or quoted \"a/b\") but found " + found);
    }

    private void checkKeys(Mapping m, String path, List<String> allowed, List<String> required)
        throws GameFormatException {
      for (Entry e : m.entries().values()) {
        if (!allowed.contains(e.key())) {
          throw error(
              e.keyLine(),
              path,
              "unknown key "
                  + MessageText.quote(e.key())
                  + "; expected one of "
                  + String.join(", ", allowed));
        }
      }
      for (String key : required) {
        if (!m.entries().containsKey(key)) {
          throw error(
              m.line(),
              path,
              "missing key "
                  + MessageText.quote(key)
                  + " (required: "
                  + String.join(", ", required)
                  + ")");
        }
      }
    }

    private void expectConstant(Mapping m, String key, String expected) throws GameFormatException {
      Node node = m.entries().get(key).value();
      if (!(node instanceof Scalar s) || s.isNull() || !s.text().equals(expected)) {
        throw error(node.line(), key, "expected " + expected + " but found " + node.kindName());
      }
    }

    private String optionalText(Mapping m, String key) throws GameFormatException {
      Entry e = m.entries().get(key);
      if (e == null || (e.value() instanceof Scalar s && s.isNull())) {
        return "";
      }
      return requiredText(e.value(), key, "text");
    }

    private String requiredText(Node node, String path, String what) throws GameFormatException {
      if (!(node instanceof Scalar s) || s.isNull()) {
        throw error(node.line(), path, "expected " + what + " but found " + node.kindName());
      }
      return s.text();
    }

    private String playerLabel(int p) {
      return "player " + (p + 1) + " (" + MessageText.quote(players.get(p).name()) + ")";
    }

    private GameFormatException error(int line, String path, String problem) {
      return new GameFormatException(
          source, line, path.isEmpty() ? problem : path + ": " + problem);
    }
  }

  private static String segment(String key) {
    return PLAIN_SEGMENT.matcher(key).matches() ? key : MessageText.quote(key);
  }

  private static String shortList(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (String name : names.subList(0, Math.min(names.size(), MAX_NAMES_SHOWN))) {
      shown.add(segment(name));
    }
    return String.join(", ", shown) + (names.size() > MAX_NAMES_SHOWN ? ", ..." : "");
  }
}
