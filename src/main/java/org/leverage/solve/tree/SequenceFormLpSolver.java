package org.leverage.solve.tree;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.numeric.ExactSimplex;
import org.leverage.numeric.Matrices;
import org.leverage.solve.PivotLimitException;
import org.leverage.solve.Watch;

/**
 * An equilibrium and the value of a two-player constant-sum tree with perfect recall, by the
 * sequence-form linear program (D. Koller, N. Megiddo, B. von Stengel, Games and Economic Behavior
 * 14, 1996), solved exactly.
 *
 * <p>Player {@code i}'s strategies are realization plans: one weight per sequence (the empty
 * sequence and each (information set, action)), with {@code E x = e}, {@code x >= 0}: the empty
 * sequence weighs 1 and each set's actions split the weight of the sequence leading to it. With
 * {@code A[s1][s2]} the chance-weighted payoff to player 1 of the leaves whose sequences are {@code
 * s1, s2} (built by {@link SequenceForm}), player 1 solves {@code max q_0 s.t. F'q <= A'x, E x = e,
 * x >= 0} and player 2 the mirror program; both optima are the value. Behaviour strategies come
 * back as {@code x[s a] / x[s]}; at a set whose leading sequence has weight 0 (the player's own
 * plan never reaches it) the player mixes uniformly, as Gambit does ({@code UndefinedToCentroid})
 * and as {@link SequenceFormLcpSolver} does, so every row is a distribution. Size is linear in the
 * tree (sequences, not strategies), so this handles trees whose reduced strategic form is far too
 * big.
 *
 * <p>Exact: both programs are solved with {@link ExactSimplex}; the two optima are checked to be
 * equal, and the profile is certified (no player gains by a best response, computed exactly over
 * the sequence form); more than a million pivots is a {@link PivotLimitException}. Refuses (with
 * {@link IllegalArgumentException}) trees that do not have two players, lack perfect recall or are
 * not constant-sum (the sum of the players' payoffs along every play must be the same).
 */
public final class SequenceFormLpSolver {

  private static final long MAX_PIVOTS = 1_000_000;

  /**
   * @param equilibrium the two realization plans as behaviour strategies (uniform where the
   *     player's own plan never reaches a set), certified exactly
   * @param value player 1's expected payoff in every equilibrium
   * @param counters {@code sequences1}, {@code sequences2}, {@code pivots}
   */
  public record Result(
      BehaviourProfile equilibrium, BigFraction value, Map<String, Long> counters) {
    public Result {
      value = value.reduce();
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }

  public Result solve(ExtensiveGame game) {
    return solve(game, Watch.NONE);
  }

  /** As {@link #solve(ExtensiveGame)}, stopping between pivots when {@code watch} says so. */
  public Result solve(ExtensiveGame game, Watch watch) {
    SequenceForm form = SequenceForm.of(game, "the sequence-form LP");
    checkConstantSum(game);
    BigFraction[][] a = form.payoff(1);
    BigFraction[][] e = form.constraints(1);
    BigFraction[][] f = form.constraints(2);
    ExactSimplex.Solution p1 = solveSide(e, f, Matrices.transpose(a), watch);
    // Player 2 minimises player 1's payoff: the same program with the roles and signs swapped.
    ExactSimplex.Solution p2 = solveSide(f, e, Matrices.negate(a), watch);
    BigFraction value = p1.objective();
    if (!value.equals(p2.objective().negate())) {
      throw new IllegalStateException(
          "sequence-form LP optima disagree: " + value + " and " + p2.objective().negate());
    }
    BehaviourProfile profile = form.behaviour(p1.x(), p2.x(), true);
    form.nashDeviation(profile)
        .ifPresent(
            why -> {
              throw new IllegalStateException(
                  "the sequence-form LP ended at a profile that is not an equilibrium: " + why);
            });
    return new Result(
        profile,
        value,
        ImmutableMap.of(
            "sequences1",
            (long) form.numSequences(1),
            "sequences2",
            (long) form.numSequences(2),
            "pivots",
            p1.pivots() + p2.pivots()));
  }

  /**
   * {@code max q_0 s.t. F'q - B x <= 0, E x = e, x >= 0, q free} with {@code B} = payoff transposed
   * to the opponent's sequences; variables laid out as x, q+, q-, slacks.
   */
  private static ExactSimplex.Solution solveSide(
      BigFraction[][] e, BigFraction[][] f, BigFraction[][] b, Watch watch) {
    int nx = e[0].length;
    int nq = f.length;
    int ns = f[0].length;
    int cols = nx + 2 * nq + ns;
    int rowsCount = e.length + ns;
    BigFraction[][] m = new BigFraction[rowsCount][cols];
    BigFraction[] rhs = new BigFraction[rowsCount];
    for (BigFraction[] row : m) {
      Arrays.fill(row, BigFraction.ZERO);
    }
    for (int i = 0; i < e.length; i++) {
      System.arraycopy(e[i], 0, m[i], 0, nx);
      rhs[i] = i == 0 ? BigFraction.ONE : BigFraction.ZERO;
    }
    for (int s = 0; s < ns; s++) {
      int r = e.length + s;
      for (int j = 0; j < nx; j++) {
        m[r][j] = b[s][j].negate();
      }
      for (int q = 0; q < nq; q++) {
        m[r][nx + q] = f[q][s];
        m[r][nx + nq + q] = f[q][s].negate();
      }
      m[r][nx + 2 * nq + s] = BigFraction.ONE;
      rhs[r] = BigFraction.ZERO;
    }
    BigFraction[] c = new BigFraction[cols];
    Arrays.fill(c, BigFraction.ZERO);
    c[nx] = BigFraction.ONE;
    c[nx + nq] = BigFraction.MINUS_ONE;
    ExactSimplex.Solution sol;
    try {
      sol =
          ExactSimplex.maximize(c, m, rhs, MAX_PIVOTS, watch::checkpoint)
              .orElseThrow(() -> new IllegalStateException("sequence-form constraints infeasible"));
    } catch (ExactSimplex.PivotLimitException limit) {
      throw new PivotLimitException(
          limit.getMessage(), "try --method lcp (sequence-form Lemke) or --method spe");
    }
    return new ExactSimplex.Solution(Arrays.copyOf(sol.x(), nx), sol.objective(), sol.pivots());
  }

  /** Whether u1 + u2 summed along each play is the same for every play of a two-player tree. */
  public static boolean isConstantSum(ExtensiveGame game) {
    return game.numPlayers() == 2 && constantSumViolation(game).isEmpty();
  }

  /** Throws unless u1 + u2 summed along each play is the same for every play. */
  private static void checkConstantSum(ExtensiveGame game) {
    constantSumViolation(game)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(
                  "the sequence-form LP needs a constant-sum game, but " + why);
            });
  }

  /**
   * Why a two-player tree is not constant-sum: the first play whose total payoff differs from the
   * first play's, described; empty for a constant-sum tree.
   */
  public static Optional<String> constantSumViolation(ExtensiveGame game) {
    BigFraction[] sum = new BigFraction[game.numNodes()];
    BigFraction constant = null;
    for (int v = 0; v < game.numNodes(); v++) {
      BigFraction above = v == 0 ? BigFraction.ZERO : sum[game.parent(v)];
      Optional<List<BigFraction>> pay = game.outcomePayoffs(v);
      sum[v] = pay.isEmpty() ? above : above.add(pay.get().get(0)).add(pay.get().get(1));
      if (game.isTerminal(v)) {
        if (constant == null) {
          constant = sum[v];
        } else if (!constant.equals(sum[v])) {
          return Optional.of(
              "the play ending at node "
                  + v
                  + " pays "
                  + sum[v].reduce()
                  + " in total and an earlier one "
                  + constant.reduce());
        }
      }
    }
    return Optional.empty();
  }
}
