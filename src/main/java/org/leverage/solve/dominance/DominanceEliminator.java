package org.leverage.solve.dominance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.fraction.FractionConversionException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.leverage.game.NormalFormGame;
import org.leverage.game.StrategySubset;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.Watch;
import org.leverage.solve.pure.BestResponses;

/**
 * Iterated elimination of strictly dominated strategies of an n-player normal-form game, by pure
 * strategies and (optionally) by mixed strategies.
 *
 * <p>Order: rounds are numbered from 1. In each round every remaining strategy of every player is
 * checked against the game as it was at the start of the round (the current reduced game), players
 * in order, then strategies in order; all strategies found strictly dominated in the round are
 * removed together at its end. Rounds continue until one removes nothing. The reduced game does not
 * depend on this order (in finite games iterated strict dominance is order independent; see e.g. I.
 * Gilboa, E. Kalai, E. Zemel, "On the order of eliminating dominated strategies", Operations
 * Research Letters 9, 1990), but the list of steps does, which is why it is fixed here. Strategy
 * indices in the steps are those of the original game.
 *
 * <p>A strategy that is a best response (weakly) to some profile of the others' remaining
 * strategies cannot be strictly dominated, by pure or mixed strategies; this exact test ({@link
 * BestResponses}, one pass over the player's payoffs) runs first and spares the other checks for
 * most strategies.
 *
 * <p>Pure dominance is decided exactly. The dominator reported is the first strategy in index order
 * that strictly dominates.
 *
 * <p>Mixed dominance of strategy {@code s} of player {@code p} (needs at least three remaining
 * strategies) is searched by the linear program: maximise {@code eps} subject to {@code sum_k
 * sigma_k u(k, o) - u(s, o) >= eps} for every profile {@code o} of the others' remaining
 * strategies, {@code sigma} a probability distribution over {@code p}'s other remaining strategies,
 * solved in {@code double} with Commons Math's {@link SimplexSolver} on payoff differences scaled
 * to at most 1 in absolute value. When the optimal {@code eps} exceeds {@link Tolerance#zero()},
 * {@code sigma} is turned into an exact distribution: each weight is replaced by a simple fraction
 * (continued fractions) within {@code eps / (2K)} for {@code K} other strategies, so that the
 * dominance margin survives, then the weights are divided by their sum; failing that, within {@link
 * Tolerance#zero()}. The strategy is eliminated only if this exact distribution strictly dominates
 * it, checked in exact rationals. Elimination is therefore conservative: a strategy is never
 * removed without an exact certificate, but one dominated only with a margin at rounding level
 * (below {@link Tolerance#zero()} of the scaled payoff range), or one where the LP fails ({@code
 * lpFailed}) or no certificate is found ({@code mixedNotCertified}), is kept.
 *
 * <p>Complexity per round, for a player with {@code n} remaining strategies and {@code m} profiles
 * of the others: {@code O(n m)} payoff reads for the best-response test (screened in {@code
 * double}, exact on near-ties), {@code O(n^2 m)} exact comparisons for pure dominance of the
 * strategies that fail it, and one LP with {@code m} constraints and {@code n} variables per such
 * strategy not dominated by a pure strategy; plus one copy of the reduced game.
 *
 * <p>Counters: {@code rounds} (rounds run, the last of which removed nothing), {@code
 * exactComparisons}, {@code lpSolved}, {@code lpFailed} (the simplex method stopped without an
 * optimum), {@code mixedCertified}, {@code mixedNotCertified} (the LP found a positive margin but
 * no exact certificate was found).
 */
public final class DominanceEliminator {

  /** The method's command-line name. */
  public static final String METHOD = "dominance";

  /** Iterations allowed to one LP; far above what an LP with one row per profile needs. */
  private static final int LP_MAX_ITERATIONS = 100_000;

  /** Convergents allowed when turning an LP weight into a fraction. */
  private static final int FRACTION_MAX_ITERATIONS = 100;

  /**
   * Options.
   *
   * @param mixed whether to eliminate strategies strictly dominated by mixed strategies as well as
   *     by pure strategies
   * @param tolerance the LP's tolerances; {@link Tolerance#zero()} is also the margin at or below
   *     which the LP's answer is not even tried for an exact certificate
   */
  public record Options(boolean mixed, Tolerance tolerance) {

    /** Mixed dominance on, default tolerances. */
    public static final Options DEFAULT = new Options(true, Tolerance.DEFAULT);

    public Options {
      Objects.requireNonNull(tolerance, "tolerance");
    }
  }

  /**
   * A dominating strategy: a probability distribution over strategies of the dominated strategy's
   * player, by index in the original game. A pure dominator has one strategy of weight one.
   *
   * @param weights positive exact weights summing to one, by strategy index
   */
  public record Dominator(Map<Integer, BigFraction> weights) {

    public Dominator {
      weights = ImmutableSortedMap.copyOf(weights);
      if (weights.isEmpty()) {
        throw new IllegalArgumentException("a dominator needs at least one strategy");
      }
      BigFraction sum = BigFraction.ZERO;
      for (Map.Entry<Integer, BigFraction> e : weights.entrySet()) {
        if (e.getValue().compareTo(BigFraction.ZERO) <= 0) {
          throw new IllegalArgumentException(
              "weight of strategy " + e.getKey() + " must be positive but was " + e.getValue());
        }
        sum = sum.add(e.getValue());
      }
      if (!sum.equals(BigFraction.ONE)) {
        throw new IllegalArgumentException("weights must sum to 1 but sum to " + sum);
      }
    }

    /** The pure strategy {@code strategy}. */
    public static Dominator pure(int strategy) {
      return new Dominator(ImmutableMap.of(strategy, BigFraction.ONE));
    }

    public boolean isPure() {
      return weights.size() == 1;
    }
  }

  /**
   * One eliminated strategy.
   *
   * @param round the round, from 1
   * @param player the player, from 0
   * @param strategy the strategy's index in the original game
   * @param label the strategy's label
   * @param dominator what strictly dominates it in the game at the start of the round
   */
  public record Step(int round, int player, int strategy, String label, Dominator dominator) {

    public Step {
      if (round < 1 || player < 0 || strategy < 0) {
        throw new IllegalArgumentException(
            "round must be at least 1 and player and strategy non-negative but were "
                + round
                + ", "
                + player
                + ", "
                + strategy);
      }
      Objects.requireNonNull(label, "label");
      if (dominator.weights().containsKey(strategy)) {
        throw new IllegalArgumentException(
            "strategy " + strategy + " cannot take part in its own dominator " + dominator);
      }
    }
  }

  /**
   * What elimination left.
   *
   * @param reduced the game restricted to the surviving strategies
   * @param kept the surviving strategies, as indices of the original game
   * @param steps every elimination, in the order documented on {@link DominanceEliminator}
   * @param counters work done, by name
   */
  public record Result(
      NormalFormGame reduced, StrategySubset kept, List<Step> steps, Map<String, Long> counters) {

    public Result {
      Objects.requireNonNull(reduced, "reduced");
      Objects.requireNonNull(kept, "kept");
      steps = ImmutableList.copyOf(steps);
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }

  private final Options options;

  public DominanceEliminator() {
    this(Options.DEFAULT);
  }

  public DominanceEliminator(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public Options options() {
    return options;
  }

  /** Eliminates strictly dominated strategies from {@code game} until none is left. */
  public Result eliminate(NormalFormGame game) {
    return eliminate(game, Watch.NONE);
  }

  /**
   * As {@link #eliminate(NormalFormGame)}, stopping between players' passes when {@code watch} says
   * so.
   */
  public Result eliminate(NormalFormGame game, Watch watch) {
    Counters counters = new Counters();
    StrategySubset subset = StrategySubset.all(game);
    // Even with nothing to remove the result is a restricted copy, so that the reduced game
    // is always defined by payoffs alone, whatever the input was.
    NormalFormGame current = subset.restrict(game);
    List<Step> steps = new ArrayList<>();
    int round = 0;
    while (true) {
      round++;
      List<List<Integer>> survivors = new ArrayList<>();
      boolean removed = false;
      for (int p = 0; p < current.numPlayers(); p++) {
        watch.checkpoint();
        List<Integer> kept = subset.kept(p);
        List<Integer> next = new ArrayList<>();
        PlayerView view = new PlayerView(current, p);
        boolean[] weakBest = view.weakBestResponses(counters);
        for (int s = 0; s < view.n; s++) {
          Optional<Dominator> d =
              weakBest[s] ? Optional.empty() : findDominator(view, s, kept, counters);
          if (d.isEmpty()) {
            next.add(kept.get(s));
          } else {
            removed = true;
            String label = current.players().get(p).strategies().get(s);
            steps.add(new Step(round, p, kept.get(s), label, d.get()));
          }
        }
        survivors.add(next);
      }
      if (!removed) {
        break;
      }
      subset = new StrategySubset(survivors);
      current = subset.restrict(game);
    }
    counters.rounds = round;
    return new Result(current, subset, steps, counters.asMap());
  }

  /** The first pure strategy that strictly dominates {@code s}, else a certified mixture. */
  private Optional<Dominator> findDominator(
      PlayerView view, int s, List<Integer> kept, Counters counters) {
    for (int t = 0; t < view.n; t++) {
      if (t != s && view.strictlyDominates(t, s, counters)) {
        return Optional.of(Dominator.pure(kept.get(t)));
      }
    }
    // With two strategies a mixture over the others is the other pure strategy, checked above.
    if (options.mixed() && view.n >= 3) {
      return mixedDominator(view, s, kept, counters);
    }
    return Optional.empty();
  }

  /** The exact mixed dominator of {@code s} found via the LP and certified, if any. */
  private Optional<Dominator> mixedDominator(
      PlayerView view, int s, List<Integer> kept, Counters counters) {
    int k = view.n - 1;
    int[] others = new int[k];
    for (int t = 0, i = 0; t < view.n; t++) {
      if (t != s) {
        others[i++] = t;
      }
    }
    double[] sigma = solveLp(view, s, others);
    if (sigma == null) {
      counters.lpFailed++;
      return Optional.empty();
    }
    counters.lpSolved++;
    double margin = sigma[k];
    Tolerance tolerance = options.tolerance();
    if (margin <= tolerance.zero()) {
      return Optional.empty();
    }
    for (double precision : new double[] {margin / (2 * k), tolerance.zero()}) {
      BigFraction[] weights = rationalise(sigma, k, precision);
      if (weights != null && view.mixtureStrictlyDominates(others, weights, s, counters)) {
        counters.mixedCertified++;
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction w : weights) {
          sum = sum.add(w);
        }
        ImmutableSortedMap.Builder<Integer, BigFraction> b = ImmutableSortedMap.naturalOrder();
        for (int i = 0; i < k; i++) {
          if (weights[i].getNumerator().signum() > 0) {
            b.put(kept.get(others[i]), weights[i].divide(sum).reduce());
          }
        }
        return Optional.of(new Dominator(b.build()));
      }
    }
    counters.mixedNotCertified++;
    return Optional.empty();
  }

  /**
   * Solves the LP in {@code double}.
   *
   * @return the weights of {@code others} followed by the optimal margin (in units of the largest
   *     payoff difference), or null if the simplex method failed
   */
  private double[] solveLp(PlayerView view, int s, int[] others) {
    int k = others.length;
    double scale = 0;
    for (int base : view.bases) {
      double us = view.payoffAsDouble(s, base);
      for (int t : others) {
        scale = Math.max(scale, Math.abs(view.payoffAsDouble(t, base) - us));
      }
    }
    if (!(scale > 0 && Double.isFinite(scale))) {
      // All differences zero (s is a best response everywhere, never reached here) or
      // payoffs beyond double range: no floating search is possible.
      return null;
    }
    // Variables: sigma_1..sigma_k, then e = eps + 1 >= 0 (the margin is at least -1 once the
    // differences are scaled to [-1, 1], so the shift keeps every variable non-negative).
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int base : view.bases) {
      double us = view.payoffAsDouble(s, base);
      double[] row = new double[k + 1];
      for (int i = 0; i < k; i++) {
        row[i] = (view.payoffAsDouble(others[i], base) - us) / scale;
      }
      row[k] = -1;
      constraints.add(new LinearConstraint(row, Relationship.GEQ, -1));
    }
    double[] ones = new double[k + 1];
    Arrays.fill(ones, 0, k, 1);
    constraints.add(new LinearConstraint(ones, Relationship.EQ, 1));
    double[] eOnly = new double[k + 1];
    eOnly[k] = 1;
    constraints.add(new LinearConstraint(eOnly, Relationship.LEQ, 2));
    Tolerance tolerance = options.tolerance();
    try {
      PointValuePair optimum =
          new SimplexSolver(tolerance.ambiguous(), 10, tolerance.zero())
              .optimize(
                  new MaxIter(LP_MAX_ITERATIONS),
                  new LinearObjectiveFunction(eOnly, 0),
                  new LinearConstraintSet(constraints),
                  GoalType.MAXIMIZE,
                  new NonNegativeConstraint(true));
      double[] x = optimum.getPointRef().clone();
      x[k] -= 1;
      return x;
    } catch (MathIllegalStateException e) {
      // Too many iterations, or (numerically) infeasible or unbounded: the LP is feasible and
      // bounded in exact arithmetic, so this is a numerical failure; keep the strategy.
      return null;
    }
  }

  /**
   * Simple non-negative fractions within {@code precision} of the first {@code k} LP weights, or
   * null if they are all zero or a conversion fails.
   */
  private static BigFraction[] rationalise(double[] sigma, int k, double precision) {
    BigFraction[] w = new BigFraction[k];
    boolean positive = false;
    for (int i = 0; i < k; i++) {
      try {
        w[i] = new BigFraction(Math.max(0, sigma[i]), precision, FRACTION_MAX_ITERATIONS);
      } catch (FractionConversionException e) {
        return null;
      }
      positive |= w[i].getNumerator().signum() > 0;
    }
    return positive ? w : null;
  }

  /**
   * One player's view of the current game: its strategies and the cells where it plays its first
   * strategy (one per profile of the others), so that {@code base + t * stride} is the cell where
   * it plays {@code t} against that profile.
   */
  private static final class PlayerView {
    final NormalFormGame game;
    final int player;
    final int n;
    final int stride;
    final int[] bases;

    PlayerView(NormalFormGame game, int player) {
      this.game = game;
      this.player = player;
      this.n = game.numStrategies(player);
      this.stride = game.stride(player);
      this.bases = new int[game.numCells() / n];
      int block = stride * n;
      int i = 0;
      for (int high = 0; high < game.numCells(); high += block) {
        for (int base = high; base < high + stride; base++) {
          bases[i++] = base;
        }
      }
    }

    BigFraction payoff(int strategy, int base) {
      return game.payoff(player, base + strategy * stride);
    }

    double payoffAsDouble(int strategy, int base) {
      return game.payoffAsDouble(player, base + strategy * stride);
    }

    /** Which strategies are a best response to at least one profile of the others. */
    boolean[] weakBestResponses(Counters counters) {
      boolean[] cells = new boolean[game.numCells()];
      Arrays.fill(cells, true);
      counters.exactComparisons += BestResponses.retain(game, player, cells).exactComparisons();
      boolean[] best = new boolean[n];
      for (int base : bases) {
        for (int t = 0; t < n; t++) {
          best[t] |= cells[base + t * stride];
        }
      }
      return best;
    }

    boolean strictlyDominates(int t, int s, Counters counters) {
      for (int base : bases) {
        counters.exactComparisons++;
        if (payoff(t, base).compareTo(payoff(s, base)) <= 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the mixture with non-negative {@code weights} (not necessarily normalised, with a
     * positive sum) on {@code others} strictly dominates {@code s}: dividing by the positive sum
     * does not change the sign of {@code sum_i w_i (u(others_i, o) - u(s, o))}.
     */
    boolean mixtureStrictlyDominates(
        int[] others, BigFraction[] weights, int s, Counters counters) {
      for (int base : bases) {
        BigFraction us = payoff(s, base);
        BigFraction gain = BigFraction.ZERO;
        for (int i = 0; i < others.length; i++) {
          if (weights[i].getNumerator().signum() != 0) {
            gain = gain.add(weights[i].multiply(payoff(others[i], base).subtract(us)));
          }
        }
        counters.exactComparisons++;
        if (gain.getNumerator().signum() <= 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** Work counters of one call; never shared between calls. */
  private static final class Counters {
    long rounds;
    long exactComparisons;
    long lpSolved;
    long lpFailed;
    long mixedCertified;
    long mixedNotCertified;

    Map<String, Long> asMap() {
      return ImmutableMap.<String, Long>builder()
          .put("rounds", rounds)
          .put("exactComparisons", exactComparisons)
          .put("lpSolved", lpSolved)
          .put("lpFailed", lpFailed)
          .put("mixedCertified", mixedCertified)
          .put("mixedNotCertified", mixedNotCertified)
          .build();
    }
  }
}
