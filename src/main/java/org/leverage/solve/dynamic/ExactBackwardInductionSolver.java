package org.leverage.solve.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.solve.ExactArithmeticLimitException;
import org.leverage.solve.SolverLimitException;

/**
 * Backward induction as {@link BackwardInductionSolver} does it, in exact rational arithmetic on
 * the numbers a {@link TabularDynamicGame} was given (payoffs, probabilities, discount and terminal
 * values as fractions): every comparison is exact, so a tie is a true tie and a difference too
 * small for a double still decides.
 *
 * <p>Leader-follower nodes follow {@link LeaderFollowerRule} with exact ties (the follower's ties
 * to the leader's preference, then to the first action; the leader's to the first action).
 * Simultaneous nodes are solved by {@link ExactStageGame} (every extreme equilibrium of the exact
 * stage game, by {@code enummixed}) and selected by the options' {@link
 * DynamicSolverOptions.StageSelection} with exact Pareto dominance. Every choice a tie decided is
 * recorded ({@link DynamicSolution#tieDecisions()}). The options' tolerance, tie rule and threads
 * do not apply: exact arithmetic has no tolerance, and the solver runs on the calling thread.
 *
 * <p>Cost: the numbers grow: a value after k periods has a denominator up to about the product of k
 * discount and probability denominators (and of the equilibrium denominators of mixed stage
 * equilibria), and each of the {@code T sum_s |A_s| |B_s|} continuation payoffs costs a few
 * big-integer multiplications, additions and gcds of that size: microseconds for small games,
 * orders of magnitude slower than the {@code double} solver on long horizons. Two {@link Limits}
 * keep it bounded; past either an {@link ExactArithmeticLimitException} says to solve in {@code
 * double} instead. The result's values and mixed probabilities are the exact ones rounded to
 * doubles.
 */
public final class ExactBackwardInductionSolver {

  /**
   * Bounds on the work of an exact solve.
   *
   * @param maxCells the most continuation payoffs {@code Q(t, s, a, b)} to compute, {@code T sum_s
   *     |A_s| |B_s|}, checked before starting; at least 1
   * @param maxBits the most bits in the numerator or denominator of any value; at least 1
   */
  public record Limits(long maxCells, int maxBits) {

    /** A million continuation payoffs, values up to 4096 bits: at most minutes. */
    public static final Limits DEFAULT = new Limits(1_000_000L, 4096);

    public Limits {
      if (maxCells < 1 || maxBits < 1) {
        throw new IllegalArgumentException(
            "maxCells and maxBits must be at least 1 but were " + maxCells + " and " + maxBits);
      }
    }
  }

  private static final String SOLVE_IN_DOUBLE =
      "solve without --exact (double arithmetic, ties within the tolerance)";

  private final DynamicSolverOptions options;
  private final Limits limits;

  public ExactBackwardInductionSolver(DynamicSolverOptions options, Limits limits) {
    this.options = Objects.requireNonNull(options, "options");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Solves {@code game} without restrictions.
   *
   * @throws SolverLimitException past a {@link Limits} bound or a stage game's enumeration limit
   */
  public DynamicSolution solve(TabularDynamicGame game) {
    Objects.requireNonNull(game, "game");
    long start = System.nanoTime();
    int periods = game.horizon();
    int states = game.numStates();
    long cells = 0;
    int maxA = 1;
    int maxB = 1;
    for (int s = 0; s < states; s++) {
      cells += (long) game.numActions(0, s) * game.numActions(1, s);
      maxA = Math.max(maxA, game.numActions(0, s));
      maxB = Math.max(maxB, game.numActions(1, s));
    }
    if (cells * periods > limits.maxCells()) {
      throw new ExactArithmeticLimitException(
          "exact backward induction would compute "
              + cells * periods
              + " continuation payoffs ("
              + periods
              + " periods x "
              + cells
              + " action pairs), more than its limit of "
              + limits.maxCells(),
          SOLVE_IN_DOUBLE);
    }
    NodeTable table = new NodeTable(periods * states, (periods + 1) * states);
    BigFraction[] next = new BigFraction[2 * states];
    for (int s = 0; s < states; s++) {
      for (int p = 0; p < 2; p++) {
        next[2 * s + p] = game.exactTerminalValue(p, s);
        table.values[2 * (periods * states + s) + p] = next[2 * s + p].doubleValue();
      }
    }
    Node node = new Node(game, maxA, maxB);
    for (int t = periods - 1; t >= 0; t--) {
      BigFraction[] values = new BigFraction[2 * states];
      options.watch().progress(periods - 1 - t, periods);
      for (int s = 0; s < states; s++) {
        options.watch().checkpoint();
        node.solve(t, s, next, values, table, t * states + s);
      }
      next = values;
    }
    return new DynamicSolution(
        options.timing(),
        true,
        periods,
        BackwardInductionSolver.actionCounts(game),
        table,
        0,
        node.degenerate,
        System.nanoTime() - start,
        null);
  }

  /** The scratch of one node's solve. */
  private final class Node {
    private final TabularDynamicGame game;
    private final int[] successors;
    private final BigFraction[] probabilities;
    private final int[] identity;
    private final int[] replies;
    private long degenerate;

    Node(TabularDynamicGame game, int maxA, int maxB) {
      this.game = game;
      this.successors = new int[game.maxSuccessors()];
      this.probabilities = new BigFraction[game.maxSuccessors()];
      this.identity = new int[Math.max(maxA, maxB)];
      for (int k = 0; k < identity.length; k++) {
        identity[k] = k;
      }
      this.replies = new int[maxA];
    }

    void solve(int t, int s, BigFraction[] next, BigFraction[] values, NodeTable out, int node) {
      int m = game.numActions(0, s);
      int n = game.numActions(1, s);
      BigFraction[] q0 = new BigFraction[m * n];
      BigFraction[] q1 = new BigFraction[m * n];
      BigFraction beta = game.exactDiscount();
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < n; b++) {
          BigFraction e0 = BigFraction.ZERO;
          BigFraction e1 = BigFraction.ZERO;
          int k = game.exactTransition(s, a, b, successors, probabilities);
          for (int r = 0; r < k; r++) {
            e0 = e0.add(probabilities[r].multiply(next[2 * successors[r]]));
            e1 = e1.add(probabilities[r].multiply(next[2 * successors[r] + 1]));
          }
          q0[a * n + b] = game.exactPayoff(0, s, a, b).add(beta.multiply(e0)).reduce();
          q1[a * n + b] = game.exactPayoff(1, s, a, b).add(beta.multiply(e1)).reduce();
        }
      }
      List<TieDecision> ties = new ArrayList<>();
      if (options.timing() == Timing.LEADER_FOLLOWER) {
        LeaderFollowerRule.Payoffs q =
            new LeaderFollowerRule.Payoffs() {
              @Override
              public boolean greater(int player, int c, int d) {
                BigFraction[] u = player == 0 ? q0 : q1;
                return u[c].compareTo(u[d]) > 0;
              }

              @Override
              public boolean tiedWithBest(int player, int c, int best) {
                BigFraction[] u = player == 0 ? q0 : q1;
                return u[c].compareTo(u[best]) == 0;
              }
            };
        int a = LeaderFollowerRule.decide(t, s, identity, identity, m, n, q, replies, ties);
        int b = replies[a];
        out.action0[node] = a;
        out.action1[node] = b;
        out.equilibria[node] = 1;
        values[2 * s] = q0[a * n + b];
        values[2 * s + 1] = q1[a * n + b];
      } else {
        simultaneous(t, s, m, n, q0, q1, values, out, node, ties);
      }
      out.ties[node] = ties.isEmpty() ? null : ties.toArray(TieDecision[]::new);
      for (int p = 0; p < 2; p++) {
        BigFraction v = values[2 * s + p];
        int bits = Math.max(v.getNumerator().bitLength(), v.getDenominator().bitLength());
        if (bits > limits.maxBits()) {
          throw new ExactArithmeticLimitException(
              "exact backward induction reached a value of "
                  + bits
                  + " bits at period "
                  + t
                  + ", state "
                  + game.stateLabel(s)
                  + ", more than its limit of "
                  + limits.maxBits(),
              SOLVE_IN_DOUBLE);
        }
        out.values[2 * node + p] = v.doubleValue();
      }
    }

    private void simultaneous(
        int t,
        int s,
        int m,
        int n,
        BigFraction[] q0,
        BigFraction[] q1,
        BigFraction[] values,
        NodeTable out,
        int node,
        List<TieDecision> ties) {
      ExactStageGame stage =
          ExactStageGame.solve(
              q0,
              q1,
              m,
              n,
              options.maxStageBases(),
              "period " + t + ", state " + game.stateLabel(s));
      int count = stage.equilibria().size();
      BigFraction[][] pay = new BigFraction[count][];
      for (int e = 0; e < count; e++) {
        pay[e] = new BigFraction[] {stage.payoff(e, 0), stage.payoff(e, 1)};
      }
      EquilibriumSelection.Relation dominates =
          (f, e) -> {
            int c0 = pay[f][0].compareTo(pay[e][0]);
            int c1 = pay[f][1].compareTo(pay[e][1]);
            return c0 >= 0 && c1 >= 0 && (c0 > 0 || c1 > 0);
          };
      int selected = EquilibriumSelection.select(options.selection(), count, dominates);
      List<Integer> tied =
          EquilibriumSelection.ties(
              options.selection(),
              count,
              selected,
              dominates,
              (f, e) -> pay[f][0].equals(pay[e][0]) && pay[f][1].equals(pay[e][1]));
      if (tied.size() > 1) {
        ties.add(new TieDecision(t, s, TieDecision.Kind.STAGE_EQUILIBRIUM, -1, selected, tied));
      }
      out.equilibria[node] = count;
      values[2 * s] = pay[selected][0];
      values[2 * s + 1] = pay[selected][1];
      MixedProfile chosen = stage.equilibria().get(selected);
      List<BigFraction> flat = chosen.flatten();
      int support0 = 0;
      int support1 = 0;
      double[] probs = new double[m + n];
      for (int k = 0; k < m + n; k++) {
        probs[k] = flat.get(k).doubleValue();
        if (flat.get(k).getNumerator().signum() != 0) {
          if (k < m) {
            support0++;
          } else {
            support1++;
          }
        }
      }
      if (stage.equilibria().stream().anyMatch(p -> unequalSupports(p, m))) {
        degenerate++;
      }
      if (support0 == 1 && support1 == 1) {
        out.action0[node] = argmax(probs, 0, m);
        out.action1[node] = argmax(probs, m, n);
        out.mixed[node] = null;
      } else {
        out.action0[node] = -1;
        out.action1[node] = -1;
        out.mixed[node] = probs;
      }
    }
  }

  private static boolean unequalSupports(MixedProfile p, int m) {
    List<BigFraction> flat = p.flatten();
    int difference = 0;
    for (int k = 0; k < flat.size(); k++) {
      difference += flat.get(k).getNumerator().signum() == 0 ? 0 : k < m ? 1 : -1;
    }
    return difference != 0;
  }

  private static int argmax(double[] p, int from, int len) {
    int best = 0;
    for (int k = 1; k < len; k++) {
      best = p[from + k] > p[from + best] ? k : best;
    }
    return best;
  }
}
