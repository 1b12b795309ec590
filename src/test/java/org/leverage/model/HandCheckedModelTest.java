package org.leverage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small cases of reference model v1 computed by hand, with the arithmetic in the comments. */
class HandCheckedModelTest {

  private static final RegimeSolver SOLVER = new RegimeSolver(1);

  /**
   * The baseline's first period alone (T = 1): no continuation, so China never pays kappa = 14 to
   * indigenize, and the US takes its best stage payoff at x0 = (0.07, 0.9, calm), S_0 = 1, w = 1. f
   * = 0.93, Q(0.07) = 0.3 + 0.6 * 0.07 = 0.342, s Q = 0.02394; revenue scale v X dt u = 25.
   */
  @Test
  void onePeriod() {
    Parameters p = Scenarios.baseline().parameters().with(ParameterKey.HORIZON_PERIODS, 1);
    // OPEN: 25 * 0.93 = 23.25 revenue; Km = 0.93 + 0.02394 = 0.95394; 23.25 - 5 * 0.95394 =
    // 18.4803.
    // China: 20 * Kc = 20 * 0.95394 = 19.0788.
    RegimeOutcome equilibrium = SOLVER.solve(p, Regime.EQUILIBRIUM);
    assertEquals(18.4803, equilibrium.usValue(), 1e-12);
    assertEquals(19.0788, equilibrium.chinaValue(), 1e-12);
    assertEquals("OPEN", equilibrium.firstUsAction());
    assertEquals("DEPEND", equilibrium.firstChinaAction());
    // FULL: 25 * 0.93 * 0.2 = 4.65; Am = 0.1, Km = 0.093 + 0.02394 = 0.11694;
    // 4.65 - 5 * 0.11694 - 1 = 3.0653; China 20 * 0.11694 = 2.3388.
    RegimeOutcome full = SOLVER.solve(p, Regime.FULL_DECOUPLING);
    assertEquals(3.0653, full.usValue(), 1e-12);
    assertEquals(2.3388, full.chinaValue(), 1e-12);
    // TARGETED (calm): 25 * 0.93 * 0.8 = 18.6; Am = 1 - 0.9 * 0.75 = 0.325,
    // Km = 0.30225 + 0.02394 = 0.32619; 18.6 - 1.63095 - 2 = 14.96905.
    // Ac = 1 - 0.9 * 0.3 = 0.73, Kc = 0.6789 + 0.02394 = 0.70284; China 14.0568.
    RegimeOutcome dependency = SOLVER.solve(p, Regime.STRATEGIC_DEPENDENCY);
    assertEquals(14.96905, dependency.usValue(), 1e-12);
    assertEquals(14.0568, dependency.chinaValue(), 1e-12);
  }

  /**
   * Two periods without crisis on a 2 x 2 grid: s, e in {0, 1}, x0 = (0, 1), dt = 1, r = 0 (beta =
   * 1), alpha = 0 (S = 1), Q = 1, leak_T = 0, revenue scale v X dt u = 0.5 * 20 = 10, theta = omega
   * = 10, kappa = 2, C_T = 0, C_F = 1, L_T = 0.5, L_F = 1, tau_T = 0.5, k0 = mu = phi = 0, kI =
   * 0.5, rho = 0.5. So Km = Kc = f (1 - e tau) + s for TARGETED and FULL... see each case.
   */
  @Test
  void twoPeriodsWithoutCrisis() {
    Parameters p = twoPeriodGame();
    // Last period: China never indigenizes (cost 2, nothing after). FULL at (s, e):
    // Km = (1 - s)(1 - e) + s; US -10 Km - 1, China 10 Km. Grid values:
    // (0,0): Km 1 -> US -11, CN 10; (0,1): Km 0 -> US -1, CN 0; (1,0), (1,1): US -11, CN 10.
    // Period 0 at (0, 1) under FULL: stage US -1, China 0 (DEPEND) or -2 (INDIGENIZE);
    // e' = 1 * (1 - 0.5) = 0.5; s' = 0 (DEPEND) or 0 + 1 * 0.5 = 0.5 (INDIGENIZE).
    // DEPEND: V(0, 0.5) = (CN 10 + 0) / 2 = 5 -> China 0 + 5 = 5.
    // INDIGENIZE: V(0.5, 0.5) = mean of the four: CN 7.5, US -8.5 -> China -2 + 7.5 = 5.5: wins.
    // US: -1 - 8.5 = -9.5. The mass ends split evenly over s in {0, 1}, e in {0, 1} after period
    // 0, and China depends in period 1 (g = 0, e halves): E[s] = 0.5, E[e] = 0.25.
    RegimeOutcome full = SOLVER.solve(p, Regime.FULL_DECOUPLING);
    assertEquals(-9.5, full.usValue(), 1e-12);
    assertEquals(5.5, full.chinaValue(), 1e-12);
    assertEquals("INDIGENIZE", full.firstChinaAction());
    assertEquals(0.5, full.path().get(2).selfSufficiency(), 1e-12);
    assertEquals(0.25, full.path().get(2).chokepoint(), 1e-12);

    // OPEN: Km = Kc = 1 everywhere (Q = 1), US 10 f - 10, China 10 - 2 [INDIGENIZE], e' = e.
    // Period 0: DEPEND -> s' = 0: V(0, 1) = US 0, CN 10 -> China 10 + 10 = 20.
    // INDIGENIZE -> s' = 0.5: CN 10 -> China 8 + 10 = 18. DEPEND wins; US 0 + 0 = 0.
    RegimeOutcome open = SOLVER.solve(p, Regime.OPEN);
    assertEquals(0, open.usValue(), 1e-12);
    assertEquals(20, open.chinaValue(), 1e-12);

    // EQUILIBRIUM, last period: TARGETED gives US 5 f - 10 Km with Km = f (1 - e) + s (leak 0),
    // FULL -10 Km - 1 (always worse), OPEN 10 f - 10.
    // (0,0): OPEN 0 vs TARGETED -5 -> OPEN: US 0, CN 10. (0,1): OPEN 0 vs TARGETED 5 -> TARGETED:
    // US 5, CN 10 * (1 - 0.5) = 5. (1, e): OPEN -10 = TARGETED -10, the tie goes to OPEN: US -10,
    // CN 10.
    // Period 0 at (0, 1):
    //  OPEN: DEPEND 10 + V(0,1) = 10 + 5 = 15; INDIGENIZE 8 + V(0.5, 1) = 8 + 7.5 = 15.5 -> US
    //    0 + (5 - 10) / 2 = -2.5.
    //  TARGETED: stage US 5, CN 5 / 3; e' = 0.75. DEPEND: V(0, 0.75) = US 3.75, CN 6.25 -> 11.25;
    //    INDIGENIZE: V(0.5, 0.75) = US -3.125, CN 8.125 -> 11.125. DEPEND: US 5 + 3.75 = 8.75.
    //  FULL: stage US -1; e' = 0.5. DEPEND: V(0, 0.5) = US 2.5, CN 7.5 -> 7.5; INDIGENIZE:
    //    V(0.5, 0.5) = US -3.75, CN 8.75 -> 6.75. DEPEND: US -1 + 2.5 = 1.5.
    //  The US leads with TARGETED: 8.75, China 11.25.
    RegimeOutcome equilibrium = SOLVER.solve(p, Regime.EQUILIBRIUM);
    assertEquals(8.75, equilibrium.usValue(), 1e-12);
    assertEquals(11.25, equilibrium.chinaValue(), 1e-12);
    assertEquals("TARGETED", equilibrium.firstUsAction());
    assertEquals("DEPEND", equilibrium.firstChinaAction());
  }

  private static Parameters twoPeriodGame() {
    Map<ParameterKey, Double> v = new EnumMap<>(ParameterKey.class);
    v.put(ParameterKey.PERIOD_YEARS, 1.0);
    v.put(ParameterKey.HORIZON_PERIODS, 2.0);
    v.put(ParameterKey.DISCOUNT_RATE, 0.0);
    v.put(ParameterKey.DOUBLING_YEARS, 1.0);
    v.put(ParameterKey.LEVERAGE_ELASTICITY, 0.0);
    v.put(ParameterKey.CRISIS_HAZARD, 0.0);
    v.put(ParameterKey.CRISIS_EXIT, 1.0);
    v.put(ParameterKey.SELF_SUFFICIENCY0, 0.0);
    v.put(ParameterKey.CHOKEPOINT0, 1.0);
    v.put(ParameterKey.TAU_TARGETED, 0.5);
    v.put(ParameterKey.BASE_CATCHUP, 0.0);
    v.put(ParameterKey.INDIGENIZE_EFFECT, 0.5);
    v.put(ParameterKey.INDUCED_INNOVATION, 0.0);
    v.put(ParameterKey.MARKET_PULL, 0.0);
    v.put(ParameterKey.EROSION, 0.5);
    v.put(ParameterKey.CRISIS_WEIGHT, 1.0);
    v.put(ParameterKey.DOMESTIC_QUALITY_FLOOR, 1.0);
    v.put(ParameterKey.DOMESTIC_QUALITY_CEILING, 1.0);
    v.put(ParameterKey.MILITARY_LEAK_TARGETED, 0.0);
    v.put(ParameterKey.CHINA_CHIP_MARKET, 20.0);
    v.put(ParameterKey.US_LINKED_SHARE, 1.0);
    v.put(ParameterKey.REVENUE_VALUE, 0.5);
    v.put(ParameterKey.REVENUE_LOSS_TARGETED, 0.5);
    v.put(ParameterKey.REVENUE_LOSS_FULL, 1.0);
    v.put(ParameterKey.MILITARY_RISK_WEIGHT, 10.0);
    v.put(ParameterKey.ENFORCEMENT_COST_TARGETED, 0.0);
    v.put(ParameterKey.ENFORCEMENT_COST_FULL, 1.0);
    v.put(ParameterKey.CHINA_COMPUTE_VALUE, 10.0);
    v.put(ParameterKey.INDIGENIZE_COST, 2.0);
    v.put(ParameterKey.GRID_S, 2.0);
    v.put(ParameterKey.GRID_E, 2.0);
    return Parameters.of(v);
  }
}
