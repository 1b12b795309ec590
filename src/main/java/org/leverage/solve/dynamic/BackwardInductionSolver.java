package org.leverage.solve.dynamic;

import java.util.Objects;
import org.leverage.game.dynamic.DynamicGame;

/**
 * Finite-horizon dynamic games by backward induction over (period, state): Markov perfect
 * equilibrium in the sense of Maskin and Tirole (2001), for a given selection rule.
 *
 * <p>Algorithm: {@code V_T = terminal values}; for {@code t = T-1 .. 0} and every state {@code s},
 * for every allowed action pair {@code Q_p(a, b) = u_p(t, s, a, b) + beta * sum_s' P(s' | t, s, a,
 * b) V_p,t+1(s')}, and the node is solved by the timing:
 *
 * <ul>
 *   <li>{@link Timing#LEADER_FOLLOWER} (player 0 leads): for each allowed {@code a} the follower
 *       picks {@code b*(a)} maximising {@code Q_1(a, b)}; a tie goes to the {@code b} with higher
 *       {@code Q_0(a, b)}, then to the first {@code b}. The leader picks {@code a} maximising
 *       {@code Q_0(a, b*(a))}; a tie goes to the first {@code a}. This is reference model v1's rule
 *       ({@code MODEL.md}, "Solution").
 *   <li>{@link Timing#SIMULTANEOUS}: every extreme equilibrium of the bimatrix game {@code (Q_0,
 *       Q_1)} over the allowed actions is found ({@link BimatrixStageSolver}: vertex enumeration in
 *       {@code double} for small stage games, exact {@code enummixed} for large ones, complete in
 *       degenerate games too), listed in canonical order (lexicographic on the probability vector,
 *       larger first), and one is selected by {@link DynamicSolverOptions#selection()}: by default
 *       the first that no other Pareto-dominates by more than the scaled tolerance. Nodes with
 *       several equilibria are listed in {@link DynamicSolution#multipleEquilibria()}. A stage game
 *       too large to enumerate is a {@link org.leverage.solve.SolverLimitException}.
 * </ul>
 *
 * <p><b>Ties</b> follow {@link DynamicSolverOptions#tieRule()}. Under {@link
 * DynamicSolverOptions.TieRule#EXACT_DOUBLE} ({@link DynamicSolverOptions#of}) leader-follower
 * comparisons use {@code >} and {@code ==} on doubles, not a tolerance: exact comparison is
 * transitive, it is the literal reading of the model's rule and what an independent implementation
 * of it does, and reference model v1 relies on it; but a difference of one rounding error decides
 * (0.1 + 0.5 * 0.4 beats 0.3), and values that differ exactly may round to the same double. Near
 * ties (a best response that wins by less than the tolerance, relative to the payoff's magnitude)
 * are counted in {@link DynamicSolution#nearTies()} so that a user can see where rounding could
 * decide. Under {@link DynamicSolverOptions.TieRule#TOLERANCE} values within the scaled tolerance
 * of the best are tied, the tie rule above decides among them, and every such decision is listed in
 * {@link DynamicSolution#tieDecisions()}. {@link ExactBackwardInductionSolver} decides every
 * comparison exactly, in rational arithmetic.
 *
 * <p>Action restrictions ({@link ActionRestriction}) shrink the action sets per (period, state)
 * before the node is solved: the restricted player optimises over what is left, the other
 * best-responds. A restriction to one action per node is a commitment to a policy; the value of
 * commitment is the difference between the restricted and the unrestricted values.
 *
 * <p>Complexity: {@code T * S} nodes, each {@code |A| |B|} payoff and transition callbacks (the
 * transitions only once per state when {@link DynamicGame#stationaryTransitions()}) and {@code
 * O(|A| |B| k)} arithmetic for {@code k} successors, plus the stage solve (linear for
 * leader-follower; vertex enumeration for simultaneous). Memory: {@code 2 (T+1) S} values and two
 * ints per node (one extra array per mixed node). Parallel over states within a period; results are
 * identical for any number of threads.
 */
public final class BackwardInductionSolver {

  private final DynamicSolverOptions options;

  public BackwardInductionSolver(DynamicSolverOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Solves {@code game} without restrictions. */
  public DynamicSolution solve(DynamicGame game) {
    return solve(game, ActionRestriction.NONE);
  }

  /** Solves {@code game} with the players' actions restricted by {@code restriction}. */
  public DynamicSolution solve(DynamicGame game, ActionRestriction restriction) {
    Objects.requireNonNull(game, "game");
    try (Workers workers = new Workers(options.threads())) {
      return solve(PreparedGame.of(game, options.tolerance(), workers), restriction, workers);
    }
  }

  /**
   * Solves the nodes of {@code prepared} (all, or those reachable from its initial distribution)
   * with the players' actions restricted by {@code restriction}.
   */
  public DynamicSolution solve(PreparedGame prepared, ActionRestriction restriction) {
    Objects.requireNonNull(prepared, "prepared");
    try (Workers workers = new Workers(options.threads())) {
      return solve(prepared, restriction, workers);
    }
  }

  private DynamicSolution solve(
      PreparedGame prepared, ActionRestriction restriction, Workers workers) {
    Objects.requireNonNull(restriction, "restriction");
    DynamicGame game = prepared.game();
    int periods = game.horizon();
    int states = game.numStates();
    if (periods < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 period but was " + periods);
    }
    if (states < 1) {
      throw new IllegalArgumentException("a dynamic game needs at least one state");
    }
    double beta = game.discount();
    if (!(beta > 0 && beta <= 1)) {
      throw new IllegalArgumentException("discount factor must be in (0, 1] but was " + beta);
    }
    if ((long) (periods + 1) * states * 2 > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          periods + " periods x " + states + " states exceed the size of one value array");
    }
    long start = System.nanoTime();
    NodeTable table = new NodeTable(periods * states, (periods + 1) * states);
    for (int s = 0; s < states; s++) {
      table.values[2 * (periods * states + s)] = game.terminalValue(0, s);
      table.values[2 * (periods * states + s) + 1] = game.terminalValue(1, s);
    }
    NodeSolver[] kernels = new NodeSolver[options.threads()];
    for (int w = 0; w < kernels.length; w++) {
      kernels[w] = new NodeSolver(game, options, restriction, prepared.cache());
    }
    TransitionCache cache = prepared.cache();
    double[] mixed = cache != null && cache.phases > 1 ? new double[2 * states] : null;
    for (int t = periods - 1; t >= 0; t--) {
      options.watch().checkpoint();
      options.watch().progress(periods - 1 - t, periods);
      int period = t;
      double[] next;
      int nextBase;
      if (mixed != null) {
        int following = t + 1;
        cache.mixPhases(
            table.values,
            2 * following * states,
            mixed,
            base -> following == periods || prepared.reachedBase(following, base));
        next = mixed;
        nextBase = 0;
      } else {
        next = table.values;
        nextBase = 2 * (t + 1) * states;
      }
      workers.run(
          states,
          (w, from, to) -> {
            for (int s = from; s < to; s++) {
              int node = period * states + s;
              if (prepared.reached(period, s)) {
                kernels[w].solve(period, period, s, next, nextBase, table, node, node);
              }
            }
          });
    }
    long nearTies = 0;
    long degenerate = 0;
    for (NodeSolver k : kernels) {
      nearTies += k.nearTies;
      degenerate += k.degenerateStageGames();
    }
    return new DynamicSolution(
        options.timing(),
        false,
        periods,
        actionCounts(game),
        table,
        nearTies,
        degenerate,
        System.nanoTime() - start,
        prepared);
  }

  static int[] actionCounts(DynamicGame game) {
    int[] counts = new int[game.numStates()];
    for (int s = 0; s < counts.length; s++) {
      counts[s] = game.numActions(0, s);
    }
    return counts;
  }
}
