package org.leverage.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regime of a scenario, solved: both players' discounted expected payoffs from the initial state,
 * their split into terms, the first period's actions, the expected path, and where the backward
 * induction met a near tie. Immutable.
 *
 * @param regime which regime
 * @param usValue the US's discounted expected payoff {@code VUS_0(x0)} (USD bn)
 * @param chinaValue China's discounted expected payoff {@code VCN_0(x0)} (USD bn)
 * @param components the payoffs split into their terms along the expected path
 * @param firstUsAction the US action at {@code x0} in period 0
 * @param firstChinaAction China's reply at {@code x0} in period 0
 * @param path periods {@code 0 .. T}
 * @param nearTies nodes where a best response won by less than the tolerance without an exact tie
 *     (where rounding could decide)
 */
public record RegimeOutcome(
    Regime regime,
    double usValue,
    double chinaValue,
    PayoffComponents components,
    String firstUsAction,
    String firstChinaAction,
    List<PathPoint> path,
    long nearTies) {

  public RegimeOutcome {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(components, "components");
    path = ImmutableList.copyOf(path);
  }

  /**
   * The path point of the period that starts nearest to {@code year} (its own year is in the
   * point), or empty when that period lies beyond the horizon.
   */
  public Optional<PathPoint> atYear(double year) {
    if (path.size() < 2) {
      return Optional.empty();
    }
    long t = Math.round(year / path.get(1).year());
    return t >= 0 && t < path.size() ? Optional.of(path.get((int) t)) : Optional.empty();
  }

  /**
   * The share of the lever's initial strength left at {@code point}: {@code E[f e] / (f0 e0)}, or
   * NaN when there was no lever to begin with.
   */
  public double leverageShare(PathPoint point) {
    double initial = path.get(0).leverageBase();
    return initial == 0 ? Double.NaN : point.leverageBase() / initial;
  }
}
