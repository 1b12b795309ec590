package org.leverage.solve.qre;

import java.util.Optional;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;

/**
 * Sharpens the end of a traced branch into the Nash equilibrium it approaches: on the support of
 * the traced profile (the strategies played with probability above {@link #SUPPORT_THRESHOLD}),
 * Newton's method on the indifference equations (each player's supported strategies earn the same
 * expected payoff; its probabilities sum to one). The polished profile is kept only if its
 * probabilities are non-negative, it lies within {@link #RADIUS} of the traced one in max-norm (it
 * is the same equilibrium) and its regret is smaller. Where Newton's system is singular (a player
 * indifferent whatever the others do on their supports, as in games with payoff ties), the traced
 * profile with the probabilities off the support set to zero is tried instead, under the same
 * conditions.
 */
final class SupportPolish {

  /** Probabilities above this count as played at the limit. */
  static final double SUPPORT_THRESHOLD = 1e-6;

  /** How far, in max-norm, the polished profile may move from the traced one. */
  static final double RADIUS = 1e-3;

  private static final int MAX_ITERATIONS = 50;
  private static final double CONVERGED = 1e-15;

  private SupportPolish() {}

  /** The polished profile, or empty when polishing does not improve on {@code traced}. */
  static Optional<DecimalProfile> polish(NormalFormGame game, DecimalProfile traced) {
    return newton(game, traced).or(() -> truncated(game, traced));
  }

  private static Optional<DecimalProfile> truncated(NormalFormGame game, DecimalProfile traced) {
    double[][] p = new double[game.numPlayers()][];
    for (int i = 0; i < p.length; i++) {
      p[i] = new double[game.numStrategies(i)];
      for (int s = 0; s < p[i].length; s++) {
        double x = traced.probability(i, s);
        p[i][s] = x > SUPPORT_THRESHOLD ? x : 0;
      }
    }
    return accepted(game, traced, p);
  }

  private static Optional<DecimalProfile> newton(NormalFormGame game, DecimalProfile traced) {
    int n = game.numPlayers();
    boolean[][] support = new boolean[n][];
    int unknowns = 0;
    for (int i = 0; i < n; i++) {
      support[i] = new boolean[game.numStrategies(i)];
      for (int s = 0; s < support[i].length; s++) {
        support[i][s] = traced.probability(i, s) > SUPPORT_THRESHOLD;
        unknowns += support[i][s] ? 1 : 0;
      }
    }
    int[][] index = new int[n][];
    int next = 0;
    for (int i = 0; i < n; i++) {
      index[i] = new int[support[i].length];
      for (int s = 0; s < support[i].length; s++) {
        index[i][s] = support[i][s] ? next++ : -1;
      }
    }
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      p[i] = new double[support[i].length];
      for (int s = 0; s < p[i].length; s++) {
        p[i][s] = support[i][s] ? traced.probability(i, s) : 0;
      }
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      Payoffs.Derivatives d = Payoffs.derivatives(game, p);
      double[][] jac = new double[unknowns][unknowns];
      double[] residual = new double[unknowns];
      for (int i = 0; i < n; i++) {
        int first = firstOf(support[i]);
        double sum = -1;
        for (int s = 0; s < p[i].length; s++) {
          if (support[i][s]) {
            sum += p[i][s];
            jac[index[i][first]][index[i][s]] = 1;
          }
        }
        residual[index[i][first]] = sum;
        for (int j = first + 1; j < p[i].length; j++) {
          if (!support[i][j]) {
            continue;
          }
          int row = index[i][j];
          residual[row] = d.values()[i][j] - d.values()[i][first];
          for (int k = 0; k < n; k++) {
            for (int m = 0; k != i && m < p[k].length; m++) {
              if (support[k][m]) {
                jac[row][index[k][m]] = d.cross(i, j, k, m) - d.cross(i, first, k, m);
              }
            }
          }
        }
      }
      Optional<double[]> step = DenseSolve.solve(jac, residual);
      if (step.isEmpty()) {
        return Optional.empty();
      }
      double size = 0;
      for (int i = 0; i < n; i++) {
        for (int s = 0; s < p[i].length; s++) {
          if (support[i][s]) {
            p[i][s] -= step.get()[index[i][s]];
            size = Math.max(size, Math.abs(step.get()[index[i][s]]));
          }
        }
      }
      if (size <= CONVERGED) {
        break;
      }
    }
    return accepted(game, traced, p);
  }

  private static Optional<DecimalProfile> accepted(
      NormalFormGame game, DecimalProfile traced, double[][] p) {
    for (int i = 0; i < p.length; i++) {
      for (int s = 0; s < p[i].length; s++) {
        if (!(p[i][s] >= 0) || Math.abs(p[i][s] - traced.probability(i, s)) > RADIUS) {
          return Optional.empty();
        }
      }
    }
    DecimalProfile polished = DecimalProfile.normalised(p);
    return polished.maxRegret(game) < traced.maxRegret(game)
        ? Optional.of(polished)
        : Optional.empty();
  }

  private static int firstOf(boolean[] support) {
    for (int s = 0; s < support.length; s++) {
      if (support[s]) {
        return s;
      }
    }
    throw new IllegalArgumentException("a player has no strategy in the support");
  }
}
