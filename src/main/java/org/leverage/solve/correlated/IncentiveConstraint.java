package org.leverage.solve.correlated;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;

/**
 * One incentive constraint of a correlated equilibrium: {@code player}, told to play {@code
 * recommended}, does not gain by playing {@code deviation} instead. For a distribution {@code p}
 * over cells its gain is {@code sum over cells c with c_player = recommended of p(c) (u(c with
 * c_player = deviation) - u(c))}; the constraint holds when the gain is {@code <= 0}.
 *
 * @param player 0-based
 * @param recommended 0-based strategy of {@code player}
 * @param deviation 0-based strategy of {@code player}, not {@code recommended}
 */
public record IncentiveConstraint(int player, int recommended, int deviation) {

  public IncentiveConstraint {
    if (recommended == deviation) {
      throw new IllegalArgumentException(
          "a deviation must differ from the recommendation but both were " + recommended);
    }
  }

  /**
   * Every incentive constraint of {@code game}, {@code sum_i m_i (m_i - 1)} of them, ordered by
   * player, then recommended strategy, then deviation.
   */
  public static List<IncentiveConstraint> of(NormalFormGame game) {
    ImmutableList.Builder<IncentiveConstraint> b = ImmutableList.builder();
    for (int i = 0; i < game.numPlayers(); i++) {
      for (int s = 0; s < game.numStrategies(i); s++) {
        for (int t = 0; t < game.numStrategies(i); t++) {
          if (s != t) {
            b.add(new IncentiveConstraint(i, s, t));
          }
        }
      }
    }
    return b.build();
  }

  /** The number of incentive constraints of {@code game}, computed without listing them. */
  public static long count(NormalFormGame game) {
    long k = 0;
    for (int i = 0; i < game.numPlayers(); i++) {
      long m = game.numStrategies(i);
      k += m * (m - 1);
    }
    return k;
  }

  /**
   * The gain of this deviation per unit of probability on each cell: {@code u(c with c_player =
   * deviation) - u(c)} on the cells where {@code player} is told {@code recommended}, zero
   * elsewhere. The gain under {@code p} is the dot product with {@code p}.
   */
  BigFraction[] gainPerCell(NormalFormGame game) {
    BigFraction[] g = new BigFraction[game.numCells()];
    int stride = game.stride(player);
    int shift = (deviation - recommended) * stride;
    for (int c = 0; c < g.length; c++) {
      boolean told = (c / stride) % game.numStrategies(player) == recommended;
      g[c] =
          told ? game.payoff(player, c + shift).subtract(game.payoff(player, c)) : BigFraction.ZERO;
    }
    return g;
  }

  /** The gain of this deviation under the distribution {@code p} over cells. */
  public BigFraction gain(NormalFormGame game, CorrelatedDistribution p) {
    BigFraction[] g = gainPerCell(game);
    BigFraction sum = BigFraction.ZERO;
    for (int c = 0; c < g.length; c++) {
      BigFraction q = p.probabilities().get(c);
      if (q.getNumerator().signum() != 0 && g[c].getNumerator().signum() != 0) {
        sum = sum.add(q.multiply(g[c]));
      }
    }
    return sum;
  }
}
