package org.leverage.solve.dynamic;

import org.leverage.game.dynamic.DynamicGame;
import org.leverage.numeric.Tolerance;

/**
 * The transitions of a game whose transitions do not depend on the period, computed once per
 * (state, a, b) and validated, in flat arrays with {@code maxSuccessors()} slots per action pair.
 * Immutable after {@link #build}.
 */
final class TransitionCache {

  private final int stride;
  private final int[] cellBase;
  private final int[] columns;
  final int[] count;
  final int[] successors;
  final double[] probabilities;

  private TransitionCache(int stride, int[] cellBase, int[] columns, int cells) {
    this.stride = stride;
    this.cellBase = cellBase;
    this.columns = columns;
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
    int states = game.numStates();
    int[] cellBase = new int[states];
    int[] columns = new int[states];
    long cells = 0;
    for (int s = 0; s < states; s++) {
      cellBase[s] = (int) Math.min(cells, Integer.MAX_VALUE);
      columns[s] = game.numActions(1, s);
      cells += (long) game.numActions(0, s) * columns[s];
    }
    int stride = game.maxSuccessors();
    if (stride < 1 || cells * stride > Integer.MAX_VALUE - 8) {
      return null;
    }
    TransitionCache cache = new TransitionCache(stride, cellBase, columns, (int) cells);
    int[][] succ = new int[workers.threads()][stride];
    double[][] prob = new double[workers.threads()][stride];
    workers.run(
        states,
        (w, from, to) -> {
          for (int s = from; s < to; s++) {
            for (int a = 0; a < game.numActions(0, s); a++) {
              for (int b = 0; b < columns[s]; b++) {
                int k = game.transition(0, s, a, b, succ[w], prob[w]);
                validate(game, tolerance, 0, s, a, b, k, succ[w], prob[w]);
                int c = cache.cell(s, a, b);
                cache.count[c] = k;
                System.arraycopy(succ[w], 0, cache.successors, c * stride, k);
                System.arraycopy(prob[w], 0, cache.probabilities, c * stride, k);
              }
            }
          }
        });
    return cache;
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
      if (succ[r] < 0 || succ[r] >= game.numStates() || !(prob[r] >= 0)) {
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
    return cellBase[state] + a * columns[state] + b;
  }

  int offset(int cell) {
    return cell * stride;
  }
}
