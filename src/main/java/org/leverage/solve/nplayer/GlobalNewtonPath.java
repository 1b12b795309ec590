package org.leverage.solve.nplayer;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * The equations of the global Newton method's homotopy path and their derivatives: a point {@code
 * (z, lambda)} of {@code R^M x R} ({@code M} the number of strategies of all players) is on the
 * path when {@code H(z, lambda) = z - r(z) - V(r(z)) - lambda b = 0}, with {@code r} the
 * player-by-player projection onto the strategy simplices ({@link SimplexProjection}), {@code V}
 * the strategies' payoffs and {@code b} the perturbation ray. Then {@code sigma = r(z)} is a Nash
 * equilibrium of the game whose payoffs are raised by the bonus {@code lambda b} (Kohlberg and
 * Mertens's structure theorem, as used by Govindan and Wilson 2003). {@code H} is smooth on each
 * region of fixed supports of {@code r(z)} and continuous across them.
 */
final class GlobalNewtonPath {

  private final ScaledPayoffs payoffs;
  private final double[] ray;
  private final int[] offset;
  private final int size;

  GlobalNewtonPath(ScaledPayoffs payoffs, double[] ray) {
    this.payoffs = payoffs;
    this.ray = ray;
    int players = payoffs.numPlayers();
    this.offset = new int[players + 1];
    for (int p = 0; p < players; p++) {
      offset[p + 1] = offset[p] + payoffs.numStrategies(p);
    }
    this.size = offset[players];
  }

  /** {@code M}, the number of {@code z} coordinates; a point has {@code M + 1} with lambda last. */
  int size() {
    return size;
  }

  double[] ray() {
    return ray;
  }

  /** {@code r(z)} as a profile. */
  double[][] strategies(double[] point) {
    double[][] sigma = payoffs.newProfile();
    for (int p = 0; p < sigma.length; p++) {
      double[] zp = new double[sigma[p].length];
      System.arraycopy(point, offset[p], zp, 0, zp.length);
      sigma[p] = SimplexProjection.project(zp);
    }
    return sigma;
  }

  /** The point {@code (sigma + V(sigma) + lambda b, lambda)} of a profile and bonus scale. */
  double[] pointOf(double[][] sigma, double lambda) {
    double[][] values = payoffs.values(sigma);
    double[] point = new double[size + 1];
    for (int p = 0; p < sigma.length; p++) {
      for (int s = 0; s < sigma[p].length; s++) {
        int i = offset[p] + s;
        point[i] = sigma[p][s] + values[p][s] + lambda * ray[i];
      }
    }
    point[size] = lambda;
    return point;
  }

  /** {@code H} at {@code point}. */
  double[] residual(double[] point) {
    double[][] sigma = strategies(point);
    double[][] values = payoffs.values(sigma);
    double[] h = new double[size];
    for (int p = 0; p < sigma.length; p++) {
      for (int s = 0; s < sigma[p].length; s++) {
        int i = offset[p] + s;
        h[i] = point[i] - sigma[p][s] - values[p][s] - point[size] * ray[i];
      }
    }
    return h;
  }

  /**
   * The {@code M x (M + 1)} Jacobian {@code [I - Dr - DV Dr | -b]} at {@code point}, on the support
   * region of {@code r(z)} there.
   */
  double[][] jacobian(double[] point) {
    double[][] sigma = strategies(point);
    double[][][][] dv = payoffs.jacobian(sigma);
    double[][] j = new double[size][size + 1];
    for (int q = 0; q < sigma.length; q++) {
      int supportSize = 0;
      for (double x : sigma[q]) {
        supportSize += x > 0 ? 1 : 0;
      }
      for (int p = 0; p < sigma.length; p++) {
        for (int s = 0; s < sigma[p].length; s++) {
          int row = offset[p] + s;
          double mean = 0;
          for (int t = 0; t < sigma[q].length; t++) {
            mean += sigma[q][t] > 0 ? dv[p][s][q][t] : 0;
          }
          mean /= supportSize;
          for (int t = 0; t < sigma[q].length; t++) {
            if (sigma[q][t] > 0) {
              j[row][offset[q] + t] = -(dv[p][s][q][t] - mean);
            }
          }
        }
      }
      for (int s = 0; s < sigma[q].length; s++) {
        int row = offset[q] + s;
        j[row][row] += 1;
        if (sigma[q][s] > 0) {
          for (int t = 0; t < sigma[q].length; t++) {
            if (sigma[q][t] > 0) {
              j[row][offset[q] + t] -= (s == t ? 1 : 0) - 1.0 / supportSize;
            }
          }
        }
      }
    }
    for (int i = 0; i < size; i++) {
      j[i][size] = -ray[i];
    }
    return j;
  }

  /**
   * The unit tangent at {@code point} in the orientation fixed by {@code orientation}: the
   * Jacobian's cofactor vector (so that {@code det[J; t] > 0}), times {@code orientation}. The
   * cofactor orientation is continuous along the path and across support regions. {@code reference}
   * is any vector not orthogonal to the tangent.
   *
   * @return the tangent, or null where the Jacobian is singular
   */
  double[] tangent(double[] point, double[] reference, int orientation) {
    double[][] j = jacobian(point);
    double[][] a = new double[size + 1][];
    System.arraycopy(j, 0, a, 0, size);
    a[size] = reference.clone();
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a, false));
    double det = lu.getDeterminant();
    if (!lu.getSolver().isNonSingular() || det == 0 || !Double.isFinite(det)) {
      return null;
    }
    double[] e = new double[size + 1];
    e[size] = 1;
    double[] t = lu.getSolver().solve(new ArrayRealVector(e, false)).toArray();
    double norm = 0;
    for (double x : t) {
      norm += x * x;
    }
    double sign = Math.signum(det) * orientation / Math.sqrt(norm);
    for (int i = 0; i < t.length; i++) {
      t[i] *= sign;
    }
    return t;
  }

  /**
   * The distance along {@code direction} from {@code point} at which the support of {@code r(z)}
   * first changes, by the linear model of the current region; infinite if it does not.
   */
  double distanceToSupportChange(double[] point, double[] direction) {
    double nearest = Double.POSITIVE_INFINITY;
    for (int p = 0; p + 1 < offset.length; p++) {
      int n = offset[p + 1] - offset[p];
      double[] zp = new double[n];
      System.arraycopy(point, offset[p], zp, 0, n);
      double level = SimplexProjection.level(zp);
      int m = 0;
      double levelRate = 0;
      for (int s = 0; s < n; s++) {
        if (zp[s] > level) {
          m++;
          levelRate += direction[offset[p] + s];
        }
      }
      levelRate /= m;
      for (int s = 0; s < n; s++) {
        double gap = zp[s] - level;
        double rate = direction[offset[p] + s] - levelRate;
        if (gap > 0 && rate < 0) {
          nearest = Math.min(nearest, -gap / rate);
        } else if (gap <= 0 && rate > 0) {
          nearest = Math.min(nearest, -gap / rate);
        }
      }
    }
    return nearest;
  }
}
