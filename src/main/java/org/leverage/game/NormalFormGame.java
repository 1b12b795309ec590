package org.leverage.game;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A finite n-player game in strategic form. Payoffs are exact rationals with a {@code double} view
 * for fast searches. Cells (pure-strategy profiles) are numbered as in Gambit: the first player's
 * strategy varies fastest.
 *
 * <p>A game read from an outcome-version file keeps its outcome table so that it can be written
 * back the same way; the payoffs are the same either way.
 */
public final class NormalFormGame {

  /**
   * Largest number of payoff entries (players times cells) a game may have. Readers check a file's
   * declared size against it before allocating anything.
   */
  public static final long MAX_PAYOFF_ENTRIES = 50_000_000L;

  private final String title;
  private final String comment;
  private final ImmutableList<Player> players;
  private final int[] strides;
  private final int numCells;
  private final BigFraction[][] payoffs;
  private final double[][] doublePayoffs;
  private final OutcomeTable outcomeTable;

  private NormalFormGame(
      String title,
      String comment,
      List<Player> players,
      BigFraction[][] payoffs,
      OutcomeTable outcomeTable) {
    this.title = Objects.requireNonNullElse(title, "");
    this.comment = Objects.requireNonNullElse(comment, "");
    this.players = ImmutableList.copyOf(players);
    this.strides = new int[this.players.size()];
    this.numCells = checkedCellCount(this.players);
    int stride = 1;
    for (int p = 0; p < strides.length; p++) {
      strides[p] = stride;
      stride *= this.players.get(p).numStrategies();
    }
    this.payoffs = payoffs;
    this.doublePayoffs = new double[payoffs.length][];
    for (int p = 0; p < payoffs.length; p++) {
      double[] d = new double[numCells];
      for (int c = 0; c < numCells; c++) {
        d[c] = payoffs[p][c].doubleValue();
      }
      doublePayoffs[p] = d;
    }
    this.outcomeTable = outcomeTable;
  }

  /**
   * The number of cells of a game with these players, checked against the size limit.
   *
   * @throws GameTooLargeException when players times cells exceeds {@link #MAX_PAYOFF_ENTRIES}
   */
  public static int checkedCellCount(List<Player> players) {
    if (players.isEmpty()) {
      throw new IllegalArgumentException("a game needs at least one player");
    }
    long cells = 1;
    for (Player p : players) {
      cells *= p.numStrategies();
      if (cells * players.size() > MAX_PAYOFF_ENTRIES) {
        throw new GameTooLargeException(sizeLimitMessage(players));
      }
    }
    return (int) cells;
  }

  /** Explains the size limit for a game with these players. */
  public static String sizeLimitMessage(List<Player> players) {
    StringBuilder shape = new StringBuilder();
    for (Player p : players) {
      shape.append(shape.length() == 0 ? "" : "x").append(p.numStrategies());
    }
    return "game of shape "
        + shape
        + " has more than "
        + MAX_PAYOFF_ENTRIES
        + " payoff entries (players x cells), the most this tool holds in memory";
  }

  /**
   * A game given by a payoff vector per cell.
   *
   * @param payoffsByCell {@code payoffsByCell[cell][player]}, cells in Gambit order
   */
  public static NormalFormGame ofPayoffs(
      String title, String comment, List<Player> players, BigFraction[][] payoffsByCell) {
    int cells = checkedCellCount(players);
    if (payoffsByCell.length != cells) {
      throw new IllegalArgumentException(
          "payoff table has " + payoffsByCell.length + " cells; expected " + cells);
    }
    BigFraction[][] byPlayer = new BigFraction[players.size()][cells];
    for (int c = 0; c < cells; c++) {
      if (payoffsByCell[c].length != players.size()) {
        throw new IllegalArgumentException(
            "cell "
                + c
                + " has "
                + payoffsByCell[c].length
                + " payoffs; expected "
                + players.size()
                + " (one per player)");
      }
      for (int p = 0; p < players.size(); p++) {
        byPlayer[p][c] = Objects.requireNonNull(payoffsByCell[c][p], "payoff");
      }
    }
    return new NormalFormGame(title, comment, players, byPlayer, null);
  }

  /**
   * A game given by labelled outcomes, each cell pointing to one outcome or to none (all payoffs
   * zero), as in Gambit's outcome-version files.
   *
   * @param cellOutcomes index into {@code outcomes} per cell, or -1 for no outcome
   */
  public static NormalFormGame ofOutcomes(
      String title,
      String comment,
      List<Player> players,
      List<Outcome> outcomes,
      int[] cellOutcomes) {
    int cells = checkedCellCount(players);
    OutcomeTable table = new OutcomeTable(outcomes, cellOutcomes);
    if (cellOutcomes.length != cells) {
      throw new IllegalArgumentException(
          "outcome table has " + cellOutcomes.length + " cells; expected " + cells);
    }
    for (Outcome o : table.outcomes()) {
      if (o.payoffs().size() != players.size()) {
        throw new IllegalArgumentException(
            "outcome \""
                + o.label()
                + "\" has "
                + o.payoffs().size()
                + " payoffs; expected "
                + players.size());
      }
    }
    BigFraction[][] byPlayer = new BigFraction[players.size()][cells];
    for (int c = 0; c < cells; c++) {
      int o = table.outcomeOfCell(c);
      for (int p = 0; p < players.size(); p++) {
        byPlayer[p][c] = o < 0 ? BigFraction.ZERO : table.outcomes().get(o).payoffs().get(p);
      }
    }
    return new NormalFormGame(title, comment, players, byPlayer, table);
  }

  public String title() {
    return title;
  }

  public String comment() {
    return comment;
  }

  public List<Player> players() {
    return players;
  }

  public int numPlayers() {
    return players.size();
  }

  public int numStrategies(int player) {
    return players.get(player).numStrategies();
  }

  public int numCells() {
    return numCells;
  }

  /** The outcome table, when the game was defined by outcomes. */
  public Optional<OutcomeTable> outcomeTable() {
    return Optional.ofNullable(outcomeTable);
  }

  /** The cell where player {@code p} plays {@code strategies[p]}. */
  public int cellIndex(int... strategies) {
    if (strategies.length != players.size()) {
      throw new IllegalArgumentException(
          "profile has " + strategies.length + " strategies; expected " + players.size());
    }
    int cell = 0;
    for (int p = 0; p < strategies.length; p++) {
      if (strategies[p] < 0 || strategies[p] >= numStrategies(p)) {
        throw new IllegalArgumentException(
            "strategy " + strategies[p] + " of player " + (p + 1) + " is out of range");
      }
      cell += strategies[p] * strides[p];
    }
    return cell;
  }

  /** How far apart two cells are that differ by one strategy of {@code player}. */
  public int stride(int player) {
    return strides[player];
  }

  /** The strategy each player plays in {@code cell}. */
  public int[] strategiesOfCell(int cell) {
    int[] s = new int[players.size()];
    for (int p = 0; p < s.length; p++) {
      s[p] = (cell / strides[p]) % numStrategies(p);
    }
    return s;
  }

  public BigFraction payoff(int player, int cell) {
    return payoffs[player][cell];
  }

  public double payoffAsDouble(int player, int cell) {
    return doublePayoffs[player][cell];
  }

  /** The two-player view of this game. */
  public Bimatrix bimatrix() {
    TwoPlayerGames.requireTwoPlayers("a bimatrix view", players.size());
    int m = numStrategies(0);
    int n = numStrategies(1);
    BigFraction[][] a = new BigFraction[m][n];
    BigFraction[][] b = new BigFraction[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int c = i + j * m;
        a[i][j] = payoffs[0][c];
        b[i][j] = payoffs[1][c];
      }
    }
    return new Bimatrix(a, b);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NormalFormGame g)) {
      return false;
    }
    return title.equals(g.title)
        && comment.equals(g.comment)
        && players.equals(g.players)
        && Arrays.deepEquals(payoffs, g.payoffs)
        && Objects.equals(outcomeTable, g.outcomeTable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, players, Arrays.deepHashCode(payoffs));
  }

  /**
   * The shape, with the title when there is one: {@code "Prisoner's dilemma" (2x2)}, or {@code
   * 3x3x2}. Messages users read name games this way.
   */
  @Override
  public String toString() {
    return title.isEmpty() ? shape() : "\"" + title + "\" (" + shape() + ")";
  }

  /** The number of strategies of each player, joined by {@code x}: {@code "3x2"}. */
  public String shape() {
    StringBuilder shape = new StringBuilder();
    for (Player p : players) {
      shape.append(shape.length() == 0 ? "" : "x").append(p.numStrategies());
    }
    return shape.toString();
  }
}
