package org.leverage.game;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * One exact mixed strategy per player. Probabilities are non-negative and sum to exactly one for
 * each player; both are checked on construction.
 */
public record MixedProfile(List<List<BigFraction>> strategies) {

  /**
   * Canonical order: lexicographic on the flattened probabilities, larger first, so that pure
   * strategies listed first in the file come first.
   */
  public static final Comparator<MixedProfile> CANONICAL_ORDER =
      (x, y) -> {
        List<BigFraction> fx = x.flatten();
        List<BigFraction> fy = y.flatten();
        for (int i = 0; i < Math.min(fx.size(), fy.size()); i++) {
          int c = fy.get(i).compareTo(fx.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(fx.size(), fy.size());
      };

  public MixedProfile {
    ImmutableList.Builder<List<BigFraction>> copy = ImmutableList.builder();
    for (int p = 0; p < strategies.size(); p++) {
      List<BigFraction> probs = ImmutableList.copyOf(strategies.get(p));
      BigFraction sum = BigFraction.ZERO;
      for (BigFraction x : probs) {
        if (x.compareTo(BigFraction.ZERO) < 0) {
          throw new IllegalArgumentException(
              "probability of player " + (p + 1) + " must be non-negative but was " + x);
        }
        sum = sum.add(x);
      }
      if (!sum.equals(BigFraction.ONE)) {
        throw new IllegalArgumentException(
            "probabilities of player " + (p + 1) + " must sum to 1 but sum to " + sum);
      }
      copy.add(probs.stream().map(BigFraction::reduce).collect(ImmutableList.toImmutableList()));
    }
    strategies = copy.build();
  }

  /** The profile where every player plays the given pure strategy. */
  public static MixedProfile pure(NormalFormGame game, int... pureStrategies) {
    ImmutableList.Builder<List<BigFraction>> b = ImmutableList.builder();
    for (int p = 0; p < game.numPlayers(); p++) {
      BigFraction[] probs = new BigFraction[game.numStrategies(p)];
      for (int s = 0; s < probs.length; s++) {
        probs[s] = s == pureStrategies[p] ? BigFraction.ONE : BigFraction.ZERO;
      }
      b.add(ImmutableList.copyOf(probs));
    }
    return new MixedProfile(b.build());
  }

  public int numPlayers() {
    return strategies.size();
  }

  public BigFraction probability(int player, int strategy) {
    return strategies.get(player).get(strategy);
  }

  /** Every probability, player by player, in strategy order (Gambit's {@code NE,} order). */
  public List<BigFraction> flatten() {
    ImmutableList.Builder<BigFraction> b = ImmutableList.builder();
    strategies.forEach(b::addAll);
    return b.build();
  }

  /** Whether the profile assigns probabilities to exactly the strategies of {@code game}. */
  public boolean fits(NormalFormGame game) {
    if (strategies.size() != game.numPlayers()) {
      return false;
    }
    for (int p = 0; p < strategies.size(); p++) {
      if (strategies.get(p).size() != game.numStrategies(p)) {
        return false;
      }
    }
    return true;
  }

  /*
   * equals and hashCode are the record's own (equal probabilities), written out: the generated ones
   * are linked by a method-handle bootstrap on first use, which cost a small solve about 30 ms.
   */

  @Override
  public boolean equals(Object o) {
    return o instanceof MixedProfile other && strategies.equals(other.strategies);
  }

  @Override
  public int hashCode() {
    return strategies.hashCode();
  }
}
