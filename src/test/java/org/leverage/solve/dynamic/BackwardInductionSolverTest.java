package org.leverage.solve.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.game.dynamic.TabularDynamicGame;

class BackwardInductionSolverTest {

  private static final double EPS = 1e-9;

  /** Continuation payoff Q_p(a, b) at (t, s), recomputed from the game and the solution. */
  static double q(DynamicGame g, DynamicSolution sol, int p, int t, int s, int a, int b) {
    double[] u = new double[2];
    int[] succ = new int[g.maxSuccessors()];
    double[] prob = new double[g.maxSuccessors()];
    g.payoffs(t, s, a, b, u);
    int k = g.transition(t, s, a, b, succ, prob);
    double e = 0;
    for (int r = 0; r < k; r++) {
      e += prob[r] * sol.value(p, t + 1, succ[r]);
    }
    return u[p] + g.discount() * e;
  }

  /** Expected Q_p when player 0 plays its policy and player 1 plays {@code b} (or its policy). */
  static double expectedQ(
      DynamicGame g, DynamicSolution sol, int p, int t, int s, int dev, int devAct) {
    double v = 0;
    for (int a = 0; a < g.numActions(0, s); a++) {
      double pa = dev == 0 ? (a == devAct ? 1 : 0) : sol.probability(0, t, s, a);
      for (int b = 0; b < g.numActions(1, s) && pa > 0; b++) {
        double pb = dev == 1 ? (b == devAct ? 1 : 0) : sol.probability(1, t, s, b);
        if (pb > 0) {
          v += pa * pb * q(g, sol, p, t, s, a, b);
        }
      }
    }
    return v;
  }

  @Test
  void onePlayerGameEqualsDynamicProgramming() {
    RandomDynamicGame g = new RandomDynamicGame(11, 40, 12, 0.93, 4, 5);
    // Player 1 gets one action by restriction, so the game is a Markov decision problem.
    ActionRestriction onlyFirstColumn = (p, t, s, a) -> p == 0 || a == 0;
    int[] succ = new int[g.maxSuccessors()];
    double[] prob = new double[g.maxSuccessors()];
    double[] u = new double[2];
    double[] v = new double[g.numStates()];
    for (int s = 0; s < v.length; s++) {
      v[s] = g.terminalValue(0, s);
    }
    for (int t = g.horizon() - 1; t >= 0; t--) {
      double[] w = new double[v.length];
      for (int s = 0; s < v.length; s++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < g.numActions(0, s); a++) {
          g.payoffs(t, s, a, 0, u);
          int k = g.transition(t, s, a, 0, succ, prob);
          double e = 0;
          for (int r = 0; r < k; r++) {
            e += prob[r] * v[succ[r]];
          }
          best = Math.max(best, u[0] + g.discount() * e);
        }
        w[s] = best;
      }
      v = w;
    }
    for (Timing timing : Timing.values()) {
      DynamicSolution sol =
          new BackwardInductionSolver(DynamicSolverOptions.of(timing)).solve(g, onlyFirstColumn);
      for (int s = 0; s < v.length; s++) {
        assertEquals(v[s], sol.value(0, 0, s), EPS * Math.max(1, Math.abs(v[s])), timing + " " + s);
      }
    }
  }

  /**
   * State A: zero-sum 2x2 with row payoffs [[3, 0], [0, 1]]; (0, 0) moves to the absorbing state B
   * (stage payoff 2), everything else stays in A. Two periods, discount 1/2, terminal 0. Period 1:
   * V(A) = 3/4 (mixed 1/4, 3/4), V(B) = 2. Period 0: Q(A) = [[4, 3/8], [3/8, 11/8]], value (4 *
   * 11/8 - 9/64) / (4 + 11/8 - 3/4) = 343/296, row plays 0 with (11/8 - 3/8) / (37/8) = 8/37; V(B)
   * = 3.
   */
  static TabularDynamicGame zeroSumExample(int horizon) {
    TabularDynamicGame.Builder b =
        TabularDynamicGame.builder(
            List.of("row", "column"),
            List.of("A", "B"),
            List.of(
                List.of(List.of("T", "D"), List.of("only")),
                List.of(List.of("L", "R"), List.of("only"))));
    double[][] a = {{3, 0}, {0, 1}};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        b.payoffs(0, i, j, a[i][j], -a[i][j]);
        b.transition(0, i, j, new int[] {i == 0 && j == 0 ? 1 : 0}, new double[] {1});
      }
    }
    b.payoffs(1, 0, 0, 2, -2).transition(1, new int[] {1}, new double[] {1});
    return b.horizon(horizon).discount(0.5).build();
  }

  @Test
  void zeroSumStochasticGameHandComputed() {
    DynamicSolution sol =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS))
            .solve(zeroSumExample(2));
    assertEquals(0.75, sol.value(0, 1, 0), EPS);
    assertEquals(2, sol.value(0, 1, 1), EPS);
    assertEquals(343.0 / 296, sol.value(0, 0, 0), EPS);
    assertEquals(-343.0 / 296, sol.value(1, 0, 0), EPS);
    assertEquals(3, sol.value(0, 0, 1), EPS);
    assertEquals(8.0 / 37, sol.probability(0, 0, 0, 0), EPS);
    assertEquals(0.25, sol.probability(0, 1, 0, 0), EPS);
    assertEquals(0.25, sol.probability(1, 1, 0, 0), EPS);
    assertTrue(!sol.isPure(0, 0) && sol.isPure(0, 1));
    assertTrue(sol.multipleEquilibria().isEmpty());
  }

  /**
   * One state, one period. Leader actions 0..2, follower 0..1. a=0: follower indifferent (1, 1);
   * leader gets (0, 5): follower must pick b=1. a=1: follower indifferent (2, 2) and leader too (5,
   * 5): follower must pick b=0. a=2: follower strictly prefers b=0 (3 > 1), leader gets 3. The
   * leader ties between a=0 (5) and a=1 (5) and must pick a=0.
   */
  static TabularDynamicGame tieGame() {
    TabularDynamicGame.Builder b =
        TabularDynamicGame.builder(
            List.of("leader", "follower"),
            List.of("s"),
            List.of(List.of(List.of("x", "y", "z")), List.of(List.of("p", "q"))));
    double[][][] u = {
      {{0, 1}, {5, 1}},
      {{5, 2}, {5, 2}},
      {{3, 3}, {9, 1}}
    };
    for (int a = 0; a < 3; a++) {
      for (int c = 0; c < 2; c++) {
        b.payoffs(0, a, c, u[a][c][0], u[a][c][1]);
      }
    }
    return b.transition(0, new int[] {0}, new double[] {1}).build();
  }

  @Test
  void leaderFollowerTieRules() {
    BackwardInductionSolver solver =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER));
    DynamicSolution sol = solver.solve(tieGame());
    assertEquals(0, sol.action(0, 0, 0));
    assertEquals(1, sol.action(1, 0, 0));
    assertEquals(5, sol.value(0, 0, 0));
    assertEquals(1, sol.value(1, 0, 0));
    assertEquals(0, sol.nearTies());
    StageGame stage =
        StageGameInspector.inspect(
            tieGame(),
            sol,
            0,
            0,
            ActionRestriction.NONE,
            DynamicSolverOptions.of(Timing.LEADER_FOLLOWER));
    assertEquals(List.of(1, 0, 0), stage.followerReplies());
    assertEquals(List.of(1.0, 0.0, 0.0), stage.equilibria().get(0).row());
    assertEquals(5.0, stage.equilibria().get(0).payoff0());
    // Without x the leader's tie is gone; at y the follower's full tie goes to the first action.
    DynamicSolution restricted = solver.solve(tieGame(), (p, t, s, a) -> p == 1 || a != 0);
    assertEquals(1, restricted.action(0, 0, 0));
    assertEquals(0, restricted.action(1, 0, 0));
    assertEquals(2, restricted.value(1, 0, 0));
    // Committed to z: the follower best-responds with p.
    DynamicSolution committed = solver.solve(tieGame(), ActionRestriction.commit(0, (t, s) -> 2));
    assertEquals(0, committed.action(1, 0, 0));
    assertEquals(3, committed.value(0, 0, 0));
    // The value of commitment to z for the leader: 3 - 5.
    assertEquals(-2, committed.value(0, 0, 0) - sol.value(0, 0, 0));
  }

  @Test
  void nearTiesAreCountedButNotResolved() {
    TabularDynamicGame.Builder b =
        TabularDynamicGame.builder(
            List.of("leader", "follower"),
            List.of("s"),
            List.of(List.of(List.of("x")), List.of(List.of("p", "q"))));
    // The follower prefers q by 1e-13, the leader prefers p: exact comparison gives q.
    b.payoffs(0, 0, 0, 10, 1).payoffs(0, 0, 1, 0, 1 + 1e-13);
    DynamicSolution sol =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER))
            .solve(b.transition(0, new int[] {0}, new double[] {1}).build());
    assertEquals(1, sol.action(1, 0, 0));
    assertEquals(1, sol.nearTies());
  }

  @Test
  void battleOfTheSexesSelectsFirstUndominatedAndRecordsMultiplicity() {
    TabularDynamicGame.Builder b =
        TabularDynamicGame.builder(
            List.of("row", "column"),
            List.of("s"),
            List.of(List.of(List.of("opera", "fight")), List.of(List.of("opera", "fight"))));
    b.payoffs(0, 0, 0, 2, 1).payoffs(0, 0, 1, 0, 0).payoffs(0, 1, 0, 0, 0).payoffs(0, 1, 1, 1, 2);
    b.transition(0, new int[] {0}, new double[] {1});
    DynamicSolution sol =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS))
            .solve(b.horizon(3).discount(0.9).build());
    // Three equilibria per node: two pure (undominated) and the mixed one (2/3, 2/3), dominated.
    assertEquals(
        List.of(
            new MultipleEquilibria(0, 0, 3),
            new MultipleEquilibria(1, 0, 3),
            new MultipleEquilibria(2, 0, 3)),
        sol.multipleEquilibria());
    assertEquals(0, sol.action(0, 0, 0));
    assertEquals(0, sol.action(1, 0, 0));
    assertEquals(2 + 0.9 * 2 + 0.81 * 2, sol.value(0, 0, 0), EPS);
    // Every equilibrium of the last period's stage game, in canonical order.
    StageGame last =
        StageGameInspector.inspect(
            b.build(),
            sol,
            2,
            0,
            ActionRestriction.NONE,
            DynamicSolverOptions.of(Timing.SIMULTANEOUS));
    assertEquals(List.of(List.of(2.0, 0.0), List.of(0.0, 1.0)), last.payoffs0());
    assertEquals(3, last.equilibria().size());
    assertEquals(0, last.selected());
    // Canonical order: lexicographic on the probabilities, larger first, so the mixed one
    // (2/3, 1/3 | 1/3, 2/3) comes between (opera, opera) and (fight, fight).
    assertEquals(List.of(1.0, 0.0), last.equilibria().get(0).row());
    assertEquals(List.of(0.0, 1.0), last.equilibria().get(2).column());
    StageGame.Equilibrium mixed = last.equilibria().get(1);
    assertEquals(2.0 / 3, mixed.row().get(0), EPS);
    assertEquals(1.0 / 3, mixed.column().get(0), EPS);
    assertEquals(2.0 / 3, mixed.payoff0(), EPS);
    assertEquals(2.0 / 3, mixed.payoff1(), EPS);
  }

  @Test
  void payoffDominantEquilibriumIsSelected() {
    TabularDynamicGame.Builder b =
        TabularDynamicGame.builder(
            List.of("row", "column"),
            List.of("s"),
            List.of(List.of(List.of("hare", "stag")), List.of(List.of("hare", "stag"))));
    // Stag hunt: (hare, hare) comes first in canonical order but (stag, stag) dominates it.
    b.payoffs(0, 0, 0, 2, 2).payoffs(0, 0, 1, 3, 0).payoffs(0, 1, 0, 0, 3).payoffs(0, 1, 1, 4, 4);
    DynamicSolution sol =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS))
            .solve(b.transition(0, new int[] {0}, new double[] {1}).build());
    assertEquals(3, sol.equilibriumCount(0, 0));
    assertEquals(1, sol.action(0, 0, 0));
    assertEquals(1, sol.action(1, 0, 0));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomSimultaneousGamesAreEquilibriaAndSatisfyBellman(long seed) {
    RandomDynamicGame g = new RandomDynamicGame(seed, 25, 6, 0.95, 3, 4);
    DynamicSolution sol =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.SIMULTANEOUS)).solve(g);
    for (int t = 0; t < g.horizon(); t++) {
      for (int s = 0; s < g.numStates(); s++) {
        for (int p = 0; p < 2; p++) {
          double v = expectedQ(g, sol, p, t, s, -1, -1);
          double scale = Math.max(1, Math.abs(v));
          assertEquals(v, sol.value(p, t, s), EPS * scale, "Bellman " + t + "," + s + "," + p);
          double sum = 0;
          for (int a = 0; a < g.numActions(p, s); a++) {
            sum += sol.probability(p, t, s, a);
            double dev = expectedQ(g, sol, p, t, s, p, a);
            assertTrue(dev <= v + EPS * scale, "regret at " + t + "," + s + " player " + p);
          }
          assertEquals(1, sum, EPS);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void randomLeaderFollowerGamesFollowTheRules(long seed) {
    RandomDynamicGame g = new RandomDynamicGame(seed, 30, 5, 0.9, 3, 3);
    DynamicSolution sol =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER)).solve(g);
    for (int t = 0; t < g.horizon(); t++) {
      for (int s = 0; s < g.numStates(); s++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < g.numActions(0, s); a++) {
          int br = 0;
          for (int b = 1; b < g.numActions(1, s); b++) {
            if (q(g, sol, 1, t, s, a, b) > q(g, sol, 1, t, s, a, br)) {
              br = b;
            }
          }
          if (a == sol.action(0, t, s)) {
            assertEquals(br, sol.action(1, t, s));
          }
          best = Math.max(best, q(g, sol, 0, t, s, a, br));
        }
        int a = sol.action(0, t, s);
        int b = sol.action(1, t, s);
        assertEquals(best, sol.value(0, t, s), EPS * Math.max(1, Math.abs(best)));
        assertEquals(
            q(g, sol, 0, t, s, a, b), sol.value(0, t, s), EPS * Math.max(1, Math.abs(best)));
        assertEquals(q(g, sol, 1, t, s, a, b), sol.value(1, t, s), EPS * 10);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Timing.class)
  void resultsAreIdenticalForOneAndTwoThreads(Timing timing) {
    RandomDynamicGame g = new RandomDynamicGame(5, 301, 4, 0.97, 3, 6);
    DynamicSolverOptions one = DynamicSolverOptions.of(timing);
    DynamicSolution a = new BackwardInductionSolver(one).solve(g);
    DynamicSolution b = new BackwardInductionSolver(one.withThreads(2)).solve(g);
    for (int t = 0; t <= g.horizon(); t++) {
      double[] va = new double[2 * g.numStates()];
      double[] vb = new double[2 * g.numStates()];
      for (int s = 0; s < g.numStates(); s++) {
        for (int p = 0; p < 2; p++) {
          va[2 * s + p] = a.value(p, t, s);
          vb[2 * s + p] = b.value(p, t, s);
          if (t < g.horizon()) {
            for (int act = 0; act < g.numActions(p, s); act++) {
              assertEquals(a.probability(p, t, s, act), b.probability(p, t, s, act));
            }
          }
        }
      }
      assertArrayEquals(va, vb);
    }
    assertEquals(a.multipleEquilibria(), b.multipleEquilibria());
  }

  @ParameterizedTest
  @EnumSource(Timing.class)
  void forwardEvaluationEqualsBackwardValue(Timing timing) {
    RandomDynamicGame g = new RandomDynamicGame(77, 60, 9, 0.9, 3, 5);
    DynamicSolution sol = new BackwardInductionSolver(DynamicSolverOptions.of(timing)).solve(g);
    for (int s0 : new int[] {0, 17, 59}) {
      ForwardPath path =
          ForwardEvaluator.evaluate(g, sol, ForwardEvaluator.pointMass(g.numStates(), s0));
      for (int p = 0; p < 2; p++) {
        double v = sol.value(p, 0, s0);
        assertEquals(v, path.discountedTotal(p), 1e-10 * Math.max(1, Math.abs(v)));
      }
      for (int t = 0; t <= g.horizon(); t++) {
        assertEquals(1, path.expectation(t, s -> 1), 1e-12);
      }
      double actions = 0;
      for (int a = 0; a < 3; a++) {
        actions += path.actionProbability(0, 4, a);
      }
      assertEquals(1, actions, 1e-12);
    }
  }

  @Test
  void badCallbacksAndRestrictionsAreReported() {
    BackwardInductionSolver solver =
        new BackwardInductionSolver(DynamicSolverOptions.of(Timing.LEADER_FOLLOWER));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> solver.solve(tieGame(), (p, t, s, a) -> p == 1));
    assertTrue(e.getMessage().contains("no action in period 0, state s"), e.getMessage());
    DynamicGame leaky =
        new RandomDynamicGame(3, 4, 2, 0.9, 2, 2) {
          @Override
          public int transition(int t, int s, int a, int b, int[] succ, double[] prob) {
            succ[0] = 0;
            prob[0] = 0.5;
            return 1;
          }
        };
    e = assertThrows(IllegalArgumentException.class, () -> solver.solve(leaky));
    assertTrue(e.getMessage().contains("sum to 0.5"), e.getMessage());
  }
}
