package org.leverage.solve.qre;

import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;

/**
 * The logit QRE equations of one game in the coordinates of the path follower: a point is {@code z
 * = (y, lambda)} with {@code y} the log-probabilities, player by player in strategy order, and
 * {@code lambda} last. For each player {@code i} the equations are {@code sum_j exp(y_ij) - 1 = 0}
 * (first row) and {@code y_ij - y_i0 - lambda (v_ij - v_i0) = 0} for {@code j > 0}, where {@code
 * v_ij} is the expected payoff of strategy {@code j} against the others' probabilities {@code
 * exp(y)} (McKelvey and Palfrey 1995; the same system as {@code gambit-logit}). Working in
 * log-probabilities keeps probabilities positive and lets them fall far below the double range of
 * their logarithm's neighbourhood without loss of precision.
 *
 * <p>Payoffs are the game's own (not rescaled), so {@code lambda} is in the reciprocal of the
 * game's payoff units, as in Gambit.
 */
final class LogitSystem {

  private final NormalFormGame game;
  private final int players;
  private final int[] sizes;
  private final int[] offsets;
  private final int dimension;

  LogitSystem(NormalFormGame game) {
    this.game = game;
    this.players = game.numPlayers();
    this.sizes = new int[players];
    this.offsets = new int[players];
    int n = 0;
    for (int p = 0; p < players; p++) {
      sizes[p] = game.numStrategies(p);
      offsets[p] = n;
      n += sizes[p];
    }
    this.dimension = n;
  }

  NormalFormGame game() {
    return game;
  }

  /** The number of equations, which is the number of strategies of all players. */
  int equations() {
    return dimension;
  }

  int offset(int player) {
    return offsets[player];
  }

  int size(int player) {
    return sizes[player];
  }

  /** The point of uniform play at lambda = 0, the start of the principal branch. */
  double[] start() {
    double[] z = new double[dimension + 1];
    for (int p = 0; p < players; p++) {
      for (int s = 0; s < sizes[p]; s++) {
        z[offsets[p] + s] = -Math.log(sizes[p]);
      }
    }
    return z;
  }

  /** The probabilities {@code exp(y)} of a point, player by player. */
  double[][] probabilities(double[] z) {
    double[][] p = new double[players][];
    for (int i = 0; i < players; i++) {
      p[i] = new double[sizes[i]];
      for (int s = 0; s < sizes[i]; s++) {
        p[i][s] = Math.exp(z[offsets[i] + s]);
      }
    }
    return p;
  }

  DecimalProfile profile(double[] z) {
    return DecimalProfile.normalised(probabilities(z));
  }

  /** The residual {@code H(z)}, one entry per equation. */
  double[] residual(double[] z) {
    double[][] p = probabilities(z);
    double[][] v = Payoffs.values(game, p);
    double lambda = z[dimension];
    double[] h = new double[dimension];
    for (int i = 0; i < players; i++) {
      int o = offsets[i];
      double sum = -1;
      for (int s = 0; s < sizes[i]; s++) {
        sum += p[i][s];
      }
      h[o] = sum;
      for (int j = 1; j < sizes[i]; j++) {
        h[o + j] = z[o + j] - z[o] - lambda * (v[i][j] - v[i][0]);
      }
    }
    return h;
  }

  /**
   * The Jacobian of {@link #residual} at {@code z}: {@code equations()} rows and {@code equations()
   * + 1} columns, the last one the derivative in lambda.
   */
  double[][] jacobian(double[] z) {
    double[][] p = probabilities(z);
    double lambda = z[dimension];
    Payoffs.Derivatives d = Payoffs.derivatives(game, p);
    double[][] jac = new double[dimension][dimension + 1];
    for (int i = 0; i < players; i++) {
      int o = offsets[i];
      for (int s = 0; s < sizes[i]; s++) {
        jac[o][o + s] = p[i][s];
      }
      for (int j = 1; j < sizes[i]; j++) {
        double[] row = jac[o + j];
        row[o + j] = 1;
        row[o] = -1;
        for (int k = 0; k < players; k++) {
          if (k == i) {
            continue;
          }
          for (int m = 0; m < sizes[k]; m++) {
            row[offsets[k] + m] = -lambda * p[k][m] * (d.cross(i, j, k, m) - d.cross(i, 0, k, m));
          }
        }
        row[dimension] = -(d.values()[i][j] - d.values()[i][0]);
      }
    }
    return jac;
  }
}
