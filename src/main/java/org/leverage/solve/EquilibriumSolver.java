package org.leverage.solve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;

/** Finds Nash equilibria of normal-form games. Implementations are stateless. */
public interface EquilibriumSolver {

  /**
   * Solves {@code game}.
   *
   * @throws IllegalArgumentException if the method does not apply to this game (say, a two-player
   *     method on three players)
   * @throws SolverLimitException if a limit was reached before the answer was complete
   */
  Result solve(NormalFormGame game);

  /**
   * What a solver found.
   *
   * @param method the method's command-line name
   * @param exact whether every equilibrium was certified in exact arithmetic
   * @param equilibria distinct equilibria in {@link MixedProfile#CANONICAL_ORDER}
   * @param counters work done (pivots, supports tried, vertices visited), by name
   */
  record Result(
      String method, boolean exact, List<MixedProfile> equilibria, Map<String, Long> counters) {

    public Result {
      equilibria =
          equilibria.stream()
              .distinct()
              .sorted(MixedProfile.CANONICAL_ORDER)
              .collect(ImmutableList.toImmutableList());
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }
}
