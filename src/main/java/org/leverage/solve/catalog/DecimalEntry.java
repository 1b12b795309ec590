package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.List;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;

/**
 * One equilibrium found in floating point with what a reader needs beside the probabilities: its
 * regret, each player's expected payoff and the payoff of each of its pure strategies against the
 * others, all in double.
 */
public record DecimalEntry(
    ApproximateSolver.Equilibrium equilibrium,
    List<Double> payoffs,
    List<List<Double>> strategyValues) {

  public DecimalEntry {
    payoffs = ImmutableList.copyOf(payoffs);
    strategyValues =
        strategyValues.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  public static DecimalEntry of(NormalFormGame game, ApproximateSolver.Equilibrium e) {
    ImmutableList.Builder<Double> payoffs = ImmutableList.builder();
    ImmutableList.Builder<List<Double>> values = ImmutableList.builder();
    for (int p = 0; p < game.numPlayers(); p++) {
      payoffs.add(e.profile().expectedPayoff(game, p));
      values.add(Doubles.asList(e.profile().strategyValues(game, p)));
    }
    return new DecimalEntry(e, payoffs.build(), values.build());
  }
}
