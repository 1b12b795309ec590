package org.leverage.solve.dynamic;

import org.leverage.game.dynamic.DynamicGame;
import org.leverage.game.dynamic.UnitGrid;

/**
 * A test fixture shaped like the compute-leverage model (two continuous state variables on a grid
 * with bilinear successors, a calm/crisis chain, 3 x 2 actions, period-dependent payoffs), to check
 * that such models are easy to express and that forward evaluation prices the same chain as
 * backward induction. It is not the reference model: its numbers are not v1's. State index: {@code
 * ((is * Ne) + ie) * 2 + c}.
 */
class GridLeverageFixture implements DynamicGame {

  static final double[] TAU = {0, 0.3, 1};
  private final UnitGrid gs;
  private final UnitGrid ge;
  private final int horizon;
  private final double[] strategicValue;
  private final boolean declareStationary;

  GridLeverageFixture(int ns, int ne, int horizon) {
    this(ns, ne, horizon, true);
  }

  /**
   * @param declareStationary whether to tell solvers that transitions do not depend on the period
   *     (they don't), which lets them cache transitions
   */
  GridLeverageFixture(int ns, int ne, int horizon, boolean declareStationary) {
    this.declareStationary = declareStationary;
    this.gs = new UnitGrid(ns);
    this.ge = new UnitGrid(ne);
    this.horizon = horizon;
    // Period-dependent constants are computed once, not in the hot callbacks.
    this.strategicValue = new double[horizon];
    for (int t = 0; t < horizon; t++) {
      strategicValue[t] = Math.pow(2, 0.5 * t * 0.5 / 0.5);
    }
  }

  int state(int is, int ie, int crisis) {
    return (is * ge.size() + ie) * 2 + crisis;
  }

  double s(int state) {
    return gs.point(state / 2 / ge.size());
  }

  double e(int state) {
    return ge.point(state / 2 % ge.size());
  }

  @Override
  public int numStates() {
    return gs.size() * ge.size() * 2;
  }

  @Override
  public int horizon() {
    return horizon;
  }

  @Override
  public double discount() {
    return Math.pow(1.05, -0.5);
  }

  @Override
  public int numActions(int player, int state) {
    return player == 0 ? 3 : 2;
  }

  @Override
  public String actionLabel(int player, int state, int action) {
    return player == 0
        ? new String[] {"OPEN", "TARGETED", "FULL"}[action]
        : new String[] {"DEPEND", "INDIGENIZE"}[action];
  }

  @Override
  public boolean stationaryTransitions() {
    return declareStationary;
  }

  @Override
  public int maxSuccessors() {
    return 8;
  }

  @Override
  public void payoffs(int t, int state, int a, int b, double[] out) {
    double s = s(state);
    double e = e(state);
    double f = 1 - s;
    double w = state % 2 == 1 ? 10 : 1;
    double value = strategicValue[t];
    double quality = 0.3 + 0.6 * s;
    double ac = a == 0 ? 1 : a == 1 ? 1 - e * 0.3 : 1 - e;
    double am = a == 0 ? 1 : a == 1 ? 1 - e * 0.75 : 1 - e;
    double loss = new double[] {0, 0.2, 0.8}[a];
    double cost = new double[] {0, 2, 1}[a];
    out[0] =
        0.25 * 400 * 0.5 * 0.5 * f * (1 - loss) - 5 * w * value * (f * am + s * quality) - cost;
    out[1] = 20 * w * value * (f * ac + s * quality) - (b == 1 ? 14 : 0);
  }

  @Override
  public int transition(int t, int state, int a, int b, int[] succ, double[] prob) {
    double s = s(state);
    double e = e(state);
    double g = 0.004 + 0.04 * TAU[a] + (b == 1 ? 0.03 * (1 + 0.45 * TAU[a]) : 0);
    double s2 = Math.min(1, s + (1 - s) * g);
    double e2 = e * (1 - 0.18 * TAU[a]);
    int k = UnitGrid.bilinear(gs, s2, ge, e2, succ, prob, 0);
    double toCrisis = state % 2 == 0 ? 0.03 : 0.5;
    // Each grid point splits into calm and crisis: expand the k entries into 2k, in place.
    for (int r = k - 1; r >= 0; r--) {
      int cell = succ[r];
      double p = prob[r];
      succ[2 * r] = cell * 2;
      prob[2 * r] = p * (state % 2 == 0 ? 1 - toCrisis : toCrisis);
      succ[2 * r + 1] = cell * 2 + 1;
      prob[2 * r + 1] = p * (state % 2 == 0 ? toCrisis : 1 - toCrisis);
    }
    return 2 * k;
  }

  @Override
  public double terminalValue(int player, int state) {
    return 0;
  }
}
