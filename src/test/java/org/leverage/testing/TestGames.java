package org.leverage.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/**
 * Strategic-form games built in code for tests: from integer payoffs, from a pair of payoff
 * matrices, and seeded random games (small payoff ranges make ties, and so degenerate games,
 * frequent).
 */
public final class TestGames {

  private TestGames() {}

  /**
   * A game from integer payoffs.
   *
   * @param shape strategies per player
   * @param payoffsByCell {@code payoffsByCell[cell][player]}, cells with player 1 fastest
   */
  public static NormalFormGame ofInts(String title, int[] shape, int[][] payoffsByCell) {
    BigFraction[][] cells = new BigFraction[payoffsByCell.length][];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = new BigFraction[payoffsByCell[c].length];
      for (int p = 0; p < cells[c].length; p++) {
        cells[c][p] = new BigFraction(payoffsByCell[c][p]);
      }
    }
    return NormalFormGame.ofPayoffs(title, "", players(shape), cells);
  }

  /**
   * A two-player game from payoff rows: {@code a[i][j]} and {@code b[i][j]} to the row and column
   * player.
   */
  public static NormalFormGame bimatrix(long[][] a, long[][] b) {
    int m = a.length;
    int n = a[0].length;
    BigFraction[][] cells = new BigFraction[m * n][];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        cells[i + j * m] = new BigFraction[] {new BigFraction(a[i][j]), new BigFraction(b[i][j])};
      }
    }
    return NormalFormGame.ofPayoffs("test game", "", players(m, n), cells);
  }

  /** Players named 1, 2, ... with strategies labelled s1, s2, ... */
  public static List<Player> players(int... shape) {
    List<Player> players = new ArrayList<>();
    for (int p = 0; p < shape.length; p++) {
      List<String> labels = new ArrayList<>();
      for (int s = 0; s < shape[p]; s++) {
        labels.add("s" + (s + 1));
      }
      players.add(new Player(Integer.toString(p + 1), labels));
    }
    return players;
  }

  /**
   * A game of the given shape with payoffs drawn uniformly from {@code 0..maxPayoff}, cell by cell
   * (player 1's strategy fastest), player by player within a cell.
   */
  public static NormalFormGame random(Random random, int[] shape, int maxPayoff) {
    return random("random", random, shape, maxPayoff);
  }

  /** {@link #random} with a fresh {@code Random(seed)}, titled with its shape and seed. */
  public static NormalFormGame randomBimatrix(long seed, int m, int n, int maxPayoff) {
    return random(
        "random " + m + "x" + n + " seed " + seed, new Random(seed), new int[] {m, n}, maxPayoff);
  }

  private static NormalFormGame random(String title, Random random, int[] shape, int maxPayoff) {
    int cells = 1;
    for (int n : shape) {
      cells *= n;
    }
    int[][] payoffs = new int[cells][shape.length];
    for (int[] cell : payoffs) {
      for (int p = 0; p < cell.length; p++) {
        cell[p] = random.nextInt(maxPayoff + 1);
      }
    }
    return ofInts(title, shape, payoffs);
  }

  /**
   * A random two-player constant-sum game of 1 to 9 rows and 1 to 7 columns (labelled r1.., c1..)
   * with fractional payoffs and a random fractional constant; even seeds draw numerators from a
   * range of 3 (many ties, degenerate optima), odd seeds from a range of 100.
   */
  public static NormalFormGame randomConstantSum(long seed) {
    Random random = new Random(seed);
    int m = 1 + random.nextInt(9);
    int n = 1 + random.nextInt(7);
    int range = seed % 2 == 0 ? 3 : 100;
    BigFraction constant = new BigFraction(random.nextInt(7) - 3, 1 + random.nextInt(3));
    BigFraction[][] cells = new BigFraction[m * n][];
    for (int c = 0; c < m * n; c++) {
      BigFraction a = new BigFraction(random.nextInt(range) - range / 2, 1 + random.nextInt(4));
      cells[c] = new BigFraction[] {a, constant.subtract(a)};
    }
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    IntStream.rangeClosed(1, m).forEach(i -> rows.add("r" + i));
    IntStream.rangeClosed(1, n).forEach(j -> cols.add("c" + j));
    return NormalFormGame.ofPayoffs(
        "random constant-sum " + seed,
        "",
        List.of(new Player("1", rows), new Player("2", cols)),
        cells);
  }

  /** The prisoner's dilemma: C, D for both; D strictly dominates C. */
  public static NormalFormGame prisonersDilemma() {
    return ofInts("pd", new int[] {2, 2}, new int[][] {{3, 3}, {5, 0}, {0, 5}, {1, 1}});
  }

  /** Flattened profiles, as in Gambit's output. */
  public static List<List<BigFraction>> flattened(List<MixedProfile> profiles) {
    return profiles.stream().map(MixedProfile::flatten).collect(Collectors.toList());
  }
}
