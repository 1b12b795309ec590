package org.leverage.game;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact expected payoffs of mixed profiles, regrets and the Nash equilibrium check. Only cells in
 * the product of the supports are visited, so small supports of large games are cheap.
 */
public final class ProfilePayoffs {

  private ProfilePayoffs() {}

  /**
   * The expected payoff to {@code player} of each of its pure strategies against the others' mixed
   * strategies in {@code profile}.
   */
  public static BigFraction[] strategyValues(
      NormalFormGame game, MixedProfile profile, int player) {
    requireFit(game, profile);
    BigFraction[] values = new BigFraction[game.numStrategies(player)];
    java.util.Arrays.fill(values, BigFraction.ZERO);
    accumulate(game, profile, player, 0, 0, BigFraction.ONE, values);
    return values;
  }

  private static void accumulate(
      NormalFormGame game,
      MixedProfile profile,
      int player,
      int depth,
      int cell,
      BigFraction weight,
      BigFraction[] values) {
    if (depth == game.numPlayers()) {
      for (int s = 0; s < values.length; s++) {
        BigFraction u = game.payoff(player, cell + s * game.stride(player));
        if (u.getNumerator().signum() != 0) {
          values[s] = values[s].add(weight.multiply(u));
        }
      }
      return;
    }
    if (depth == player) {
      accumulate(game, profile, player, depth + 1, cell, weight, values);
      return;
    }
    for (int s = 0; s < game.numStrategies(depth); s++) {
      BigFraction p = profile.probability(depth, s);
      if (p.getNumerator().signum() != 0) {
        accumulate(
            game,
            profile,
            player,
            depth + 1,
            cell + s * game.stride(depth),
            weight.multiply(p),
            values);
      }
    }
  }

  /** The expected payoff of {@code player} under {@code profile}. */
  public static BigFraction expectedPayoff(NormalFormGame game, MixedProfile profile, int player) {
    return expectation(strategyValues(game, profile, player), profile, player);
  }

  /** How much {@code player} could gain by the best unilateral deviation: never negative. */
  public static BigFraction regret(NormalFormGame game, MixedProfile profile, int player) {
    BigFraction[] values = strategyValues(game, profile, player);
    BigFraction best = values[0];
    for (BigFraction v : values) {
      best = v.compareTo(best) > 0 ? v : best;
    }
    return best.subtract(expectation(values, profile, player));
  }

  /** Whether no player gains by deviating, checked exactly. */
  public static boolean isNashEquilibrium(NormalFormGame game, MixedProfile profile) {
    for (int p = 0; p < game.numPlayers(); p++) {
      if (regret(game, profile, p).getNumerator().signum() != 0) {
        return false;
      }
    }
    return true;
  }

  private static BigFraction expectation(BigFraction[] values, MixedProfile profile, int player) {
    BigFraction sum = BigFraction.ZERO;
    for (int s = 0; s < values.length; s++) {
      BigFraction p = profile.probability(player, s);
      if (p.getNumerator().signum() != 0) {
        sum = sum.add(p.multiply(values[s]));
      }
    }
    return sum.reduce();
  }

  private static void requireFit(NormalFormGame game, MixedProfile profile) {
    if (!profile.fits(game)) {
      throw new IllegalArgumentException(
          "profile does not fit game " + game + ": wrong number of players or strategies");
    }
  }
}
