package org.leverage.solve.correlated;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * What {@link CorrelatedEquilibriumSolver} found: correlated equilibria that maximise linear
 * objectives, each certified exactly.
 *
 * @param welfare the correlated equilibrium that maximises the sum of the payoffs
 * @param perPlayer for each player in order, a correlated equilibrium that maximises its payoff
 *     (and, among those, the sum of the payoffs)
 * @param counters work done ({@code lps} solved, simplex {@code pivots}), by name
 */
public record CorrelatedOptima(
    Optimum welfare, List<Optimum> perPlayer, Map<String, Long> counters) {

  public CorrelatedOptima {
    Objects.requireNonNull(welfare, "welfare");
    perPlayer = ImmutableList.copyOf(perPlayer);
    counters = ImmutableSortedMap.copyOf(counters);
  }

  /**
   * One optimal correlated equilibrium.
   *
   * @param check the distribution with its expected payoffs and the exact gain of every incentive
   *     constraint, none positive
   */
  public record Optimum(IncentiveCheck check) {

    public Optimum {
      if (!check.isCorrelatedEquilibrium()) {
        throw new IllegalArgumentException(
            "not a correlated equilibrium: " + check.violations().size() + " violated constraints");
      }
    }

    public CorrelatedDistribution distribution() {
      return check.distribution();
    }

    /** Each player's expected payoff. */
    public List<BigFraction> payoffs() {
      return check.payoffs();
    }

    /** The sum of the expected payoffs. */
    public BigFraction welfare() {
      return payoffs().stream().reduce(BigFraction.ZERO, BigFraction::add);
    }
  }
}
