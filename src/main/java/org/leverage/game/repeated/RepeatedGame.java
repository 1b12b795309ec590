package org.leverage.game.repeated;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;

/**
 * A two-player stage game repeated with a common discount factor, for a finite number of periods or
 * forever. Payoffs of the repeated game are normalised discounted sums {@code (1 - delta) sum_t
 * delta^t u_t}, on the scale of stage payoffs.
 *
 * @param stage the stage game, two players, exact payoffs
 * @param discount the discount factor, in [0, 1)
 * @param horizon the number of periods, or empty for infinite repetition
 */
public record RepeatedGame(NormalFormGame stage, BigFraction discount, OptionalInt horizon) {

  public RepeatedGame {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(horizon, "horizon");
    requireTwoPlayers("a repeated game", stage.numPlayers());
    checkDiscount(discount);
    if (horizon.isPresent() && horizon.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "horizon must be at least 1 period but was " + horizon.getAsInt());
    }
  }

  /** Checks that {@code discount} lies in [0, 1). */
  public static BigFraction checkDiscount(BigFraction discount) {
    Objects.requireNonNull(discount, "discount");
    if (discount.compareTo(BigFraction.ZERO) < 0 || discount.compareTo(BigFraction.ONE) >= 0) {
      throw new IllegalArgumentException("discount factor must be in [0, 1) but was " + discount);
    }
    return discount;
  }
}
