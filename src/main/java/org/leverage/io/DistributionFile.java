package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Rationals;
import org.leverage.solve.correlated.CorrelatedDistribution;

/**
 * Reads a distribution over the cells of a normal-form game, for {@code solve --method correlated
 * --check FILE}. The file is CSV:
 *
 * <pre>
 * # lines starting with # and blank lines are ignored
 * Row,Column,probability
 * Swerve,Swerve,1/3
 * Swerve,Straight,1/3
 * Straight,Swerve,1/3
 * </pre>
 *
 * The header names the players in the game's order (an unnamed player as {@code Player K}), then
 * {@code probability}. Each row names one cell by its strategies, each by its label or, where the
 * label is empty, repeated or contains a comma, by its 1-based number, then the cell's probability
 * as an exact number ({@code 1/3}, {@code 0.25}, {@code 2}). Cells not listed have probability
 * zero; a cell may be listed once; probabilities must be non-negative and sum to exactly 1.
 */
public final class DistributionFile {

  private static final String PROBABILITY = "probability";

  private DistributionFile() {}

  /** Reads {@code file}; the path as given names the file in messages. */
  public static CorrelatedDistribution read(Path file, NormalFormGame game)
      throws IOException, GameFormatException {
    return parse(file.toString(), TextInput.read(file), game);
  }

  /**
   * Reads a distribution from {@code text}.
   *
   * @param source the name of the input in error messages
   * @throws GameFormatException naming the line and what was expected, at the first problem
   */
  public static CorrelatedDistribution parse(String source, String text, NormalFormGame game)
      throws GameFormatException {
    String[] lines = text.split("\n", -1);
    int n = game.numPlayers();
    BigFraction[] p = new BigFraction[game.numCells()];
    int[] listedAt = new int[game.numCells()];
    boolean header = false;
    for (int k = 0; k < lines.length; k++) {
      int line = k + 1;
      String l = lines[k].endsWith("\r") ? lines[k].substring(0, lines[k].length() - 1) : lines[k];
      if (l.isBlank() || l.strip().startsWith("#")) {
        continue;
      }
      String[] fields = Arrays.stream(l.split(",", -1)).map(String::strip).toArray(String[]::new);
      if (fields.length != n + 1) {
        throw new GameFormatException(
            source,
            line,
            "row has "
                + fields.length
                + " fields; expected "
                + (n + 1)
                + " (one strategy per player, then the probability)");
      }
      if (!header) {
        checkHeader(source, line, fields, game);
        header = true;
        continue;
      }
      int[] strategies = new int[n];
      for (int i = 0; i < n; i++) {
        strategies[i] = strategy(source, line, fields[i], game, i);
      }
      int cell = game.cellIndex(strategies);
      if (listedAt[cell] > 0) {
        throw new GameFormatException(
            source, line, "cell is listed twice; it was first listed on line " + listedAt[cell]);
      }
      Optional<BigFraction> q = Rationals.parse(fields[n]);
      if (q.isEmpty() || q.get().compareTo(BigFraction.ZERO) < 0) {
        throw new GameFormatException(
            source,
            line,
            "probability "
                + MessageText.quote(fields[n])
                + " is not a non-negative exact number (such as 1/3, 0.25 or 0)");
      }
      listedAt[cell] = line;
      p[cell] = q.get();
    }
    if (!header) {
      throw new GameFormatException(
          source, 0, "no header line; expected the player names, then \"probability\"");
    }
    BigFraction sum = BigFraction.ZERO;
    List<BigFraction> probabilities = new ArrayList<>();
    for (BigFraction q : p) {
      BigFraction x = q == null ? BigFraction.ZERO : q;
      sum = sum.add(x);
      probabilities.add(x);
    }
    if (!sum.equals(BigFraction.ONE)) {
      throw new GameFormatException(
          source, 0, "probabilities sum to " + Rationals.format(sum) + "; expected exactly 1");
    }
    return new CorrelatedDistribution(probabilities);
  }

  private static void checkHeader(String source, int line, String[] fields, NormalFormGame game)
      throws GameFormatException {
    int n = game.numPlayers();
    for (int i = 0; i < n; i++) {
      String name = game.players().get(i).name();
      String expected = name.isEmpty() ? "Player " + (i + 1) : name;
      if (!fields[i].equals(expected)) {
        throw new GameFormatException(
            source,
            line,
            "header field "
                + (i + 1)
                + " is "
                + MessageText.quote(fields[i])
                + "; expected the name of player "
                + (i + 1)
                + ", "
                + MessageText.quote(expected));
      }
    }
    if (!fields[n].equals(PROBABILITY)) {
      throw new GameFormatException(
          source,
          line,
          "last header field is " + MessageText.quote(fields[n]) + "; expected \"probability\"");
    }
  }

  /** The strategy a field names: its unique label, or else its 1-based number. */
  private static int strategy(String source, int line, String field, NormalFormGame game, int i)
      throws GameFormatException {
    List<String> labels = game.players().get(i).strategies();
    int first = labels.indexOf(field);
    if (first >= 0 && first == labels.lastIndexOf(field)) {
      return first;
    }
    if (!field.isEmpty() && field.chars().allMatch(Character::isDigit) && field.length() < 10) {
      int k = Integer.parseInt(field);
      if (k >= 1 && k <= labels.size()) {
        return k - 1;
      }
    }
    String player =
        game.players().get(i).name().isEmpty()
            ? "player " + (i + 1)
            : "player " + MessageText.quote(game.players().get(i).name());
    throw new GameFormatException(
        source,
        line,
        first >= 0
            ? MessageText.quote(field)
                + " labels several strategies of "
                + player
                + "; name the strategy by its number, 1 to "
                + labels.size()
            : MessageText.quote(field)
                + " is not a strategy of "
                + player
                + "; expected one of its labels or a number from 1 to "
                + labels.size());
  }
}
