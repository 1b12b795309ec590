package org.leverage.solve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;

/**
 * Finds Nash equilibria of normal-form games of any number of players in floating point: the
 * numerical methods ({@code enumpoly}, {@code simpdiv}, {@code gnm}, {@code qre}) whose equilibria
 * are in general irrational, so cannot be certified exactly. Each equilibrium carries its regret,
 * computed from the game's payoffs, so the reader sees how close to an equilibrium it is.
 * Implementations are stateless.
 */
public interface ApproximateSolver {

  /**
   * Solves {@code game} under {@code watch}: the solver looks at the watch between units of work,
   * tells it of its progress and of each equilibrium as it is accepted, and stops when it says so.
   *
   * @throws IllegalArgumentException if the method does not apply to this game
   * @throws SolverLimitException if a limit was reached before the answer was complete, {@link
   *     TimeLimitException} if the watch stopped the solver
   */
  Result solve(NormalFormGame game, Watch watch);

  /** Solves {@code game} with nothing watching. */
  default Result solve(NormalFormGame game) {
    return solve(game, Watch.NONE);
  }

  /**
   * The regret below which this solver accepts a profile of {@code game} as an equilibrium: the
   * {@link Result#tolerance()} of its results.
   */
  double tolerance(NormalFormGame game);

  /**
   * One equilibrium found in floating point.
   *
   * @param profile the strategies
   * @param regret {@link DecimalProfile#maxRegret} of the profile in the solved game
   */
  record Equilibrium(DecimalProfile profile, double regret) {

    public Equilibrium {
      Objects.requireNonNull(profile, "profile");
      if (!(regret >= 0)) {
        throw new IllegalArgumentException("regret must be >= 0 but was " + regret);
      }
    }

    /** The profile with its regret in {@code game}. */
    public static Equilibrium of(NormalFormGame game, DecimalProfile profile) {
      return new Equilibrium(profile, profile.maxRegret(game));
    }
  }

  /**
   * What a solver found.
   *
   * @param method the method's command-line name
   * @param equilibria distinct equilibria, in any order; kept in {@link
   *     DecimalProfile#CANONICAL_ORDER}
   * @param tolerance the regret below which the method accepts a profile as an equilibrium
   * @param complete whether the method claims to have found every equilibrium ({@code enumpoly})
   *     or, like path following, only some
   * @param counters work done (supports tried, steps, restarts), by name
   * @throws IllegalArgumentException if an equilibrium is listed twice
   */
  record Result(
      String method,
      List<Equilibrium> equilibria,
      double tolerance,
      boolean complete,
      Map<String, Long> counters) {

    public Result {
      equilibria =
          equilibria.stream()
              .sorted((a, b) -> DecimalProfile.CANONICAL_ORDER.compare(a.profile(), b.profile()))
              .collect(ImmutableList.toImmutableList());
      for (int k = 1; k < equilibria.size(); k++) {
        if (equilibria.get(k).profile().equals(equilibria.get(k - 1).profile())) {
          throw new IllegalArgumentException(
              method + " listed the equilibrium " + equilibria.get(k).profile() + " twice");
        }
      }
      if (!(tolerance > 0)) {
        throw new IllegalArgumentException("tolerance must be positive but was " + tolerance);
      }
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }
}
