package org.leverage.solve.correlated;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;

/**
 * Whether a distribution over cells is a correlated equilibrium, decided exactly: the gain of every
 * {@link IncentiveConstraint}, the violated ones being those with a gain {@code > 0}.
 *
 * @param distribution the distribution checked
 * @param payoffs each player's expected payoff under it
 * @param gains every incentive constraint with its exact gain, in {@link IncentiveConstraint#of}
 *     order
 */
public record IncentiveCheck(
    CorrelatedDistribution distribution, List<BigFraction> payoffs, List<Gain> gains) {

  /** One incentive constraint and its gain: violated when the gain is positive. */
  public record Gain(IncentiveConstraint constraint, BigFraction gain) {
    public Gain {
      Objects.requireNonNull(constraint, "constraint");
      gain = gain.reduce();
    }

    public boolean violated() {
      return gain.compareTo(BigFraction.ZERO) > 0;
    }
  }

  public IncentiveCheck {
    Objects.requireNonNull(distribution, "distribution");
    payoffs = ImmutableList.copyOf(payoffs);
    gains = ImmutableList.copyOf(gains);
  }

  /** Checks {@code distribution} in {@code game}. */
  public static IncentiveCheck of(NormalFormGame game, CorrelatedDistribution distribution) {
    if (!distribution.fits(game)) {
      throw new IllegalArgumentException(
          "distribution has "
              + distribution.probabilities().size()
              + " cells but the game has "
              + game.numCells());
    }
    List<Gain> gains =
        IncentiveConstraint.of(game).stream()
            .map(k -> new Gain(k, k.gain(game, distribution)))
            .toList();
    return new IncentiveCheck(distribution, distribution.expectedPayoffs(game), gains);
  }

  /** The violated constraints, in order. */
  public List<Gain> violations() {
    return gains.stream().filter(Gain::violated).collect(ImmutableList.toImmutableList());
  }

  /** Whether no incentive constraint is violated. */
  public boolean isCorrelatedEquilibrium() {
    return gains.stream().noneMatch(Gain::violated);
  }
}
