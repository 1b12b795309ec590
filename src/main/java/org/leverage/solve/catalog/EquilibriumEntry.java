package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;

/**
 * One equilibrium with what a reader needs beside the probabilities: each player's expected payoff
 * and the payoff of each of its pure strategies against the others (equal on the support, no larger
 * off it).
 */
public record EquilibriumEntry(
    MixedProfile profile, List<BigFraction> payoffs, List<List<BigFraction>> strategyValues) {

  public EquilibriumEntry {
    payoffs = ImmutableList.copyOf(payoffs);
    strategyValues =
        strategyValues.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  public static EquilibriumEntry of(NormalFormGame game, MixedProfile profile) {
    ImmutableList.Builder<BigFraction> payoffs = ImmutableList.builder();
    ImmutableList.Builder<List<BigFraction>> values = ImmutableList.builder();
    for (int p = 0; p < game.numPlayers(); p++) {
      payoffs.add(ProfilePayoffs.expectedPayoff(game, profile, p));
      values.add(ImmutableList.copyOf(ProfilePayoffs.strategyValues(game, profile, p)));
    }
    return new EquilibriumEntry(profile, payoffs.build(), values.build());
  }
}
