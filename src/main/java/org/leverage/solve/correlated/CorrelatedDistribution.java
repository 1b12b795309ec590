package org.leverage.solve.correlated;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;

/**
 * An exact probability distribution over the cells of a normal-form game: non-negative, summing to
 * exactly one, both checked on construction.
 *
 * @param probabilities one per cell, in the game's cell order (the first player's strategy varies
 *     fastest)
 */
public record CorrelatedDistribution(List<BigFraction> probabilities) {

  public CorrelatedDistribution {
    probabilities =
        probabilities.stream().map(BigFraction::reduce).collect(ImmutableList.toImmutableList());
    BigFraction sum = BigFraction.ZERO;
    for (int c = 0; c < probabilities.size(); c++) {
      if (probabilities.get(c).compareTo(BigFraction.ZERO) < 0) {
        throw new IllegalArgumentException(
            "probability of cell " + c + " must be non-negative but was " + probabilities.get(c));
      }
      sum = sum.add(probabilities.get(c));
    }
    if (!sum.equals(BigFraction.ONE)) {
      throw new IllegalArgumentException("probabilities must sum to 1 but sum to " + sum);
    }
  }

  /**
   * The distribution over cells of independent play of {@code profile}: each cell's probability is
   * the product of its strategies' probabilities.
   */
  public static CorrelatedDistribution product(NormalFormGame game, MixedProfile profile) {
    if (!profile.fits(game)) {
      throw new IllegalArgumentException("the profile does not fit the game " + game.shape());
    }
    ImmutableList.Builder<BigFraction> b = ImmutableList.builder();
    for (int c = 0; c < game.numCells(); c++) {
      int[] s = game.strategiesOfCell(c);
      BigFraction q = BigFraction.ONE;
      for (int i = 0; i < s.length; i++) {
        q = q.multiply(profile.probability(i, s[i]));
      }
      b.add(q);
    }
    return new CorrelatedDistribution(b.build());
  }

  /** Whether this distribution has one probability per cell of {@code game}. */
  public boolean fits(NormalFormGame game) {
    return probabilities.size() == game.numCells();
  }

  /** The expected payoff of {@code player} in {@code game}. */
  public BigFraction expectedPayoff(NormalFormGame game, int player) {
    requireFit(game);
    BigFraction sum = BigFraction.ZERO;
    for (int c = 0; c < probabilities.size(); c++) {
      if (probabilities.get(c).getNumerator().signum() != 0) {
        sum = sum.add(probabilities.get(c).multiply(game.payoff(player, c)));
      }
    }
    return sum;
  }

  /** Every player's expected payoff in {@code game}, in player order. */
  public List<BigFraction> expectedPayoffs(NormalFormGame game) {
    ImmutableList.Builder<BigFraction> b = ImmutableList.builder();
    for (int i = 0; i < game.numPlayers(); i++) {
      b.add(expectedPayoff(game, i));
    }
    return b.build();
  }

  private void requireFit(NormalFormGame game) {
    if (!fits(game)) {
      throw new IllegalArgumentException(
          "distribution has "
              + probabilities.size()
              + " cells but the game has "
              + game.numCells());
    }
  }
}
