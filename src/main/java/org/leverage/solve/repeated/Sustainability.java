package org.leverage.solve.repeated;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;

/**
 * Smallest discount factors that sustain a pure target profile of an infinitely repeated two-player
 * game, exactly.
 *
 * <p>Player i, earning {@code R_i} at the target and at most {@code D_i = max_a u_i(a, target_-i)}
 * by a one-period deviation, followed by punishment payoffs {@code P_i} forever, does not deviate
 * iff {@code (1 - delta) D_i + delta P_i <= R_i}, i.e. {@code delta >= (D_i - R_i) / (D_i - P_i)}
 * (Friedman 1971; any text, e.g. Mailath and Samuelson 2006, ch. 2). With the prisoner's dilemma
 * payoffs T > R > P > S and grim trigger to mutual defection this is {@code (T - R) / (T - P)}.
 *
 * <ul>
 *   <li>{@link #grimTrigger}: punishment is a stage Nash equilibrium played forever, so the threat
 *       is credible and the target is a subgame-perfect outcome for every {@code delta} at or above
 *       the threshold.
 *   <li>{@link #minmaxPunishment}: punishment holds each deviator to its minmax value, the harshest
 *       possible; the threshold is the lowest any punishment can achieve. Whether such a punishment
 *       is itself credible (Fudenberg-Maskin 1986) is not checked.
 * </ul>
 */
public final class Sustainability {

  private Sustainability() {}

  /** The threshold with grim trigger to the stage Nash equilibrium {@code punishment}. */
  public static DiscountThreshold grimTrigger(
      NormalFormGame game, int[] target, MixedProfile punishment) {
    if (!punishment.fits(game) || !ProfilePayoffs.isNashEquilibrium(game, punishment)) {
      throw new IllegalArgumentException(
          "grim-trigger punishment must be a Nash equilibrium of the stage game but "
              + punishment
              + " is not");
    }
    BigFraction[] p = {
      ProfilePayoffs.expectedPayoff(game, punishment, 0),
      ProfilePayoffs.expectedPayoff(game, punishment, 1)
    };
    return threshold(game, target, p);
  }

  /** The threshold with minmax punishment: mixed minmax values when {@code mixed}, else pure. */
  public static DiscountThreshold minmaxPunishment(
      NormalFormGame game, int[] target, boolean mixed) {
    BigFraction[] p = new BigFraction[2];
    for (int i = 0; i < 2; i++) {
      p[i] = (mixed ? Minmax.mixed(game, i) : Minmax.pure(game, i)).value();
    }
    return threshold(game, target, p);
  }

  /** The threshold for given punishment payoffs {@code punishmentPayoffs[i]} of each player. */
  public static DiscountThreshold threshold(
      NormalFormGame game, int[] target, BigFraction[] punishmentPayoffs) {
    requireTwoPlayers("discount thresholds", game.numPlayers());
    if (punishmentPayoffs.length != 2) {
      throw new IllegalArgumentException(
          "discount thresholds need two punishment payoffs but were given "
              + punishmentPayoffs.length);
    }
    int cell = game.cellIndex(target);
    BigFraction worst = BigFraction.ZERO;
    List<BigFraction> perPlayer = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      BigFraction r = game.payoff(i, cell);
      BigFraction d = r;
      int[] profile = target.clone();
      for (int a = 0; a < game.numStrategies(i); a++) {
        profile[i] = a;
        BigFraction u = game.payoff(i, game.cellIndex(profile));
        d = u.compareTo(d) > 0 ? u : d;
      }
      BigFraction t;
      if (d.compareTo(r) <= 0) {
        t = BigFraction.ZERO;
      } else if (r.compareTo(punishmentPayoffs[i]) <= 0) {
        t = BigFraction.ONE;
      } else {
        t = d.subtract(r).divide(d.subtract(punishmentPayoffs[i])).reduce();
      }
      perPlayer.add(t);
      worst = t.compareTo(worst) > 0 ? t : worst;
    }
    return new DiscountThreshold(worst, perPlayer, List.of(punishmentPayoffs));
  }

  /**
   * One player's threshold {@code (D - R) / (D - P)} in {@code double}, for models whose payoffs
   * are doubles (such as a period's stage payoffs of a dynamic game): 0 when {@code D <= R}, 1 when
   * {@code R <= P} (no discount factor below 1 suffices), with the same rule as the exact {@link
   * #threshold}.
   *
   * @param reward R, the payoff of the target profile
   * @param deviation D, the best payoff of a one-period deviation
   * @param punishment P, the payoff in the punishment phase
   */
  public static double threshold(double reward, double deviation, double punishment) {
    if (!(Double.isFinite(reward) && Double.isFinite(deviation) && Double.isFinite(punishment))) {
      throw new IllegalArgumentException(
          "payoffs must be finite but were R=" + reward + ", D=" + deviation + ", P=" + punishment);
    }
    if (deviation <= reward) {
      return 0;
    }
    if (reward <= punishment) {
      return 1;
    }
    return (deviation - reward) / (deviation - punishment);
  }
}
