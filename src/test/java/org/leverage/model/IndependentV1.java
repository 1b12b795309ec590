package org.leverage.model;

/**
 * A second, deliberately plain implementation of reference model v1, written from the model's
 * equations without the project's dynamic-game machinery: nested arrays {@code V[t][i][j][c]}, the
 * continuation as {@code sum_c' P(c, c') * interp(V_{t+1}(., ., c'), s', e')} exactly as the
 * equations are written, and its own bilinear interpolation and forward pass. Tests compare it with
 * {@link RegimeSolver}; agreement to rounding shows that the production code implements the
 * equations (and not only itself).
 */
final class IndependentV1 {

  final double[][][][] us;
  final double[][][][] cn;
  final int[][][][] usAction;
  final int[][][][] cnAction;
  final double finalS;
  final double finalE;

  private final int ns;
  private final int ne;
  private final int horizon;

  /** Solves {@code regime} of the model with the parameters {@code p}. */
  IndependentV1(Parameters p, Regime regime) {
    ns = (int) p.get(ParameterKey.GRID_S);
    ne = (int) p.get(ParameterKey.GRID_E);
    horizon = (int) p.get(ParameterKey.HORIZON_PERIODS);
    double dt = p.get(ParameterKey.PERIOD_YEARS);
    double beta = Math.pow(1 + p.get(ParameterKey.DISCOUNT_RATE), -dt);
    double h = p.get(ParameterKey.CRISIS_HAZARD);
    double q = p.get(ParameterKey.CRISIS_EXIT);
    double[][] chain = {{1 - h, h}, {q, 1 - q}};
    us = new double[horizon + 1][ns][ne][2];
    cn = new double[horizon + 1][ns][ne][2];
    usAction = new int[horizon][ns][ne][2];
    cnAction = new int[horizon][ns][ne][2];
    for (int t = horizon - 1; t >= 0; t--) {
      for (int i = 0; i < ns; i++) {
        for (int j = 0; j < ne; j++) {
          for (int c = 0; c < 2; c++) {
            double s = (double) i / (ns - 1);
            double e = (double) j / (ne - 1);
            int bestA = -1;
            int bestB = -1;
            double bestUs = 0;
            double bestCn = 0;
            for (int a = 0; a < 3; a++) {
              if (!regime.allows(a, c)) {
                continue;
              }
              double[] qus = new double[2];
              double[] qcn = new double[2];
              for (int b = 0; b < 2; b++) {
                double[] u = stage(p, t, s, e, c, a, b);
                double[] next = next(p, s, e, a, b);
                double contUs = 0;
                double contCn = 0;
                for (int c2 = 0; c2 < 2; c2++) {
                  contUs += chain[c][c2] * interp(us[t + 1], next[0], next[1], c2);
                  contCn += chain[c][c2] * interp(cn[t + 1], next[0], next[1], c2);
                }
                qus[b] = u[0] + beta * contUs;
                qcn[b] = u[1] + beta * contCn;
              }
              // China: higher QCN; a tie to the US's preference, then DEPEND.
              int b = qcn[1] > qcn[0] || (qcn[1] == qcn[0] && qus[1] > qus[0]) ? 1 : 0;
              // US: higher QUS; a tie to the first of OPEN, TARGETED, FULL.
              if (bestA < 0 || qus[b] > bestUs) {
                bestA = a;
                bestB = b;
                bestUs = qus[b];
                bestCn = qcn[b];
              }
            }
            us[t][i][j][c] = bestUs;
            cn[t][i][j][c] = bestCn;
            usAction[t][i][j][c] = bestA;
            cnAction[t][i][j][c] = bestB;
          }
        }
      }
    }
    double[] end = forward(p, chain);
    finalS = end[0];
    finalE = end[1];
  }

  /** The value of each player at {@code x0 = (s0, e0, calm)}. */
  double[] start(Parameters p) {
    int i = (int) Math.round(p.get(ParameterKey.SELF_SUFFICIENCY0) * (ns - 1));
    int j = (int) Math.round(p.get(ParameterKey.CHOKEPOINT0) * (ne - 1));
    return new double[] {us[0][i][j][0], cn[0][i][j][0]};
  }

  private double[] forward(Parameters p, double[][] chain) {
    double[][][] mass = new double[ns][ne][2];
    int i0 = (int) Math.round(p.get(ParameterKey.SELF_SUFFICIENCY0) * (ns - 1));
    int j0 = (int) Math.round(p.get(ParameterKey.CHOKEPOINT0) * (ne - 1));
    mass[i0][j0][0] = 1;
    for (int t = 0; t < horizon; t++) {
      double[][][] after = new double[ns][ne][2];
      for (int i = 0; i < ns; i++) {
        for (int j = 0; j < ne; j++) {
          for (int c = 0; c < 2; c++) {
            if (mass[i][j][c] == 0) {
              continue;
            }
            double[] next =
                next(
                    p,
                    (double) i / (ns - 1),
                    (double) j / (ne - 1),
                    usAction[t][i][j][c],
                    cnAction[t][i][j][c]);
            int ci = Math.min((int) Math.floor(next[0] * (ns - 1)), ns - 2);
            int cj = Math.min((int) Math.floor(next[1] * (ne - 1)), ne - 2);
            double wi = next[0] * (ns - 1) - ci;
            double wj = next[1] * (ne - 1) - cj;
            for (int c2 = 0; c2 < 2; c2++) {
              double m = mass[i][j][c] * chain[c][c2];
              after[ci][cj][c2] += m * (1 - wi) * (1 - wj);
              after[ci][cj + 1][c2] += m * (1 - wi) * wj;
              after[ci + 1][cj][c2] += m * wi * (1 - wj);
              after[ci + 1][cj + 1][c2] += m * wi * wj;
            }
          }
        }
      }
      mass = after;
    }
    double s = 0;
    double e = 0;
    for (int i = 0; i < ns; i++) {
      for (int j = 0; j < ne; j++) {
        for (int c = 0; c < 2; c++) {
          s += mass[i][j][c] * i / (ns - 1);
          e += mass[i][j][c] * j / (ne - 1);
        }
      }
    }
    return new double[] {s, e};
  }

  private double interp(double[][][] v, double s, double e, int c) {
    int i = Math.min((int) Math.floor(s * (ns - 1)), ns - 2);
    int j = Math.min((int) Math.floor(e * (ne - 1)), ne - 2);
    double wi = s * (ns - 1) - i;
    double wj = e * (ne - 1) - j;
    return (1 - wi) * (1 - wj) * v[i][j][c]
        + (1 - wi) * wj * v[i][j + 1][c]
        + wi * (1 - wj) * v[i + 1][j][c]
        + wi * wj * v[i + 1][j + 1][c];
  }

  static double[] next(Parameters p, double s, double e, int a, int b) {
    double tau = tau(p, a);
    double g =
        p.get(ParameterKey.BASE_CATCHUP)
            + p.get(ParameterKey.MARKET_PULL) * tau
            + (b == 1
                ? p.get(ParameterKey.INDIGENIZE_EFFECT)
                    * (1 + p.get(ParameterKey.INDUCED_INNOVATION) * tau)
                : 0);
    return new double[] {Math.min(1, s + (1 - s) * g), e * (1 - p.get(ParameterKey.EROSION) * tau)};
  }

  static double tau(Parameters p, int a) {
    return a == 0 ? 0 : a == 1 ? p.get(ParameterKey.TAU_TARGETED) : 1;
  }

  static double[] stage(Parameters p, int t, double s, double e, int c, int a, int b) {
    double dt = p.get(ParameterKey.PERIOD_YEARS);
    double strategic =
        Math.pow(
            2,
            p.get(ParameterKey.LEVERAGE_ELASTICITY) * t * dt / p.get(ParameterKey.DOUBLING_YEARS));
    double w = c == 1 ? p.get(ParameterKey.CRISIS_WEIGHT) : 1;
    double f = 1 - s;
    double quality =
        p.get(ParameterKey.DOMESTIC_QUALITY_FLOOR)
            + (p.get(ParameterKey.DOMESTIC_QUALITY_CEILING)
                    - p.get(ParameterKey.DOMESTIC_QUALITY_FLOOR))
                * s;
    double ac = a == 0 ? 1 : a == 1 ? 1 - e * p.get(ParameterKey.TAU_TARGETED) : 1 - e;
    double am =
        a == 0 ? 1 : a == 1 ? 1 - e * (1 - p.get(ParameterKey.MILITARY_LEAK_TARGETED)) : 1 - e;
    double kc = f * ac + s * quality;
    double km = f * am + s * quality;
    double loss =
        a == 0
            ? 0
            : a == 1
                ? p.get(ParameterKey.REVENUE_LOSS_TARGETED)
                : p.get(ParameterKey.REVENUE_LOSS_FULL);
    double cost =
        a == 0
            ? 0
            : a == 1
                ? p.get(ParameterKey.ENFORCEMENT_COST_TARGETED)
                : p.get(ParameterKey.ENFORCEMENT_COST_FULL);
    double uUs =
        p.get(ParameterKey.REVENUE_VALUE)
                * p.get(ParameterKey.CHINA_CHIP_MARKET)
                * dt
                * p.get(ParameterKey.US_LINKED_SHARE)
                * f
                * (1 - loss)
            - p.get(ParameterKey.MILITARY_RISK_WEIGHT) * w * strategic * km
            - cost;
    double uCn =
        p.get(ParameterKey.CHINA_COMPUTE_VALUE) * w * strategic * kc
            - (b == 1 ? p.get(ParameterKey.INDIGENIZE_COST) : 0);
    return new double[] {uUs, uCn};
  }
}
