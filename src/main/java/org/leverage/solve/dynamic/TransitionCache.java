package org.leverage.solve.dynamic;

import org.leverage.game.dynamic.DynamicGame;
import org.leverage.numeric.Tolerance;

/**
 * The transitions of a game whose transitions do not depend on the period, computed once per
 * (state, a, b) and validated, in flat arrays with {@code maxSuccessors()} slots per action pair. A
 * phased cache ({@link DynamicGame#phases()} {@code > 1}) holds them once per (base, a, b) instead,
 * with base successors: the states of one base share them, and the phase chain is applied to the
 * next period's values ({@link #mixPhases}). Immutable after {@link #build}.
 */
final class TransitionCache {

  private final int stride;
  private final int[] cellBase;
  private final int[] columns;

  /** 1, or the number of phases when the successors are bases. */
  final int phases;

  /** The phase chain, row by row, when {@code phases > 1}. */
  private final double[] chain;

  final int[] count;
  final int[] successors;
  final double[] probabilities;

  private TransitionCache(
      int stride, int[] cellBase, int[] columns, int cells, int phases, double[] chain) {
    this.stride = stride;
    this.cellBase = cellBase;
    this.columns = columns;
    this.phases = phases;
    this.chain = chain;
    this.count = new int[cells];
    this.successors = new int[cells * stride];
    this.probabilities = new double[cells * stride];
  }

  /**
   * Calls {@code game.transition(0, ...)} for every state and action pair, over states in parallel.
   *
   * @return the cache, or null when it would not fit in one array (callers then use the callbacks,
   *     with the same results)
   */
  static TransitionCache build(DynamicGame game, Tolerance tolerance, Workers workers) {
    return build(game, tolerance, workers, false);
  }

  /**
   * As {@link #build(DynamicGame, Tolerance, Workers)}; with {@code phased} and a game with phases,
   * a phased cache built from {@code game.baseTransition(0, ...)}.
   */
  static TransitionCache build(
      DynamicGame game, Tolerance tolerance, Workers workers, boolean phased) {
    int m = phased ? game.phases() : 1;
    if (m < 1 || game.numStates() % m != 0) {
      throw new IllegalArgumentException(
          "phases() must divide the " + game.numStates() + " states but was " + m);
    }
    double[] chain = m > 1 ? phaseChain(game, tolerance, m) : null;
    int units = game.numStates() / m;
    int[] cellBase = new int[units];
    int[] columns = new int[units];
    long cells = 0;
    for (int u = 0; u < units; u++) {
      cellBase[u] = (int) Math.min(cells, Integer.MAX_VALUE);
      columns[u] = game.numActions(1, u * m);
      for (int q = 1; q < m; q++) {
        if (game.numActions(0, u * m + q) != game.numActions(0, u * m)
            || game.numActions(1, u * m + q) != columns[u]) {
          throw new IllegalArgumentException(
              "the action counts of state "
                  + game.stateLabel(u * m + q)
                  + " differ from those of its other phases; phases() requires them equal");
        }
      }
      cells += (long) game.numActions(0, u * m) * columns[u];
    }
    int stride = game.maxSuccessors();
    if (stride < 1 || cells * stride > Integer.MAX_VALUE - 8) {
      return null;
    }
    TransitionCache cache = new TransitionCache(stride, cellBase, columns, (int) cells, m, chain);
    int[][] succ = new int[workers.threads()][stride];
    double[][] prob = new double[workers.threads()][stride];
    workers.run(
        units,
        (w, from, to) -> {
          for (int u = from; u < to; u++) {
            int state = u * m;
            for (int a = 0; a < game.numActions(0, state); a++) {
              for (int b = 0; b < columns[u]; b++) {
                int k;
                if (m > 1) {
                  k = game.baseTransition(0, u, a, b, succ[w], prob[w]);
                  validate(game, tolerance, units, 0, state, a, b, k, succ[w], prob[w]);
                } else {
                  k = game.transition(0, state, a, b, succ[w], prob[w]);
                  validate(game, tolerance, 0, state, a, b, k, succ[w], prob[w]);
                }
                int c = cache.cell(state, a, b);
                cache.count[c] = k;
                System.arraycopy(succ[w], 0, cache.successors, c * stride, k);
                System.arraycopy(prob[w], 0, cache.probabilities, c * stride, k);
              }
            }
          }
        });
    return cache;
  }

  /** The phase chain of {@code game}, validated: each row non-negative and summing to 1. */
  private static double[] phaseChain(DynamicGame game, Tolerance tolerance, int m) {
    double[] chain = new double[m * m];
    for (int p = 0; p < m; p++) {
      double sum = 0;
      for (int q = 0; q < m; q++) {
        double x = game.phaseProbability(p, q);
        if (!(x >= 0) || x > 1) {
          throw new IllegalArgumentException(
              "phase " + p + " moves to phase " + q + " with probability " + x);
        }
        chain[p * m + q] = x;
        sum += x;
      }
      if (!tolerance.isZero(sum - 1)) {
        throw new IllegalArgumentException(
            "the probabilities of phase " + p + " sum to " + sum + ", not 1");
      }
    }
    return chain;
  }

  /**
   * For a phased cache: writes to {@code mixed[2 s + p]}, for state {@code s = base * m + phase},
   * player p's expected value in the next period of being in {@code base} next with the current
   * phase {@code phase}: {@code sum_q P(q | phase) next[nextBase + 2 (base * m + q) + p]}. Only the
   * bases that {@code bases} accepts are written.
   */
  void mixPhases(
      double[] next, int nextBase, double[] mixed, java.util.function.IntPredicate bases) {
    int m = phases;
    for (int base = 0; base < cellBase.length; base++) {
      if (!bases.test(base)) {
        continue;
      }
      int first = nextBase + 2 * base * m;
      for (int phase = 0; phase < m; phase++) {
        double v0 = 0;
        double v1 = 0;
        for (int q = 0; q < m; q++) {
          double x = chain[phase * m + q];
          v0 += x * next[first + 2 * q];
          v1 += x * next[first + 2 * q + 1];
        }
        mixed[2 * (base * m + phase)] = v0;
        mixed[2 * (base * m + phase) + 1] = v1;
      }
    }
  }

  /** Whether phase {@code phase} can move to phase {@code next}. */
  boolean phaseMoves(int phase, int next) {
    return chain[phase * phases + next] > 0;
  }

  /**
   * Checks what a transition callback wrote: 1 to {@code maxSuccessors()} entries, successors in
   * range, probabilities non-negative and summing to 1 within the tolerance.
   */
  static void validate(
      DynamicGame game,
      Tolerance tolerance,
      int t,
      int state,
      int a,
      int b,
      int k,
      int[] succ,
      double[] prob) {
    validate(game, tolerance, game.numStates(), t, state, a, b, k, succ, prob);
  }

  /** As above, for successors among {@code targets} states or bases. */
  private static void validate(
      DynamicGame game,
      Tolerance tolerance,
      int targets,
      int t,
      int state,
      int a,
      int b,
      int k,
      int[] succ,
      double[] prob) {
    if (k < 1 || k > succ.length) {
      throw new IllegalArgumentException(
          where(game, t, state, a, b)
              + ": transition wrote "
              + k
              + " successors; expected 1 to maxSuccessors() = "
              + succ.length);
    }
    double sum = 0;
    for (int r = 0; r < k; r++) {
      if (succ[r] < 0 || succ[r] >= targets || !(prob[r] >= 0)) {
        throw new IllegalArgumentException(
            where(game, t, state, a, b)
                + ": bad successor "
                + succ[r]
                + " with probability "
                + prob[r]);
      }
      sum += prob[r];
    }
    if (!tolerance.isZero(sum - 1)) {
      throw new IllegalArgumentException(
          where(game, t, state, a, b) + ": transition probabilities sum to " + sum + ", not 1");
    }
  }

  /** Names a node and action pair for messages. */
  static String where(DynamicGame game, int t, int state, int a, int b) {
    return "period "
        + t
        + ", state "
        + game.stateLabel(state)
        + ", actions ("
        + game.actionLabel(0, state, a)
        + ", "
        + game.actionLabel(1, state, b)
        + ")";
  }

  int cell(int state, int a, int b) {
    int unit = state / phases;
    return cellBase[unit] + a * columns[unit] + b;
  }

  int offset(int cell) {
    return cell * stride;
  }
}
