package org.leverage.solve.repeated;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The smallest discount factor at which a target profile is sustained by a punishment threat: every
 * discount factor in {@code [discount, 1)} sustains it.
 *
 * @param discount the threshold, the largest of the players' thresholds; {@code 1} when no discount
 *     factor below 1 sustains the profile
 * @param perPlayer each player's own threshold {@code (D - R) / (D - P)}, 0 when the player cannot
 *     gain by deviating, capped at 1 when the punishment is not worse than the target
 * @param punishmentPayoffs each player's payoff in the punishment phase
 */
public record DiscountThreshold(
    BigFraction discount, List<BigFraction> perPlayer, List<BigFraction> punishmentPayoffs) {

  public DiscountThreshold {
    Objects.requireNonNull(discount, "discount");
    perPlayer = ImmutableList.copyOf(perPlayer);
    punishmentPayoffs = ImmutableList.copyOf(punishmentPayoffs);
  }

  /** Whether some discount factor below 1 sustains the profile. */
  public boolean sustainable() {
    return discount.compareTo(BigFraction.ONE) < 0;
  }
}
