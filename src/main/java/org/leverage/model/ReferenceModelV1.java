package org.leverage.model;

import static org.leverage.model.ParameterKey.*;

import org.leverage.game.dynamic.DynamicGame;
import org.leverage.game.dynamic.UnitGrid;

/**
 * Reference model v1 as a {@link DynamicGame}: the US (player 0, leader) and China (player 1,
 * follower) over states {@code (s, e, c)} on the grid, with the model's payoffs and transitions.
 * Every equation is documented, with its source, in {@code src/site/markdown/model.md}.
 *
 * <p>State index: {@code (i * Ne + j) * 2 + c} for self-sufficiency {@code s = i / (Ns-1)},
 * chokepoint {@code e = j / (Ne-1)} and {@code c} = 0 calm, 1 crisis. A successor off the grid is
 * spread over the four grid points around it with bilinear weights ({@link UnitGrid#bilinear}),
 * each times the crisis chain's probability; entries with probability zero are left out. This is
 * the chain whose values are the bilinear interpolation of the grid values, as the model specifies.
 *
 * <p>Immutable and thread-safe; callbacks allocate nothing.
 */
public final class ReferenceModelV1 implements DynamicGame {

  /** US actions, in the order of the tie rule (a US tie goes to the first). */
  public static final int OPEN = 0;

  public static final int TARGETED = 1;
  public static final int FULL = 2;

  /** China's actions, in the order of the tie rule (after the US's preference, DEPEND). */
  public static final int DEPEND = 0;

  public static final int INDIGENIZE = 1;

  /** Crisis component of a state. */
  public static final int CALM = 0;

  public static final int CRISIS = 1;

  private static final String[] US_ACTIONS = {"OPEN", "TARGETED", "FULL"};
  private static final String[] CHINA_ACTIONS = {"DEPEND", "INDIGENIZE"};

  /** The terms of the stage payoffs, see {@link #terms}. */
  public static final int REVENUE = 0;

  public static final int MILITARY_RISK = 1;
  public static final int ENFORCEMENT = 2;
  public static final int COMPUTE_VALUE = 3;
  public static final int INDIGENIZATION = 4;
  public static final int TERMS = 5;

  private final Parameters parameters;
  private final UnitGrid gridS;
  private final UnitGrid gridE;
  private final int horizon;
  private final double beta;
  private final double[] strategicValue;
  private final double[] tau;
  private final double[] revenueKept;
  private final double[] enforcement;
  private final double[][] crisisChain;
  private final double dt;
  private final double theta;
  private final double crisisWeight;
  private final double omega;
  private final double kappa;
  private final double k0;
  private final double kI;
  private final double mu;
  private final double phi;
  private final double rho;

  /** Per grid point (state / 2): s, e; per grid point and US action: Kc, Km, revenue. */
  private final double[] pointS;

  private final double[] pointE;
  private final double[] commercial;
  private final double[] military;
  private final double[] revenue;

  public ReferenceModelV1(Parameters p) {
    this.parameters = p;
    this.gridS = new UnitGrid(p.integer(GRID_S));
    this.gridE = new UnitGrid(p.integer(GRID_E));
    this.horizon = p.integer(HORIZON_PERIODS);
    this.dt = p.get(PERIOD_YEARS);
    this.beta = Math.pow(1 + p.get(DISCOUNT_RATE), -dt);
    double alpha = p.get(LEVERAGE_ELASTICITY);
    double d = p.get(DOUBLING_YEARS);
    this.strategicValue = new double[horizon + 1];
    for (int t = 0; t <= horizon; t++) {
      strategicValue[t] = Math.pow(2, alpha * t * dt / d);
    }
    double tauT = p.get(TAU_TARGETED);
    this.tau = new double[] {0, tauT, 1};
    this.revenueKept =
        new double[] {1, 1 - p.get(REVENUE_LOSS_TARGETED), 1 - p.get(REVENUE_LOSS_FULL)};
    this.enforcement =
        new double[] {0, p.get(ENFORCEMENT_COST_TARGETED), p.get(ENFORCEMENT_COST_FULL)};
    double hazard = p.get(CRISIS_HAZARD);
    double exit = p.get(CRISIS_EXIT);
    this.crisisChain = new double[][] {{1 - hazard, hazard}, {exit, 1 - exit}};
    double revenueScale =
        p.get(REVENUE_VALUE) * p.get(CHINA_CHIP_MARKET) * dt * p.get(US_LINKED_SHARE);
    this.theta = p.get(MILITARY_RISK_WEIGHT);
    this.crisisWeight = p.get(CRISIS_WEIGHT);
    this.omega = p.get(CHINA_COMPUTE_VALUE);
    this.kappa = p.get(INDIGENIZE_COST);
    double q0 = p.get(DOMESTIC_QUALITY_FLOOR);
    double q1 = p.get(DOMESTIC_QUALITY_CEILING);
    double leakT = p.get(MILITARY_LEAK_TARGETED);
    this.k0 = p.get(BASE_CATCHUP);
    this.kI = p.get(INDIGENIZE_EFFECT);
    this.mu = p.get(MARKET_PULL);
    this.phi = p.get(INDUCED_INNOVATION);
    this.rho = p.get(EROSION);
    int points = gridS.size() * gridE.size();
    this.pointS = new double[points];
    this.pointE = new double[points];
    this.commercial = new double[points * 3];
    this.military = new double[points * 3];
    this.revenue = new double[points * 3];
    for (int k = 0; k < points; k++) {
      double sk = gridS.point(k / gridE.size());
      double ek = gridE.point(k % gridE.size());
      pointS[k] = sk;
      pointE[k] = ek;
      double domestic = sk * (q0 + (q1 - q0) * sk);
      for (int a = 0; a < 3; a++) {
        double ac = a == OPEN ? 1 : a == TARGETED ? 1 - ek * tauT : 1 - ek;
        double am = a == OPEN ? 1 : a == TARGETED ? 1 - ek * (1 - leakT) : 1 - ek;
        commercial[3 * k + a] = (1 - sk) * ac + domestic;
        military[3 * k + a] = (1 - sk) * am + domestic;
        revenue[3 * k + a] = revenueScale * (1 - sk) * revenueKept[a];
      }
    }
  }

  public Parameters parameters() {
    return parameters;
  }

  /** The state index of grid point {@code (i, j)} with crisis component {@code c}. */
  public int state(int i, int j, int c) {
    return (i * gridE.size() + j) * 2 + c;
  }

  /** The initial state {@code (s0, e0, calm)}. */
  public int initialState() {
    int i = gridS.indexOf(parameters.get(SELF_SUFFICIENCY0)).getAsInt();
    int j = gridE.indexOf(parameters.get(CHOKEPOINT0)).getAsInt();
    return state(i, j, CALM);
  }

  /** Self-sufficiency {@code s} of {@code state}. */
  public double selfSufficiency(int state) {
    return pointS[state / 2];
  }

  /** Chokepoint effectiveness {@code e} of {@code state}. */
  public double chokepoint(int state) {
    return pointE[state / 2];
  }

  /** {@link #CALM} or {@link #CRISIS}. */
  public static int crisis(int state) {
    return state % 2;
  }

  /** The strategic value of compute {@code S_t = 2^(alpha t dt / d)} in period {@code t}. */
  public double strategicValue(int period) {
    return strategicValue[period];
  }

  /** The crisis weight {@code w}: {@code W} in crisis, 1 in calm. */
  public double weight(int state) {
    return crisis(state) == CRISIS ? crisisWeight : 1;
  }

  /**
   * Commercial compute reach {@code Kc = f Ac(a) + s Q(s)}, with domestic chip quality {@code Q(s)
   * = q0 + (q1 - q0) s} and {@code Ac} = 1, {@code 1 - e tau_T}, {@code 1 - e} for OPEN, TARGETED,
   * FULL.
   */
  public double commercialReach(int state, int a) {
    return commercial[3 * (state / 2) + a];
  }

  /**
   * Military compute reach {@code Km = f Am(a) + s Q(s)}, with {@code Am} = 1, {@code 1 - e (1 -
   * leak_T)}, {@code 1 - e} for OPEN, TARGETED, FULL.
   */
  public double militaryReach(int state, int a) {
    return military[3 * (state / 2) + a];
  }

  /**
   * Writes the five terms of the stage payoffs in {@code period}: US sales revenue kept {@code v X
   * dt u f (1 - L(a))}, military-compute risk {@code -theta w S_t Km}, enforcement {@code -C(a)};
   * China's compute value {@code omega w S_t Kc} and indigenization cost {@code -[b = INDIGENIZE]
   * kappa}, at indices {@link #REVENUE} .. {@link #INDIGENIZATION}. {@link #payoffs} is their sum
   * per player, bit for bit.
   */
  public void terms(int period, int state, int a, int b, double[] out) {
    out[REVENUE] = revenue(state, a);
    out[MILITARY_RISK] = -militaryRisk(period, state, a);
    out[ENFORCEMENT] = -enforcement[a];
    out[COMPUTE_VALUE] = computeValue(period, state, a);
    out[INDIGENIZATION] = -indigenization(b);
  }

  private double revenue(int state, int a) {
    return revenue[3 * (state / 2) + a];
  }

  private double militaryRisk(int period, int state, int a) {
    return theta * weight(state) * strategicValue[period] * militaryReach(state, a);
  }

  private double computeValue(int period, int state, int a) {
    return omega * weight(state) * strategicValue[period] * commercialReach(state, a);
  }

  private double indigenization(int b) {
    return b == INDIGENIZE ? kappa : 0;
  }

  @Override
  public int numStates() {
    return gridS.size() * gridE.size() * 2;
  }

  @Override
  public int horizon() {
    return horizon;
  }

  @Override
  public double discount() {
    return beta;
  }

  @Override
  public String playerName(int player) {
    return player == 0 ? "US" : "China";
  }

  @Override
  public String stateLabel(int state) {
    return "(s="
        + selfSufficiency(state)
        + ", e="
        + chokepoint(state)
        + ", "
        + (crisis(state) == CRISIS ? "crisis" : "calm")
        + ")";
  }

  @Override
  public int numActions(int player, int state) {
    return player == 0 ? US_ACTIONS.length : CHINA_ACTIONS.length;
  }

  @Override
  public String actionLabel(int player, int state, int action) {
    return player == 0 ? US_ACTIONS[action] : CHINA_ACTIONS[action];
  }

  /** The name of a US action. */
  public static String usAction(int a) {
    return US_ACTIONS[a];
  }

  @Override
  public int maxSuccessors() {
    return 8;
  }

  @Override
  public void payoffs(int period, int state, int a, int b, double[] out) {
    out[0] = revenue(state, a) - militaryRisk(period, state, a) - enforcement[a];
    out[1] = computeValue(period, state, a) - indigenization(b);
  }

  /**
   * The successor {@code (s', e')} spread bilinearly over its grid cell, times the crisis chain:
   * first the calm successors, then the crisis ones, each leaving out zero probabilities.
   */
  @Override
  public int transition(int period, int state, int a, int b, int[] successors, double[] probs) {
    int k = baseTransition(period, state / 2, a, b, successors, probs);
    double[] chain = crisisChain[crisis(state)];
    if (chain[CALM] == 0) {
      for (int r = 0; r < k; r++) {
        successors[r] = successors[r] * 2 + CRISIS;
        probs[r] *= chain[CRISIS];
      }
      return k;
    }
    int n = k;
    for (int r = 0; r < k; r++) {
      if (chain[CRISIS] != 0) {
        successors[n] = successors[r] * 2 + CRISIS;
        probs[n] = chain[CRISIS] * probs[r];
        n++;
      }
      successors[r] = successors[r] * 2 + CALM;
      probs[r] = chain[CALM] * probs[r];
    }
    return n;
  }

  @Override
  public boolean stationaryTransitions() {
    return true;
  }

  /** Two phases: calm and crisis, the crisis component of the state. */
  @Override
  public int phases() {
    return 2;
  }

  @Override
  public double phaseProbability(int phase, int next) {
    return crisisChain[phase][next];
  }

  /**
   * The successor {@code (s', e')} of grid point {@code point}, spread bilinearly over its grid
   * cell: {@code s' = min(1, s + (1 - s) g)} with {@code g = k0 + mu tau(a) + [b = INDIGENIZE] kI
   * (1 + phi tau(a))}, and {@code e' = e (1 - rho tau(a))}.
   */
  @Override
  public int baseTransition(int period, int point, int a, int b, int[] successors, double[] probs) {
    double s = pointS[point];
    double e = pointE[point];
    double g = k0 + mu * tau[a] + (b == INDIGENIZE ? kI * (1 + phi * tau[a]) : 0);
    double sNext = Math.min(1, s + (1 - s) * g);
    double eNext = e * (1 - rho * tau[a]);
    return UnitGrid.bilinear(gridS, sNext, gridE, eNext, successors, probs, 0);
  }

  @Override
  public double terminalValue(int player, int state) {
    return 0;
  }
}
