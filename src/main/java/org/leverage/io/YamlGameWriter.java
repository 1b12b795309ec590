package org.leverage.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/**
 * Writes a game in the YAML schema that {@link YamlGameReader} reads (see there), so that reading
 * the output gives back the same players and payoffs.
 *
 * <p>Payoffs are exact ({@link YamlText#number}): integers and terminating decimals of at most 12
 * places as plain YAML numbers ({@code 3}, {@code 0.811}), every other rational as a quoted
 * fraction ({@code "1/3"}). Title and comment are written when not empty. An outcome table is not
 * kept (the schema has none); the payoffs are the same.
 *
 * <p>Strategy names must be unique and non-empty here, since payoffs refer to strategies by name,
 * while a Gambit file may repeat labels or leave them empty. Such names are made unique
 * deterministically, as Gambit does when it loads such a file: every label that is empty or occurs
 * more than once for its player gets the suffix {@code _k}, k = 1, 2, ... counting its occurrences
 * and skipping names already taken ({@code [defect, defect]} becomes {@code [defect_1, defect_2]},
 * {@code [""]} becomes {@code [_1]}). Names that are already unique are kept.
 *
 * <p>Strings are written plain when that is unambiguous (a letter followed by letters, digits,
 * spaces and {@code _ - . '}, not a YAML keyword such as {@code yes} or {@code null}), and
 * double-quoted with escapes otherwise ({@link YamlText#scalar}). Output is deterministic and
 * linear in the number of cells.
 */
public final class YamlGameWriter {

  private static final int MAX_REMEMBERED = 1 << 16;

  private YamlGameWriter() {}

  public static String write(NormalFormGame game) {
    StringBuilder sb = new StringBuilder();
    sb.append("version: ").append(YamlGameReader.VERSION).append('\n');
    sb.append("type: ").append(YamlGameReader.TYPE).append('\n');
    if (!game.title().isEmpty()) {
      sb.append("title: ").append(YamlText.scalar(game.title())).append('\n');
    }
    if (!game.comment().isEmpty()) {
      sb.append("comment: ").append(YamlText.scalar(game.comment())).append('\n');
    }
    List<List<String>> names = new ArrayList<>();
    sb.append("players:\n");
    for (Player p : game.players()) {
      List<String> unique = uniqueNames(p.strategies());
      names.add(unique);
      sb.append("  - name: ").append(YamlText.scalar(p.name())).append('\n');
      sb.append("    strategies: [");
      for (int s = 0; s < unique.size(); s++) {
        sb.append(s == 0 ? "" : ", ").append(YamlText.scalar(unique.get(s)));
      }
      sb.append("]\n");
    }
    sb.append("payoffs:\n");
    Map<BigFraction, String> formatted = new HashMap<>();
    writeLevel(game, names, 0, 0, sb, formatted);
    return sb.toString();
  }

  private static void writeLevel(
      NormalFormGame game,
      List<List<String>> names,
      int player,
      int cellBase,
      StringBuilder sb,
      Map<BigFraction, String> formatted) {
    String indent = "  ".repeat(player + 1);
    boolean last = player == game.numPlayers() - 1;
    List<String> strategies = names.get(player);
    for (int s = 0; s < strategies.size(); s++) {
      int cell = cellBase + s * game.stride(player);
      sb.append(indent).append(YamlText.scalar(strategies.get(s))).append(':');
      if (last) {
        sb.append(" [");
        for (int p = 0; p < game.numPlayers(); p++) {
          sb.append(p == 0 ? "" : ", ").append(format(game.payoff(p, cell), formatted));
        }
        sb.append("]\n");
      } else {
        sb.append('\n');
        writeLevel(game, names, player + 1, cell, sb, formatted);
      }
    }
  }

  /** Labels made unique and non-empty as described in the class comment. */
  static List<String> uniqueNames(List<String> labels) {
    Map<String, Integer> counts = new HashMap<>();
    for (String label : labels) {
      counts.merge(label, 1, Integer::sum);
    }
    Set<String> used = new HashSet<>(labels);
    Map<String, Integer> suffixes = new HashMap<>();
    List<String> result = new ArrayList<>(labels.size());
    for (String label : labels) {
      if (counts.get(label) == 1 && !label.isEmpty()) {
        result.add(label);
        continue;
      }
      String candidate;
      do {
        candidate = label + "_" + suffixes.merge(label, 1, Integer::sum);
      } while (!used.add(candidate));
      result.add(candidate);
    }
    return result;
  }

  /** {@link YamlText#number}, remembering up to {@value #MAX_REMEMBERED} values' texts. */
  private static String format(BigFraction value, Map<BigFraction, String> formatted) {
    String text = formatted.get(value);
    if (text == null) {
      text = YamlText.number(value);
      if (formatted.size() < MAX_REMEMBERED) {
        formatted.put(value, text);
      }
    }
    return text;
  }
}
