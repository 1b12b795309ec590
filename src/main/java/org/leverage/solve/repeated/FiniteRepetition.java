package org.leverage.solve.repeated;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumLimitException;

/**
 * Pure-strategy subgame-perfect equilibria of a finitely repeated two-player game, exactly, by
 * backward induction on payoff sets (Benoit and Krishna 1985, Econometrica 53; the finite horizon
 * version of Abreu, Pearce and Stacchetti 1990).
 *
 * <p>{@code W_n = {(0, 0)}}; for {@code t = n-1 .. 0}, {@code W_t} holds {@code u(a) + delta w} for
 * every pure profile a and {@code w} in {@code W_t+1} such that no player i gains by a one-period
 * deviation when it is then punished by its worst continuation equilibrium: {@code max_d u_i(d,
 * a_-i) - u_i(a) <= delta (w_i - min_{w' in W_t+1} w'_i)}. {@code W_t} is then the set of pure SPE
 * payoffs (unnormalised discounted sums) of the game from period t on; {@code W_n-1} is the set of
 * pure stage equilibrium payoffs. With a unique pure stage equilibrium every {@code W_t} is a
 * single point and the only pure SPE repeats it; with several, reward and punishment can sustain
 * other profiles in early periods.
 *
 * <p>Only pure strategies: a stage game without a pure equilibrium gives empty sets. Cost: {@code
 * O(c |W_t+1|)} exact operations per period for {@code c} cells; the sets can grow like {@code
 * c^(n-t)}, and more than {@link #MAX_POINTS} points per period are refused.
 */
public final class FiniteRepetition {

  /** The most payoff points kept per period. */
  public static final int MAX_POINTS = 100_000;

  private FiniteRepetition() {}

  /** How a payoff point of period t is reached: the profile played and the continuation. */
  private record Step(int cell, PayoffPoint continuation) {}

  /** The SPE payoff sets per period and, for each point, one path that attains it. */
  public static final class Result {
    private final NormalFormGame game;
    private final BigFraction discount;
    private final List<TreeMap<PayoffPoint, Step>> levels;

    private Result(
        NormalFormGame game, BigFraction discount, List<TreeMap<PayoffPoint, Step>> levels) {
      this.game = game;
      this.discount = discount;
      this.levels = levels;
    }

    public int horizon() {
      return levels.size() - 1;
    }

    public BigFraction discount() {
      return discount;
    }

    /**
     * The pure SPE payoffs (unnormalised discounted sums) of the game from {@code period} on, in
     * {@link PayoffPoint#LEXICOGRAPHIC} order; {@code period = horizon()} gives {@code (0, 0)}.
     */
    public List<PayoffPoint> payoffs(int period) {
      if (period < 0 || period > horizon()) {
        throw new IllegalArgumentException(
            "period must be in [0, " + horizon() + "] but was " + period);
      }
      return ImmutableList.copyOf(levels.get(period).keySet());
    }

    /**
     * One equilibrium path from period 0 with payoffs {@code target}: the strategy of each player
     * per period (the first found in cell order).
     */
    public List<int[]> path(PayoffPoint target) {
      if (!levels.get(0).containsKey(target)) {
        throw new IllegalArgumentException(target + " is not a pure SPE payoff from period 0");
      }
      List<int[]> path = new ArrayList<>();
      PayoffPoint p = target;
      for (int t = 0; t < horizon(); t++) {
        Step s = levels.get(t).get(p);
        path.add(game.strategiesOfCell(s.cell()));
        p = s.continuation();
      }
      return path;
    }
  }

  /**
   * @param horizon the number of periods, at least 1
   * @param discount the discount factor, in (0, 1]
   */
  public static Result solve(NormalFormGame game, int horizon, BigFraction discount) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(discount, "discount");
    requireTwoPlayers("finite repetition", game.numPlayers());
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 period but was " + horizon);
    }
    if (discount.compareTo(BigFraction.ZERO) <= 0 || discount.compareTo(BigFraction.ONE) > 0) {
      throw new IllegalArgumentException("discount factor must be in (0, 1] but was " + discount);
    }
    int cells = game.numCells();
    BigFraction[][] gain = new BigFraction[cells][2];
    for (int c = 0; c < cells; c++) {
      for (int p = 0; p < 2; p++) {
        int[] profile = game.strategiesOfCell(c);
        BigFraction best = game.payoff(p, c);
        for (int d = 0; d < game.numStrategies(p); d++) {
          profile[p] = d;
          BigFraction u = game.payoff(p, game.cellIndex(profile));
          best = u.compareTo(best) > 0 ? u : best;
        }
        gain[c][p] = best.subtract(game.payoff(p, c));
      }
    }
    List<TreeMap<PayoffPoint, Step>> levels = new ArrayList<>();
    for (int t = 0; t <= horizon; t++) {
      levels.add(new TreeMap<>(PayoffPoint.LEXICOGRAPHIC));
    }
    levels.get(horizon).put(new PayoffPoint(BigFraction.ZERO, BigFraction.ZERO), null);
    for (int t = horizon - 1; t >= 0; t--) {
      TreeMap<PayoffPoint, Step> next = levels.get(t + 1);
      TreeMap<PayoffPoint, Step> here = levels.get(t);
      if (next.isEmpty()) {
        break;
      }
      BigFraction[] worst = new BigFraction[2];
      for (int p = 0; p < 2; p++) {
        for (PayoffPoint w : next.keySet()) {
          worst[p] = worst[p] == null || w.get(p).compareTo(worst[p]) < 0 ? w.get(p) : worst[p];
        }
      }
      for (int c = 0; c < cells; c++) {
        for (Map.Entry<PayoffPoint, Step> e : next.entrySet()) {
          PayoffPoint w = e.getKey();
          if (sustains(gain[c], w, worst, discount)) {
            here.putIfAbsent(
                new PayoffPoint(
                    game.payoff(0, c).add(discount.multiply(w.u0())),
                    game.payoff(1, c).add(discount.multiply(w.u1()))),
                new Step(c, w));
            if (here.size() > MAX_POINTS) {
              throw new EquilibriumLimitException(
                  "more than "
                      + MAX_POINTS
                      + " pure SPE payoff points in period "
                      + t
                      + " of "
                      + horizon,
                  "try a shorter horizon");
            }
          }
        }
      }
    }
    return new Result(game, discount, levels);
  }

  private static boolean sustains(
      BigFraction[] gain, PayoffPoint w, BigFraction[] worst, BigFraction discount) {
    for (int p = 0; p < 2; p++) {
      if (gain[p].compareTo(discount.multiply(w.get(p).subtract(worst[p]))) > 0) {
        return false;
      }
    }
    return true;
  }
}
