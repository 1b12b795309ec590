package org.leverage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference model v1 against the check values of an independent implementation of its equations
 * (the model's specification lists them for the baseline), against this project's own second
 * implementation ({@link IndependentV1}) on random parameter draws, and against identities that
 * hold by construction.
 */
class ReferenceModelV1Test {

  private static final RegimeSolver SOLVER = new RegimeSolver(1);

  /** Agreement to 1e-9 of the magnitude, and to the four printed decimals of the table. */
  private static void assertClose(double expected, double actual, String what) {
    double slack = Math.max(1e-9 * Math.abs(expected), 5e-5);
    assertEquals(expected, actual, slack, what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "FULL_DECOUPLING, -10065.0713, 40133.8977, FULL, INDIGENIZE, 38.2924, -10087.3435, -16.0202,"
        + " 0.843913, 0.017003",
    "STRATEGIC_DEPENDENCY, -8428.5198, 36083.9344, TARGETED, INDIGENIZE, 189.8140, -8587.0955,"
        + " -31.2382, 0.668114, 0.261842",
    "OPEN, -11096.6068, 45825.6784, OPEN, DEPEND, 359.8128, -11456.4196, 0.0000, 0.141640,"
        + " 0.900000",
    "EQUILIBRIUM, -6334.5365, 30154.6440, OPEN, INDIGENIZE, 265.0373, -6593.0996, -6.4742,"
        + " 0.574683, 0.566684"
  })
  void baselineMatchesTheCheckValues(
      Regime regime,
      double us,
      double china,
      String usAction,
      String chinaAction,
      double revenue,
      double military,
      double enforcement,
      double finalS,
      double finalE) {
    RegimeOutcome o = SOLVER.solve(Scenarios.baseline().parameters(), regime);
    assertClose(us, o.usValue(), "US value");
    assertClose(china, o.chinaValue(), "China value");
    assertEquals(usAction, o.firstUsAction());
    assertEquals(chinaAction, o.firstChinaAction());
    assertClose(revenue, o.components().revenue(), "US revenue");
    assertClose(military, o.components().militaryRisk(), "US military risk");
    assertClose(enforcement, o.components().enforcement(), "US enforcement");
    PathPoint end = o.path().get(20);
    assertEquals(finalS, end.selfSufficiency(), 5e-7);
    assertEquals(finalE, end.chokepoint(), 5e-7);
    assertEquals(0.056604, end.crisisProbability(), 5e-7);
  }

  @Test
  void agreesWithASecondImplementationOnRandomParameters() {
    Random random = new Random(20261130);
    for (int draw = 0; draw < 40; draw++) {
      Parameters p = Scenarios.draw(random, 11 + random.nextInt(11), 6 + random.nextInt(6), 12);
      for (Regime regime : Regime.values()) {
        RegimeOutcome o = SOLVER.solve(p, regime);
        IndependentV1 other = new IndependentV1(p, regime);
        double[] v = other.start(p);
        String where = "draw " + draw + ", " + regime + ", " + p;
        assertEquals(v[0], o.usValue(), 1e-9 * Math.max(1, Math.abs(v[0])), where);
        assertEquals(v[1], o.chinaValue(), 1e-9 * Math.max(1, Math.abs(v[1])), where);
        PathPoint end = o.path().get(o.path().size() - 1);
        assertEquals(other.finalS, end.selfSufficiency(), 1e-9, where);
        assertEquals(other.finalE, end.chokepoint(), 1e-9, where);
      }
    }
  }

  @Test
  void discountedPayoffsAlongTheForwardPathEqualTheValuesAtTheStart() {
    Random random = new Random(7);
    for (int draw = 0; draw < 25; draw++) {
      Parameters p = Scenarios.draw(random, 21, 11, 40);
      ReferenceModelV1 game = new ReferenceModelV1(p);
      for (Regime regime : Regime.values()) {
        RegimeOutcome o = SOLVER.solve(game, regime);
        double beta = game.discount();
        double us = 0;
        double china = 0;
        double factor = 1;
        for (PathPoint pt : o.path()) {
          if (pt.play().isPresent()) {
            us += factor * pt.play().get().usPayoff();
            china += factor * pt.play().get().chinaPayoff();
            factor *= beta;
          }
        }
        String where = "draw " + draw + ", " + regime;
        assertEquals(o.usValue(), us, 1e-9 * Math.max(1, Math.abs(us)), where);
        assertEquals(o.chinaValue(), china, 1e-9 * Math.max(1, Math.abs(china)), where);
        assertEquals(o.usValue(), o.components().usTotal(), 1e-9 * Math.max(1, Math.abs(us)));
        assertEquals(
            o.chinaValue(), o.components().chinaTotal(), 1e-9 * Math.max(1, Math.abs(china)));
      }
    }
  }

  /**
   * A regime that fixes the US action in every state leaves China a one-player dynamic programme:
   * its values and policy must be that programme's, solved here separately by {@link IndependentV1}
   * (whose leader has one action per state in these regimes).
   */
  @Test
  void committedRegimesGiveChinaItsOwnDynamicProgramme() {
    Random random = new Random(11);
    for (int draw = 0; draw < 20; draw++) {
      Parameters p = Scenarios.draw(random, 11, 6, 15);
      ReferenceModelV1 game = new ReferenceModelV1(p);
      for (Regime regime :
          new Regime[] {Regime.FULL_DECOUPLING, Regime.STRATEGIC_DEPENDENCY, Regime.OPEN}) {
        org.leverage.solve.dynamic.DynamicSolution solution =
            new org.leverage.solve.dynamic.BackwardInductionSolver(
                    org.leverage.solve.dynamic.DynamicSolverOptions.of(
                        org.leverage.solve.dynamic.Timing.LEADER_FOLLOWER))
                .solve(game, regime.restriction());
        IndependentV1 dp = new IndependentV1(p, regime);
        for (int t = 0; t < game.horizon(); t++) {
          for (int i = 0; i < 11; i++) {
            for (int j = 0; j < 6; j++) {
              for (int c = 0; c < 2; c++) {
                int state = game.state(i, j, c);
                double v = dp.cn[t][i][j][c];
                String where = regime + " t=" + t + " " + game.stateLabel(state);
                assertEquals(
                    v, solution.value(1, t, state), 1e-9 * Math.max(1, Math.abs(v)), where);
                assertEquals(dp.cnAction[t][i][j][c], solution.action(1, t, state), where);
                assertEquals(dp.usAction[t][i][j][c], solution.action(0, t, state), where);
              }
            }
          }
        }
      }
    }
  }
}
