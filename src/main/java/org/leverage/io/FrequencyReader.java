package org.leverage.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.solve.qre.LogitFit;

/**
 * Reads observed play for {@code solve --method qre --fit}: a CSV file with the header {@code
 * player,strategy,count} and one row per observed strategy, e.g. {@code "Player 1",Up,37}. A player
 * is named by its name in the game or its number (1-based), a strategy by its label or number; a
 * count is a non-negative decimal number (frequencies may be fractional). Strategies without a row
 * count zero; a strategy listed twice, an unknown name, a negative count or counts that are all
 * zero are errors naming the file and line. Blank lines are skipped; fields may be quoted with
 * {@code "}.
 */
public final class FrequencyReader {

  /** The header the file must start with. */
  public static final String HEADER = "player,strategy,count";

  private FrequencyReader() {}

  /** The counts in {@code file} for the strategies of {@code game}. */
  public static LogitFit.Counts read(Path file, NormalFormGame game)
      throws IOException, GameFormatException {
    return parse(file.toString(), TextInput.read(file), game);
  }

  /** The counts in {@code text}, read from {@code source}, for the strategies of {@code game}. */
  public static LogitFit.Counts parse(String source, String text, NormalFormGame game)
      throws GameFormatException {
    String[] lines = text.split("\r?\n", -1);
    double[][] counts = new double[game.numPlayers()][];
    boolean[][] seen = new boolean[game.numPlayers()][];
    for (int p = 0; p < counts.length; p++) {
      counts[p] = new double[game.numStrategies(p)];
      seen[p] = new boolean[game.numStrategies(p)];
    }
    int header = 0;
    while (header < lines.length && lines[header].isBlank()) {
      header++;
    }
    if (header == lines.length
        || !String.join(",", fields(lines[header])).replace(" ", "").equals(HEADER)) {
      throw new GameFormatException(
          source,
          header == lines.length ? 0 : header + 1,
          "the first line must be the header " + HEADER);
    }
    double total = 0;
    for (int k = header + 1; k < lines.length; k++) {
      if (lines[k].isBlank()) {
        continue;
      }
      int line = k + 1;
      List<String> f = fields(lines[k]);
      if (f.size() != 3) {
        throw new GameFormatException(
            source, line, "expected 3 fields (player,strategy,count) but found " + f.size());
      }
      int p = player(source, line, game, f.get(0));
      int s = strategy(source, line, game.players().get(p), p, f.get(1));
      if (seen[p][s]) {
        throw new GameFormatException(
            source,
            line,
            "strategy \"" + f.get(1) + "\" of player \"" + f.get(0) + "\" is listed twice");
      }
      seen[p][s] = true;
      counts[p][s] = count(source, line, f.get(2));
      total += counts[p][s];
    }
    if (!(total > 0)) {
      throw new GameFormatException(
          source, 0, "every count is zero; at least one observation is needed");
    }
    List<List<Double>> rows = new ArrayList<>();
    for (double[] row : counts) {
      rows.add(Arrays.stream(row).boxed().toList());
    }
    return new LogitFit.Counts(rows);
  }

  private static int player(String source, int line, NormalFormGame game, String name)
      throws GameFormatException {
    for (int p = 0; p < game.numPlayers(); p++) {
      if (game.players().get(p).name().equals(name)) {
        return p;
      }
    }
    int number = number(name, game.numPlayers());
    if (number < 0) {
      String names =
          game.players().stream()
              .map(x -> "\"" + x.name() + "\"")
              .collect(Collectors.joining(", "));
      throw new GameFormatException(
          source,
          line,
          "unknown player \""
              + name
              + "\"; expected one of "
              + names
              + " or a number from 1 to "
              + game.numPlayers());
    }
    return number;
  }

  private static int strategy(String source, int line, Player player, int p, String label)
      throws GameFormatException {
    int s = player.strategies().indexOf(label);
    if (s < 0) {
      s = number(label, player.numStrategies());
    }
    if (s < 0) {
      String labels =
          IntStream.range(0, player.numStrategies())
              .mapToObj(i -> "\"" + player.strategies().get(i) + "\"")
              .collect(Collectors.joining(", "));
      throw new GameFormatException(
          source,
          line,
          "unknown strategy \""
              + label
              + "\" of player "
              + (p + 1)
              + "; expected one of "
              + labels
              + " or a number from 1 to "
              + player.numStrategies());
    }
    return s;
  }

  /** The 0-based index of a 1-based number from 1 to {@code max}, or -1. */
  private static int number(String text, int max) {
    if (!text.matches("[0-9]{1,9}")) {
      return -1;
    }
    int n = Integer.parseInt(text);
    return n >= 1 && n <= max ? n - 1 : -1;
  }

  private static double count(String source, int line, String text) throws GameFormatException {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new GameFormatException(
          source, line, "count must be a non-negative number but was \"" + text + "\"");
    }
    if (value.signum() < 0) {
      throw new GameFormatException(
          source, line, "count must be a non-negative number but was " + text);
    }
    double d = value.doubleValue();
    if (Double.isInfinite(d)) {
      throw new GameFormatException(source, line, "count " + text + " is too large");
    }
    return d;
  }

  /** The comma-separated fields of one line, trimmed, with surrounding quotes removed. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString().strip());
    return out;
  }
}
