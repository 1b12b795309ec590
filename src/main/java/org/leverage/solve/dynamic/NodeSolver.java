package org.leverage.solve.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.dynamic.DynamicSolverOptions.TieRule;

/**
 * Solves one node (period, state): builds the stage game of payoffs plus discounted expected
 * continuation values over the allowed actions and solves it by the period's timing. Holds the
 * scratch buffers of one thread; the shared kernel of backward induction and value iteration.
 */
final class NodeSolver {

  private final DynamicGame game;
  private final Timing timing;
  private final TieRule tieRule;
  private final ActionRestriction restriction;
  private final Tolerance tolerance;
  private final double beta;
  private final int[] successors;
  private final double[] probabilities;
  private final double[] stage = new double[2];
  private final int[] rows;
  private final int[] cols;
  private final int[] replies;
  private final double[] q0;
  private final double[] q1;
  private final double[] x;
  private final double[] y;
  private final double[] equilibriumValues = new double[2];
  private final BimatrixStageSolver bimatrix;
  private final TransitionCache cache;

  /** The allowed action counts of the last stage game built. */
  int numRows;

  int numCols;

  /** Nodes where a best response won by less than the scaled tolerance (not an exact tie). */
  long nearTies;

  /** Simultaneous stage games with an equilibrium whose supports differ in size. */
  long degenerateStageGames() {
    return bimatrix == null ? 0 : bimatrix.degenerate;
  }

  /**
   * @param cache the game's transitions computed once, or null to call the transition callback at
   *     every node
   */
  NodeSolver(
      DynamicGame game,
      DynamicSolverOptions options,
      ActionRestriction restriction,
      TransitionCache cache) {
    this.game = game;
    this.cache = cache;
    this.timing = options.timing();
    this.tieRule = options.tieRule();
    this.restriction = restriction;
    this.tolerance = options.tolerance();
    this.beta = game.discount();
    int maxA = 1;
    int maxB = 1;
    for (int s = 0; s < game.numStates(); s++) {
      maxA = Math.max(maxA, game.numActions(0, s));
      maxB = Math.max(maxB, game.numActions(1, s));
    }
    int maxSucc = game.maxSuccessors();
    if (maxSucc < 1) {
      throw new IllegalArgumentException("maxSuccessors() must be at least 1 but was " + maxSucc);
    }
    this.successors = new int[maxSucc];
    this.probabilities = new double[maxSucc];
    this.rows = new int[maxA];
    this.cols = new int[maxB];
    this.replies = new int[maxA];
    this.q0 = new double[maxA * maxB];
    this.q1 = new double[maxA * maxB];
    this.x = new double[maxA];
    this.y = new double[maxB];
    this.bimatrix =
        timing == Timing.SIMULTANEOUS ? new BimatrixStageSolver(options, maxA, maxB) : null;
  }

  /**
   * Solves node {@code node} of {@code out}: period {@code period} (restrictions are asked with
   * it), game callbacks called with {@code callbackPeriod}, continuation values of state s' and
   * player p at {@code next[nextBase + 2 s' + p]} (with a phased cache, the values mixed over the
   * phase chain by {@link TransitionCache#mixPhases}); values go to {@code out.values[2 valueNode +
   * p]}, and under {@link TieRule#TOLERANCE} the node's tie decisions to {@code out.ties[node]}.
   */
  void solve(
      int period,
      int callbackPeriod,
      int state,
      double[] next,
      int nextBase,
      NodeTable out,
      int node,
      int valueNode) {
    stage(period, callbackPeriod, state, next, nextBase);
    int m = numRows;
    int n = numCols;
    List<TieDecision> ties = tieRule == TieRule.TOLERANCE ? new ArrayList<>() : null;
    if (timing == Timing.SIMULTANEOUS) {
      simultaneous(period, state, m, n, out, node, valueNode, ties);
    } else if (ties == null) {
      leaderFollower(m, n, out, node, valueNode);
    } else {
      leaderFollowerWithinTolerance(period, state, m, n, out, node, valueNode, ties);
    }
    out.ties[node] = ties == null || ties.isEmpty() ? null : ties.toArray(TieDecision[]::new);
  }

  /**
   * Builds the stage game of the node: the allowed actions ({@link #numRows} x {@link #numCols},
   * see {@link #allowedAction}) and {@link #q} over them.
   */
  void stage(int period, int callbackPeriod, int state, double[] next, int nextBase) {
    numRows = allowed(0, period, state, rows);
    numCols = allowed(1, period, state, cols);
    for (int i = 0; i < numRows; i++) {
      for (int j = 0; j < numCols; j++) {
        continuation(callbackPeriod, state, rows[i], cols[j], next, nextBase, i * numCols + j);
      }
    }
  }

  /** The {@code index}-th allowed action of {@code player} in the last stage game. */
  int allowedAction(int player, int index) {
    return player == 0 ? rows[index] : cols[index];
  }

  /** Q of {@code player} at allowed row i and column j of the last stage game. */
  double q(int player, int i, int j) {
    return (player == 0 ? q0 : q1)[i * numCols + j];
  }

  /** The follower's reply (index among allowed columns) to allowed row i, leader-follower. */
  int reply(int i) {
    return replies[i];
  }

  BimatrixStageSolver bimatrix() {
    return bimatrix;
  }

  private int allowed(int player, int period, int state, int[] into) {
    int total = game.numActions(player, state);
    int k = 0;
    for (int act = 0; act < total; act++) {
      if (restriction.allows(player, period, state, act)) {
        into[k++] = act;
      }
    }
    if (k == 0) {
      throw new IllegalArgumentException(
          "the action restriction leaves "
              + game.playerName(player)
              + " no action in period "
              + period
              + ", state "
              + game.stateLabel(state));
    }
    return k;
  }

  private void continuation(int t, int state, int a, int b, double[] next, int nextBase, int cell) {
    game.payoffs(t, state, a, b, stage);
    if (!Double.isFinite(stage[0]) || !Double.isFinite(stage[1])) {
      throw new IllegalArgumentException(
          TransitionCache.where(game, t, state, a, b)
              + ": payoffs must be finite but were ("
              + stage[0]
              + ", "
              + stage[1]
              + ")");
    }
    int[] succ;
    double[] prob;
    int off;
    int k;
    int phases = 1;
    int phase = 0;
    if (cache != null) {
      int c = cache.cell(state, a, b);
      succ = cache.successors;
      prob = cache.probabilities;
      off = cache.offset(c);
      k = cache.count[c];
      phases = cache.phases;
      phase = state % phases;
    } else {
      succ = successors;
      prob = probabilities;
      off = 0;
      k = game.transition(t, state, a, b, successors, probabilities);
      TransitionCache.validate(game, tolerance, t, state, a, b, k, successors, probabilities);
    }
    double e0 = 0;
    double e1 = 0;
    for (int r = off; r < off + k; r++) {
      int s = nextBase + 2 * (succ[r] * phases + phase);
      e0 += prob[r] * next[s];
      e1 += prob[r] * next[s + 1];
    }
    q0[cell] = stage[0] + beta * e0;
    q1[cell] = stage[1] + beta * e1;
  }

  /**
   * {@link TieRule#EXACT_DOUBLE}: a tie is an exact floating-point tie (see {@link
   * BackwardInductionSolver}). Near ties are counted, not resolved.
   */
  private void leaderFollower(int m, int n, NodeTable out, int node, int valueNode) {
    int bestI = -1;
    int bestJ = -1;
    boolean near = false;
    for (int i = 0; i < m; i++) {
      int base = i * n;
      int jStar = bestResponse(base, n);
      replies[i] = jStar;
      for (int j = 0; j < n && !near; j++) {
        near = j != jStar && isNearTie(q1[base + j], q1[base + jStar]);
      }
      if (bestI < 0 || q0[base + jStar] > q0[bestI * n + bestJ]) {
        bestI = i;
        bestJ = jStar;
      }
    }
    for (int i = 0; i < m && !near; i++) {
      near = i != bestI && isNearTie(q0[i * n + replies[i]], q0[bestI * n + bestJ]);
    }
    if (near) {
      nearTies++;
    }
    writeOutcome(n, bestI, bestJ, out, node, valueNode);
  }

  /**
   * Follower's best response in row {@code base / n}: ties to the leader's preference, then first.
   */
  private int bestResponse(int base, int n) {
    int jStar = 0;
    for (int j = 1; j < n; j++) {
      double f = q1[base + j];
      double g = q1[base + jStar];
      if (f > g || (f == g && q0[base + j] > q0[base + jStar])) {
        jStar = j;
      }
    }
    return jStar;
  }

  private boolean isNearTie(double u, double best) {
    double scale = Math.max(1, Math.max(Math.abs(u), Math.abs(best)));
    return u != best && tolerance.isZero((best - u) / scale);
  }

  /**
   * {@link TieRule#TOLERANCE}: {@link LeaderFollowerRule} with ties against the best value minus
   * the deciding player's scaled tolerance.
   */
  private void leaderFollowerWithinTolerance(
      int period,
      int state,
      int m,
      int n,
      NodeTable out,
      int node,
      int valueNode,
      List<TieDecision> ties) {
    double[] eps = {tolerance.zero() * scale(q0, m * n), tolerance.zero() * scale(q1, m * n)};
    LeaderFollowerRule.Payoffs q =
        new LeaderFollowerRule.Payoffs() {
          @Override
          public boolean greater(int player, int c, int d) {
            double[] u = player == 0 ? q0 : q1;
            return u[c] > u[d];
          }

          @Override
          public boolean tiedWithBest(int player, int c, int best) {
            double[] u = player == 0 ? q0 : q1;
            return u[c] >= u[best] - eps[player];
          }
        };
    int bestI = LeaderFollowerRule.decide(period, state, rows, cols, m, n, q, replies, ties);
    writeOutcome(n, bestI, replies[bestI], out, node, valueNode);
  }

  /** Writes the pure leader-follower outcome at allowed row i and column j. */
  private void writeOutcome(int n, int i, int j, NodeTable out, int node, int valueNode) {
    out.action0[node] = rows[i];
    out.action1[node] = cols[j];
    out.mixed[node] = null;
    out.equilibria[node] = 1;
    out.values[2 * valueNode] = q0[i * n + j];
    out.values[2 * valueNode + 1] = q1[i * n + j];
  }

  /** The largest magnitude among {@code q[0..len-1]}, at least 1. */
  private static double scale(double[] q, int len) {
    double s = 1;
    for (int c = 0; c < len; c++) {
      s = Math.max(s, Math.abs(q[c]));
    }
    return s;
  }

  private void simultaneous(
      int period,
      int state,
      int m,
      int n,
      NodeTable out,
      int node,
      int valueNode,
      List<TieDecision> ties) {
    bimatrix.solve(q0, q1, m, n, () -> "period " + period + ", state " + game.stateLabel(state));
    int selected = bimatrix.selected();
    bimatrix.equilibrium(selected, m, n, x, y, equilibriumValues);
    if (ties != null) {
      List<Integer> tied = bimatrix.ties();
      if (tied.size() > 1) {
        ties.add(
            new TieDecision(period, state, TieDecision.Kind.STAGE_EQUILIBRIUM, -1, selected, tied));
      }
    }
    out.equilibria[node] = bimatrix.count();
    out.values[2 * valueNode] = equilibriumValues[0];
    out.values[2 * valueNode + 1] = equilibriumValues[1];
    if (bimatrix.isPure(selected)) {
      out.action0[node] = rows[argmax(x, m)];
      out.action1[node] = cols[argmax(y, n)];
      out.mixed[node] = null;
      return;
    }
    int n0 = game.numActions(0, state);
    double[] probs = new double[n0 + game.numActions(1, state)];
    for (int i = 0; i < m; i++) {
      probs[rows[i]] = x[i];
    }
    for (int j = 0; j < n; j++) {
      probs[n0 + cols[j]] = y[j];
    }
    out.action0[node] = -1;
    out.action1[node] = -1;
    out.mixed[node] = probs;
  }

  private static int argmax(double[] p, int len) {
    int best = 0;
    for (int i = 1; i < len; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }
}
