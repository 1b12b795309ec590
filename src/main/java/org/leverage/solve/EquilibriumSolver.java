package org.leverage.solve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Rationals;

/** Finds Nash equilibria of normal-form games. Implementations are stateless. */
public interface EquilibriumSolver {

  /**
   * Solves {@code game} under {@code watch}: the solver looks at the watch between units of work,
   * tells it of its progress and of each equilibrium as it is certified, and stops when it says so.
   *
   * @throws IllegalArgumentException if the method does not apply to this game (say, a two-player
   *     method on three players)
   * @throws SolverLimitException if a limit was reached before the answer was complete, {@link
   *     TimeLimitException} if the watch stopped the solver
   */
  Result solve(NormalFormGame game, Watch watch);

  /** Solves {@code game} with nothing watching. */
  default Result solve(NormalFormGame game) {
    return solve(game, Watch.NONE);
  }

  /**
   * What a solver found.
   *
   * @param method the method's command-line name
   * @param exact whether every equilibrium was certified in exact arithmetic
   * @param equilibria distinct equilibria, in any order; kept in {@link
   *     MixedProfile#CANONICAL_ORDER}
   * @param counters work done (pivots, supports tried, vertices visited), by name
   * @throws IllegalArgumentException if an equilibrium is listed twice: a solver that finds one
   *     equilibrium on several paths must report it once
   */
  record Result(
      String method, boolean exact, List<MixedProfile> equilibria, Map<String, Long> counters) {

    public Result {
      equilibria =
          equilibria.stream()
              .sorted(MixedProfile.CANONICAL_ORDER)
              .collect(ImmutableList.toImmutableList());
      for (int k = 1; k < equilibria.size(); k++) {
        if (equilibria.get(k).equals(equilibria.get(k - 1))) {
          throw new IllegalArgumentException(
              method
                  + " listed the equilibrium "
                  + Rationals.tuple(equilibria.get(k).flatten())
                  + " twice");
        }
      }
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }
}
