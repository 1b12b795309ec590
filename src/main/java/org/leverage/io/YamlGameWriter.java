package org.leverage.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.numeric.Rationals;

/**
 * Writes a game in the YAML schema that {@link YamlGameReader} reads (see there), so that reading
 * the output gives back the same players and payoffs.
 *
 * <p>Payoffs are exact: integers and terminating decimals of at most {@value #MAX_DECIMAL_PLACES}
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
 * double-quoted with escapes otherwise. Output is deterministic and linear in the number of cells.
 */
public final class YamlGameWriter {

  private static final int MAX_DECIMAL_PLACES = 12;
  private static final int MAX_REMEMBERED = 1 << 16;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.' -]*");
  private static final Set<String> KEYWORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private YamlGameWriter() {}

  public static String write(NormalFormGame game) {
    StringBuilder sb = new StringBuilder();
    sb.append("version: ").append(YamlGameReader.VERSION).append('\n');
    sb.append("type: ").append(YamlGameReader.TYPE).append('\n');
    if (!game.title().isEmpty()) {
      sb.append("title: ").append(scalar(game.title())).append('\n');
    }
    if (!game.comment().isEmpty()) {
      sb.append("comment: ").append(scalar(game.comment())).append('\n');
    }
    List<List<String>> names = new ArrayList<>();
    sb.append("players:\n");
    for (Player p : game.players()) {
      List<String> unique = uniqueNames(p.strategies());
      names.add(unique);
      sb.append("  - name: ").append(scalar(p.name())).append('\n');
      sb.append("    strategies: [");
      for (int s = 0; s < unique.size(); s++) {
        sb.append(s == 0 ? "" : ", ").append(scalar(unique.get(s)));
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
      sb.append(indent).append(scalar(strategies.get(s))).append(':');
      if (last) {
        sb.append(" [");
        for (int p = 0; p < game.numPlayers(); p++) {
          sb.append(p == 0 ? "" : ", ")
              .append(format(game.payoff(p, cell), formatted));
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

  /** {@link #number}, remembering up to {@value #MAX_REMEMBERED} values' texts. */
  private static String format(BigFraction value, Map<BigFraction, String> formatted) {
    String text = formatted.get(value);
    if (text == null) {
      text = number(value);
      if (formatted.size() < MAX_REMEMBERED) {
        formatted.put(value, text);
      }
    }
    return text;
  }

  /** An exact YAML number or quoted fraction. */
  private static String number(BigFraction value) {
    BigInteger den = value.getDenominator();
    if (den.equals(BigInteger.ONE)) {
      return value.getNumerator().toString();
    }
    int twos = den.getLowestSetBit();
    BigInteger rest = den.shiftRight(twos);
    int fives = 0;
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
      fives++;
    }
    if (rest.equals(BigInteger.ONE) && Math.max(twos, fives) <= MAX_DECIMAL_PLACES) {
      // num/den = num * 2^(k-twos) * 5^(k-fives) / 10^k with k the larger exponent.
      int places = Math.max(twos, fives);
      BigInteger unscaled =
          value.getNumerator().multiply(TWO.pow(places - twos)).multiply(FIVE.pow(places - fives));
      return new BigDecimal(unscaled, places).toPlainString();
    }
    return "\"" + Rationals.format(value) + "\"";
  }

  /** {@code s} as a plain YAML scalar when unambiguous, else double-quoted. */
  private static String scalar(String s) {
    if (PLAIN.matcher(s).matches()
        && !s.endsWith(" ")
        && !KEYWORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          // YAML forbids raw C0/C1 controls and the non-characters U+FFFE/U+FFFF.
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0xFFFE) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
