package org.leverage.solve.qre;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.leverage.game.DecimalProfile;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;

/**
 * Logit equilibrium selection (McKelvey and Palfrey 1995; Turocy 2005): among given equilibria of a
 * game, the one the principal branch of the logit QRE correspondence converges to. The branch's
 * limit ({@link LogitQreSolver#limit}, with default options) is compared with each candidate in
 * max-norm over all probabilities; the nearest is selected if it lies within {@link #TOLERANCE},
 * else none is (the limit is not among the candidates, e.g. because the list is incomplete or the
 * game is degenerate). Ties go to the first candidate in list order.
 *
 * <p>Entry point for selection frameworks: {@code LogitSelection.select(game, equilibria)} (or
 * {@link #selectExact} for exact profiles) and read {@link Selection#index()}.
 */
public final class LogitSelection {

  /** How close, in max-norm, the branch limit must be to a candidate to select it. */
  public static final double TOLERANCE = 1e-4;

  /**
   * What the branch selects.
   *
   * @param limit the limit of the principal branch
   * @param index the selected candidate's position in the given list, empty if none is within
   *     {@link #TOLERANCE}
   * @param distance the max-norm distance from the limit to the nearest candidate (infinite when
   *     there are no candidates)
   */
  public record Selection(DecimalProfile limit, OptionalInt index, double distance) {

    public Selection {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(index, "index");
    }
  }

  private LogitSelection() {}

  /**
   * The candidate the principal branch of {@code game} converges to.
   *
   * @throws IllegalArgumentException if a candidate does not fit the game's shape
   */
  public static Selection select(NormalFormGame game, List<DecimalProfile> equilibria) {
    DecimalProfile limit =
        LogitQreSolver.limit(game, LogitBranch.Options.DEFAULT).equilibrium().profile();
    double[] l = limit.flatten();
    int nearest = -1;
    double distance = Double.POSITIVE_INFINITY;
    for (int k = 0; k < equilibria.size(); k++) {
      DecimalProfile candidate = equilibria.get(k);
      checkShape(game, candidate, k);
      double d = maxDistance(l, candidate.flatten());
      if (d < distance) {
        distance = d;
        nearest = k;
      }
    }
    return new Selection(
        limit, distance <= TOLERANCE ? OptionalInt.of(nearest) : OptionalInt.empty(), distance);
  }

  /** As {@link #select} for exact equilibria, compared through their rounded probabilities. */
  public static Selection selectExact(NormalFormGame game, List<MixedProfile> equilibria) {
    return select(game, equilibria.stream().map(DecimalProfile::of).toList());
  }

  private static void checkShape(NormalFormGame game, DecimalProfile candidate, int k) {
    boolean fits = candidate.numPlayers() == game.numPlayers();
    for (int p = 0; fits && p < game.numPlayers(); p++) {
      fits = candidate.strategies().get(p).size() == game.numStrategies(p);
    }
    if (!fits) {
      throw new IllegalArgumentException(
          "equilibrium " + (k + 1) + " does not fit the game's " + game.shape() + " strategies");
    }
  }

  private static double maxDistance(double[] a, double[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d = Math.max(d, Math.abs(a[k] - b[k]));
    }
    return d;
  }
}
