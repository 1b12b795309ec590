package org.leverage.solve.qre;

import org.leverage.game.NormalFormGame;

/**
 * Expected payoffs of pure strategies against mixed ones, and their derivatives in the others'
 * probabilities, in double: what the logit equations and the polishing Newton step need. One pass
 * over the cells computes both; it costs {@code O(cells * players^3)}.
 */
final class Payoffs {

  /**
   * @param values {@code values[i][j]}: player {@code i}'s expected payoff of its strategy {@code
   *     j} against the others' probabilities
   * @param cross {@code cross[i][k][j][m]}: player {@code i}'s expected payoff when it plays {@code
   *     j} and player {@code k != i} plays {@code m}, the rest mixing; the derivative of {@code
   *     values[i][j]} in player {@code k}'s probability of {@code m}
   */
  record Derivatives(double[][] values, double[][][][] cross) {

    double cross(int i, int j, int k, int m) {
      return cross[i][k][j][m];
    }
  }

  private Payoffs() {}

  static double[][] values(NormalFormGame game, double[][] p) {
    return compute(game, p, false).values();
  }

  static Derivatives derivatives(NormalFormGame game, double[][] p) {
    return compute(game, p, true);
  }

  private static Derivatives compute(NormalFormGame game, double[][] p, boolean withCross) {
    int n = game.numPlayers();
    double[][] values = new double[n][];
    double[][][][] cross = new double[n][n][][];
    for (int i = 0; i < n; i++) {
      values[i] = new double[game.numStrategies(i)];
      for (int k = 0; k < n; k++) {
        if (withCross && k != i) {
          cross[i][k] = new double[game.numStrategies(i)][game.numStrategies(k)];
        }
      }
    }
    int[] s = new int[n];
    double[] q = new double[n];
    for (int cell = 0; cell < game.numCells(); cell++) {
      for (int l = 0; l < n; l++) {
        q[l] = p[l][s[l]];
      }
      for (int i = 0; i < n; i++) {
        double u = game.payoffAsDouble(i, cell);
        if (u == 0) {
          continue;
        }
        values[i][s[i]] += u * productWithout(q, i, i);
        if (withCross) {
          for (int k = 0; k < n; k++) {
            if (k != i) {
              cross[i][k][s[i]][s[k]] += u * productWithout(q, i, k);
            }
          }
        }
      }
      // Next cell: the first player's strategy varies fastest, as the game numbers its cells.
      for (int l = 0; l < n && ++s[l] == p[l].length; l++) {
        s[l] = 0;
      }
    }
    return new Derivatives(values, cross);
  }

  private static double productWithout(double[] q, int a, int b) {
    double w = 1;
    for (int l = 0; l < q.length; l++) {
      if (l != a && l != b) {
        w *= q[l];
      }
    }
    return w;
  }
}
