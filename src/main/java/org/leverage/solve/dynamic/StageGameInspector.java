package org.leverage.solve.dynamic;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.leverage.game.dynamic.DynamicGame;

/**
 * Rebuilds and re-solves the stage game of one node of a solved dynamic game, with the same kernel
 * as the solvers, to list every equilibrium there (the solvers keep only counts) and the
 * continuation payoffs. Pass the restriction and options the solution was computed with; the result
 * then agrees with the solution's policy and values at that node.
 *
 * <p>Cost: one node, {@code O(S)} to gather the continuation values.
 */
public final class StageGameInspector {

  private StageGameInspector() {}

  /** The stage game at ({@code period}, {@code state}) of a finite-horizon solution. */
  public static StageGame inspect(
      DynamicGame game,
      DynamicSolution solution,
      int period,
      int state,
      ActionRestriction restriction,
      DynamicSolverOptions options) {
    Objects.requireNonNull(solution, "solution");
    if (period < 0 || period >= solution.horizon()) {
      throw new IllegalArgumentException(
          "period must be in [0, " + (solution.horizon() - 1) + "] but was " + period);
    }
    double[] next = new double[2 * game.numStates()];
    for (int s = 0; s < game.numStates(); s++) {
      next[2 * s] = solution.value(0, period + 1, s);
      next[2 * s + 1] = solution.value(1, period + 1, s);
    }
    return inspect(game, next, period, period, state, restriction, options);
  }

  /** The stage game in {@code state} of a stationary solution. */
  public static StageGame inspect(
      DynamicGame game,
      StationarySolution solution,
      int state,
      ActionRestriction restriction,
      DynamicSolverOptions options) {
    Objects.requireNonNull(solution, "solution");
    double[] next = new double[2 * game.numStates()];
    for (int s = 0; s < game.numStates(); s++) {
      next[2 * s] = solution.value(0, s);
      next[2 * s + 1] = solution.value(1, s);
    }
    return inspect(game, next, 0, 0, state, restriction, options);
  }

  private static StageGame inspect(
      DynamicGame game,
      double[] next,
      int period,
      int callbackPeriod,
      int state,
      ActionRestriction restriction,
      DynamicSolverOptions options) {
    if (state < 0 || state >= game.numStates()) {
      throw new IllegalArgumentException(
          "state must be in [0, " + (game.numStates() - 1) + "] but was " + state);
    }
    NodeSolver kernel = new NodeSolver(game, options, restriction, null);
    NodeTable table = new NodeTable(1, 1);
    kernel.solve(period, callbackPeriod, state, next, 0, table, 0, 0);
    int m = kernel.numRows;
    int n = kernel.numCols;
    int na = game.numActions(0, state);
    int nb = game.numActions(1, state);
    List<Integer> rows = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    List<List<Double>> q0 = new ArrayList<>();
    List<List<Double>> q1 = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      rows.add(kernel.allowedAction(0, i));
      List<Double> r0 = new ArrayList<>();
      List<Double> r1 = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        r0.add(kernel.q(0, i, j));
        r1.add(kernel.q(1, i, j));
      }
      q0.add(r0);
      q1.add(r1);
    }
    for (int j = 0; j < n; j++) {
      cols.add(kernel.allowedAction(1, j));
    }
    List<StageGame.Equilibrium> equilibria = new ArrayList<>();
    List<Integer> replies = new ArrayList<>();
    int selected = 0;
    if (options.timing() == Timing.LEADER_FOLLOWER) {
      for (int i = 0; i < m; i++) {
        replies.add(kernel.reply(i));
      }
      equilibria.add(
          new StageGame.Equilibrium(
              indicator(na, table.action0[0]),
              indicator(nb, table.action1[0]),
              table.values[0],
              table.values[1]));
    } else {
      BimatrixStageSolver bimatrix = kernel.bimatrix();
      double[] x = new double[m];
      double[] y = new double[n];
      double[] values = new double[2];
      for (int e = 0; e < bimatrix.count(); e++) {
        bimatrix.equilibrium(e, m, n, x, y, values);
        equilibria.add(
            new StageGame.Equilibrium(
                spread(na, x, rows), spread(nb, y, cols), values[0], values[1]));
      }
      selected = bimatrix.selected();
    }
    return new StageGame(period, state, rows, cols, q0, q1, equilibria, selected, replies);
  }

  private static List<Double> indicator(int size, int action) {
    Double[] p = new Double[size];
    for (int k = 0; k < size; k++) {
      p[k] = k == action ? 1.0 : 0.0;
    }
    return ImmutableList.copyOf(p);
  }

  private static List<Double> spread(int size, double[] probs, List<Integer> allowed) {
    Double[] p = new Double[size];
    Arrays.fill(p, 0.0);
    for (int k = 0; k < allowed.size(); k++) {
      p[allowed.get(k)] = probs[k];
    }
    return ImmutableList.copyOf(p);
  }
}
