package org.leverage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.solve.dynamic.BackwardInductionSolver;
import org.leverage.solve.dynamic.DynamicSolution;
import org.leverage.solve.dynamic.DynamicSolverOptions;
import org.leverage.solve.dynamic.Timing;

/**
 * Reference model v1 declares its crisis component as a phase ({@link DynamicGame#phases()}), so
 * the solver prices the next period once per grid successor. These tests check that the two
 * descriptions of the chain agree and that they give the same solution.
 */
class PhasedTransitionsTest {

  @Test
  void transitionIsTheProductOfTheBaseTransitionAndTheCrisisChain() {
    Random random = new Random(11);
    for (int draw = 0; draw < 20; draw++) {
      ReferenceModelV1 game = new ReferenceModelV1(Scenarios.draw(random, 11, 6, 4));
      int m = game.phases();
      int[] succ = new int[game.maxSuccessors()];
      double[] prob = new double[succ.length];
      int[] base = new int[game.maxSuccessors()];
      double[] weight = new double[base.length];
      for (int state = 0; state < game.numStates(); state++) {
        for (int a = 0; a < 3; a++) {
          for (int b = 0; b < 2; b++) {
            double[] full = new double[game.numStates()];
            int k = game.transition(0, state, a, b, succ, prob);
            for (int r = 0; r < k; r++) {
              full[succ[r]] += prob[r];
            }
            double[] product = new double[game.numStates()];
            int n = game.baseTransition(0, state / m, a, b, base, weight);
            for (int r = 0; r < n; r++) {
              for (int q = 0; q < m; q++) {
                product[base[r] * m + q] += weight[r] * game.phaseProbability(state % m, q);
              }
            }
            for (int s = 0; s < full.length; s++) {
              assertEquals(product[s], full[s], 1e-15, "state " + state + " -> " + s);
            }
          }
        }
      }
    }
  }

  @Test
  void phasedSolveEqualsThePlainSolveUpToRounding() {
    Random random = new Random(5);
    for (int draw = 0; draw < 10; draw++) {
      ReferenceModelV1 game = new ReferenceModelV1(Scenarios.draw(random, 21, 11, 8));
      BackwardInductionSolver solver =
          new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER));
      for (Regime regime : Regime.values()) {
        DynamicSolution phased = solver.solve(game, regime.restriction());
        DynamicSolution plain = solver.solve(new WithoutPhases(game), regime.restriction());
        int differences = 0;
        for (int t = 0; t < game.horizon(); t++) {
          for (int s = 0; s < game.numStates(); s++) {
            for (int p = 0; p < 2; p++) {
              double x = plain.value(p, t, s);
              assertEquals(x, phased.value(p, t, s), 1e-12 * Math.max(1, Math.abs(x)));
              differences += plain.action(p, t, s) == phased.action(p, t, s) ? 0 : 1;
            }
          }
        }
        assertTrue(differences <= plain.nearTies(), regime + ": " + differences + " actions");
      }
    }
  }

  /** The same game without its phase declaration: the solver then uses transition(). */
  private record WithoutPhases(ReferenceModelV1 game) implements DynamicGame {
    @Override
    public int numStates() {
      return game.numStates();
    }

    @Override
    public int horizon() {
      return game.horizon();
    }

    @Override
    public double discount() {
      return game.discount();
    }

    @Override
    public int numActions(int player, int state) {
      return game.numActions(player, state);
    }

    @Override
    public String actionLabel(int player, int state, int action) {
      return game.actionLabel(player, state, action);
    }

    @Override
    public int maxSuccessors() {
      return game.maxSuccessors();
    }

    @Override
    public void payoffs(int period, int state, int a, int b, double[] out) {
      game.payoffs(period, state, a, b, out);
    }

    @Override
    public int transition(int period, int state, int a, int b, int[] succ, double[] prob) {
      return game.transition(period, state, a, b, succ, prob);
    }

    @Override
    public boolean stationaryTransitions() {
      return true;
    }

    @Override
    public double terminalValue(int player, int state) {
      return game.terminalValue(player, state);
    }
  }
}
