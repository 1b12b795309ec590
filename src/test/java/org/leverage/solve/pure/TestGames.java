package org.leverage.solve.pure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/** Games built in code for the tests of this package and of {@code solve.dominance}. */
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
   * A game of the given shape with payoffs drawn uniformly from {@code 0..maxPayoff}; small
   * ranges make ties, and so degenerate games, frequent.
   */
  public static NormalFormGame random(Random random, int[] shape, int maxPayoff) {
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
    return ofInts("random", shape, payoffs);
  }

  /** The prisoner's dilemma: C, D for both; D strictly dominates C. */
  public static NormalFormGame prisonersDilemma() {
    return ofInts("pd", new int[] {2, 2}, new int[][] {{3, 3}, {5, 0}, {0, 5}, {1, 1}});
  }
}
