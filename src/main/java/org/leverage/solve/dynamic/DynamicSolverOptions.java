package org.leverage.solve.dynamic;

import java.util.Objects;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.Watch;

/**
 * Options of the dynamic-game solvers.
 *
 * @param timing who moves when within a period
 * @param tolerance payoff comparisons of the simultaneous stage solver (best-response checks,
 *     payoff dominance), scaled by the largest payoff difference of the stage game (after shifting
 *     each column of player 0's and each row of player 1's payoffs to minimum 0, which changes no
 *     best response); for leader-follower timing the band of {@link TieRule#TOLERANCE} (or, under
 *     {@link TieRule#EXACT_DOUBLE}, the band in which near ties are counted); also the slack
 *     allowed in transition probabilities summing to 1
 * @param threads worker threads over states, at least 1; results do not depend on it
 * @param tieRule how the best of several values is found: exactly on doubles or within the
 *     tolerance
 * @param selection which equilibrium of a simultaneous stage game the solver continues with
 * @param maxStageBases the most feasible bases the exact enumeration of one large simultaneous
 *     stage game may visit in a best-response polytope (see {@link BimatrixStageSolver}); more
 *     throw {@link org.leverage.solve.SolverLimitException}; at least 1
 * @param watch told of each period (or iteration) solved; stops the solver between periods when it
 *     says so
 */
public record DynamicSolverOptions(
    Timing timing,
    Tolerance tolerance,
    int threads,
    TieRule tieRule,
    StageSelection selection,
    long maxStageBases,
    Watch watch) {

  /**
   * The default {@link #maxStageBases}: a random 16x16 stage game needs about 2 * 10^5 bases (a few
   * seconds); at 10^7 one stage game takes minutes, which is reported rather than waited for.
   */
  public static final long DEFAULT_MAX_STAGE_BASES = 10_000_000L;

  public DynamicSolverOptions {
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(tieRule, "tieRule");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(watch, "watch");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    if (maxStageBases < 1) {
      throw new IllegalArgumentException(
          "maxStageBases must be at least 1 but was " + maxStageBases);
    }
  }

  /**
   * {@link TieRule#EXACT_DOUBLE}, {@link StageSelection#FIRST_UNDOMINATED} and {@link
   * #DEFAULT_MAX_STAGE_BASES}.
   */
  public DynamicSolverOptions(Timing timing, Tolerance tolerance, int threads) {
    this(
        timing,
        tolerance,
        threads,
        TieRule.EXACT_DOUBLE,
        StageSelection.FIRST_UNDOMINATED,
        DEFAULT_MAX_STAGE_BASES,
        Watch.NONE);
  }

  /**
   * One thread, the default tolerance, {@link TieRule#EXACT_DOUBLE} (reference model v1's rule) and
   * {@link StageSelection#FIRST_UNDOMINATED}.
   */
  public static DynamicSolverOptions of(Timing timing) {
    return new DynamicSolverOptions(timing, Tolerance.DEFAULT, 1);
  }

  public DynamicSolverOptions withThreads(int n) {
    return new DynamicSolverOptions(timing, tolerance, n, tieRule, selection, maxStageBases, watch);
  }

  public DynamicSolverOptions withTieRule(TieRule rule) {
    return new DynamicSolverOptions(
        timing, tolerance, threads, rule, selection, maxStageBases, watch);
  }

  public DynamicSolverOptions withWatch(Watch w) {
    return new DynamicSolverOptions(
        timing, tolerance, threads, tieRule, selection, maxStageBases, w);
  }

  public DynamicSolverOptions withSelection(StageSelection rule) {
    return new DynamicSolverOptions(
        timing, tolerance, threads, tieRule, rule, maxStageBases, watch);
  }

  /**
   * How the solvers decide which of several values is best: when the follower picks its reply, the
   * leader its action, and (for the records only) when two undominated stage equilibria pay the
   * same.
   */
  public enum TieRule {
    /**
     * Values are compared with {@code >} and {@code ==} on doubles: a tie is an exact
     * floating-point tie, and a difference of one rounding error decides. Transitive, and the
     * literal reading of reference model v1's rule, which relies on it. Near ties are counted in
     * {@link DynamicSolution#nearTies()}; nothing else is recorded.
     */
    EXACT_DOUBLE,
    /**
     * Values within the tolerance of the best are tied: for each choice the best value {@code M} is
     * found exactly, every alternative worth at least {@code M - zero * scale} is in the tie (so
     * the tie set does not depend on the order of comparison), and the timing's tie rule picks
     * among them. {@code zero} is {@link org.leverage.numeric.Tolerance#zero()} and {@code scale}
     * is the largest magnitude of the deciding player's continuation payoffs at the node, at least
     * 1. Every decision between several alternatives in the band (exact ties included, since values
     * that differ exactly can round to the same double) is recorded as a {@link TieDecision}.
     */
    TOLERANCE
  }

  /**
   * Which equilibrium of a simultaneous stage game is selected. Equilibria are listed in canonical
   * order: lexicographic on the probability vector (player 0's probabilities over its allowed
   * actions, then player 1's), larger first, as {@link
   * org.leverage.game.MixedProfile#CANONICAL_ORDER}; so pure equilibria of actions listed earlier
   * come first, and a mixed one comes before a pure one whose first action is listed later.
   */
  public enum StageSelection {
    /**
     * The first equilibrium in canonical order that no other equilibrium Pareto-dominates (at least
     * as good for both players and better for one, by more than the scaled tolerance; exactly under
     * exact arithmetic). If the tolerance makes every equilibrium dominated (a cycle of near ties),
     * the first equilibrium. The default.
     */
    FIRST_UNDOMINATED,
    /** The first equilibrium in canonical order, whatever its payoffs. */
    FIRST
  }
}
