package org.leverage.solve.nplayer;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.leverage.game.DecimalProfile;
import org.leverage.solve.ApproximateSolver.Equilibrium;

/**
 * Polishes an approximate equilibrium by Newton's method on its support: with each player's support
 * {@code S_p} fixed (the strategies played with probability above a threshold), it solves the
 * square system "every strategy of {@code S_p} earns the same against the others, and {@code S_p}'s
 * probabilities sum to one" for all players at once. Steps are least-squares solutions through the
 * singular value decomposition, so a singular Jacobian (duplicated strategies, a continuum of
 * equilibria) still moves to a nearby solution. The result sets strategies outside the support to
 * exactly zero; the caller checks its regret, since Newton's method alone knows nothing about the
 * strategies outside the support.
 */
final class SupportNewton {

  private static final int MAX_ITERATIONS = 40;

  /** Residual (in payoffs scaled to [0, 1]) at which the iteration stops. */
  private static final double RESIDUAL = 1e-14;

  /** How negative a polished probability may be and still count as zero. */
  private static final double NEGATIVE_SLACK = 1e-12;

  private SupportNewton() {}

  /**
   * The approximate equilibrium {@code approx} refined: polished on its support, the better of the
   * polished and the unpolished profile by regret in the original game, if that regret is below
   * {@code tolerance}.
   */
  static Optional<Equilibrium> refine(
      ScaledPayoffs payoffs, double[][] approx, double threshold, double tolerance) {
    Equilibrium raw = Equilibrium.of(payoffs.game(), DecimalProfile.normalised(approx));
    Equilibrium best =
        polish(payoffs, approx, threshold)
            .map(x -> Equilibrium.of(payoffs.game(), DecimalProfile.normalised(x)))
            .filter(polished -> polished.regret() <= raw.regret())
            .orElse(raw);
    return best.regret() < tolerance ? Optional.of(best) : Optional.empty();
  }

  /**
   * The polished profile, or empty when Newton's method does not converge or leaves the simplex.
   *
   * @param threshold a strategy is in the support when its probability exceeds this; each player
   *     keeps at least its most probable strategy
   */
  static Optional<double[][]> polish(ScaledPayoffs payoffs, double[][] approx, double threshold) {
    int players = payoffs.numPlayers();
    boolean[][] support = new boolean[players][];
    int unknowns = 0;
    for (int p = 0; p < players; p++) {
      support[p] = new boolean[approx[p].length];
      int best = 0;
      for (int s = 0; s < approx[p].length; s++) {
        support[p][s] = approx[p][s] > threshold;
        best = approx[p][s] > approx[p][best] ? s : best;
      }
      support[p][best] = true;
      for (boolean b : support[p]) {
        unknowns += b ? 1 : 0;
      }
    }
    double[][] x = payoffs.newProfile();
    for (int p = 0; p < players; p++) {
      double sum = 0;
      for (int s = 0; s < x[p].length; s++) {
        x[p][s] = support[p][s] ? Math.max(0, approx[p][s]) : 0;
        sum += x[p][s];
      }
      for (int s = 0; s < x[p].length; s++) {
        x[p][s] /= sum;
      }
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] f = new double[unknowns];
      double[][] jac = new double[unknowns][unknowns];
      double residual = equations(payoffs, x, support, f, jac);
      if (residual < RESIDUAL) {
        return inSimplex(x);
      }
      RealVector step =
          new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false))
              .getSolver()
              .solve(new ArrayRealVector(f, false));
      int i = 0;
      for (int p = 0; p < players; p++) {
        for (int s = 0; s < x[p].length; s++) {
          if (support[p][s]) {
            x[p][s] -= step.getEntry(i++);
          }
        }
      }
    }
    double[] f = new double[unknowns];
    return equations(payoffs, x, support, f, new double[unknowns][unknowns]) < 1e-11
        ? inSimplex(x)
        : Optional.empty();
  }

  /** Fills the residuals and their Jacobian over the support; returns the largest residual. */
  private static double equations(
      ScaledPayoffs payoffs, double[][] x, boolean[][] support, double[] f, double[][] jac) {
    double[][] values = payoffs.values(x);
    double[][][][] d = payoffs.jacobian(x);
    int[][] column = new int[x.length][];
    int c = 0;
    for (int q = 0; q < x.length; q++) {
      column[q] = new int[x[q].length];
      for (int t = 0; t < x[q].length; t++) {
        column[q][t] = support[q][t] ? c++ : -1;
      }
    }
    int row = 0;
    double worst = 0;
    for (int p = 0; p < x.length; p++) {
      int first = -1;
      double sum = -1;
      for (int s = 0; s < x[p].length; s++) {
        if (support[p][s]) {
          first = first < 0 ? s : first;
          sum += x[p][s];
          jac[row][column[p][s]] = 1;
        }
      }
      f[row++] = sum;
      worst = Math.max(worst, Math.abs(sum));
      for (int s = first + 1; s < x[p].length; s++) {
        if (!support[p][s]) {
          continue;
        }
        f[row] = values[p][s] - values[p][first];
        worst = Math.max(worst, Math.abs(f[row]));
        for (int q = 0; q < x.length; q++) {
          for (int t = 0; t < x[q].length; t++) {
            if (column[q][t] >= 0) {
              jac[row][column[q][t]] = d[p][s][q][t] - d[p][first][q][t];
            }
          }
        }
        row++;
      }
    }
    return worst;
  }

  private static Optional<double[][]> inSimplex(double[][] x) {
    for (double[] row : x) {
      for (int s = 0; s < row.length; s++) {
        if (!(row[s] >= -NEGATIVE_SLACK && row[s] <= 1 + NEGATIVE_SLACK)) {
          return Optional.empty();
        }
        row[s] = Math.max(0, row[s]);
      }
    }
    return Optional.of(x);
  }
}
