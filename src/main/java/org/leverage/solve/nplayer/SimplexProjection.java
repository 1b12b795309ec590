package org.leverage.solve.nplayer;

import java.util.Arrays;

/**
 * The nearest point of the probability simplex to a vector {@code z} (Euclidean projection): {@code
 * max(0, z_h - t)} with the level {@code t} at which these sum to one. It is the retraction {@code
 * r} of Kohlberg and Mertens's structure theorem and of the global Newton method; its fixed points
 * composed with payoffs, {@code x = r(x + V(x))}, are the Nash equilibria.
 */
final class SimplexProjection {

  private SimplexProjection() {}

  /** The level {@code t}: {@code sum_h max(0, z_h - t) = 1}. */
  static double level(double[] z) {
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    double sum = 0;
    double level = 0;
    for (int m = 1; m <= sorted.length; m++) {
      double value = sorted[sorted.length - m];
      sum += value;
      double t = (sum - 1) / m;
      if (value > t) {
        level = t;
      } else {
        break;
      }
    }
    return level;
  }

  static double[] project(double[] z) {
    double t = level(z);
    double[] x = new double[z.length];
    for (int h = 0; h < z.length; h++) {
      x[h] = Math.max(0, z[h] - t);
    }
    return x;
  }
}
