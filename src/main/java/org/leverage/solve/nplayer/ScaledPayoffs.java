package org.leverage.solve.nplayer;

import java.util.Arrays;
import org.leverage.game.NormalFormGame;

/**
 * A strategic game's payoffs mapped affinely onto [0, 1] (the smallest payoff of any player to 0,
 * the largest to 1, as Gambit's {@code gnm} does) for the floating-point path methods, with the
 * expected payoff of every pure strategy against a mixed profile and its derivatives. Best
 * responses, and so equilibria, are those of the original game. Profiles are {@code double[player][
 * strategy]}.
 *
 * <p>Cost: {@link #values} is {@code O(cells x players)}, {@link #jacobian} {@code O(cells x
 * players^2)}.
 */
final class ScaledPayoffs {

  private final NormalFormGame game;
  private final int players;
  private final int[] strategies;
  private final int[][] cellStrategies;
  private final double[][] payoff;

  ScaledPayoffs(NormalFormGame game) {
    this.game = game;
    this.players = game.numPlayers();
    this.strategies = new int[players];
    for (int p = 0; p < players; p++) {
      strategies[p] = game.numStrategies(p);
    }
    int cells = game.numCells();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < players; p++) {
      for (int c = 0; c < cells; c++) {
        min = Math.min(min, game.payoffAsDouble(p, c));
        max = Math.max(max, game.payoffAsDouble(p, c));
      }
    }
    double scale = max > min ? 1 / (max - min) : 1;
    this.payoff = new double[players][cells];
    this.cellStrategies = new int[cells][];
    for (int c = 0; c < cells; c++) {
      cellStrategies[c] = game.strategiesOfCell(c);
      for (int p = 0; p < players; p++) {
        payoff[p][c] = (game.payoffAsDouble(p, c) - min) * scale;
      }
    }
  }

  NormalFormGame game() {
    return game;
  }

  int numPlayers() {
    return players;
  }

  int numStrategies(int player) {
    return strategies[player];
  }

  /** The number of probabilities of a profile: the sum of the players' strategy counts. */
  int profileLength() {
    int n = 0;
    for (int s : strategies) {
      n += s;
    }
    return n;
  }

  /** A new profile array shaped for this game, all zero. */
  double[][] newProfile() {
    double[][] x = new double[players][];
    for (int p = 0; p < players; p++) {
      x[p] = new double[strategies[p]];
    }
    return x;
  }

  /** The centroid: every player mixes uniformly. */
  double[][] centroid() {
    double[][] x = newProfile();
    for (double[] row : x) {
      Arrays.fill(row, 1.0 / row.length);
    }
    return x;
  }

  /** {@code values[p][s]}: player p's scaled payoff of pure strategy s against the others in x. */
  double[][] values(double[][] x) {
    double[][] values = newProfile();
    double[] prefix = new double[players + 1];
    for (int c = 0; c < cellStrategies.length; c++) {
      int[] s = cellStrategies[c];
      prefix[0] = 1;
      for (int p = 0; p < players; p++) {
        prefix[p + 1] = prefix[p] * x[p][s[p]];
      }
      double suffix = 1;
      for (int p = players - 1; p >= 0; p--) {
        double w = prefix[p] * suffix;
        if (w != 0) {
          values[p][s[p]] += w * payoff[p][c];
        }
        suffix *= x[p][s[p]];
      }
    }
    return values;
  }

  /**
   * {@code jacobian[p][s][q][t]}: the derivative of {@code values[p][s]} with respect to the
   * probability {@code x[q][t]}, zero when {@code q == p} (values are multilinear in the others'
   * strategies).
   */
  double[][][][] jacobian(double[][] x) {
    double[][][][] jac = new double[players][][][];
    for (int p = 0; p < players; p++) {
      jac[p] = new double[strategies[p]][][];
      for (int s = 0; s < strategies[p]; s++) {
        jac[p][s] = newProfile();
      }
    }
    for (int c = 0; c < cellStrategies.length; c++) {
      int[] s = cellStrategies[c];
      for (int p = 0; p < players; p++) {
        double a = payoff[p][c];
        if (a == 0) {
          continue;
        }
        for (int q = 0; q < players; q++) {
          if (q == p) {
            continue;
          }
          double w = a;
          for (int r = 0; r < players && w != 0; r++) {
            if (r != p && r != q) {
              w *= x[r][s[r]];
            }
          }
          jac[p][s[p]][q][s[q]] += w;
        }
      }
    }
    return jac;
  }
}
