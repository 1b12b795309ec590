package org.leverage.solve.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.BasisLimitException;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.bimatrix.EnumMixedSolver;

/**
 * A stage game in exact rationals and all its extreme equilibria, found and certified by {@link
 * EnumMixedSolver} (von Stengel 2002; Avis, Rosenberg, Savani, von Stengel 2010): complete also for
 * degenerate games, exact, and listed in {@link MixedProfile#CANONICAL_ORDER}. Immutable.
 *
 * @param game the stage game, player 0 choosing rows
 * @param equilibria every extreme equilibrium, in canonical order
 */
record ExactStageGame(NormalFormGame game, List<MixedProfile> equilibria) {

  /**
   * Solves the {@code m x n} game with payoffs {@code a[i * n + j]} (row player) and {@code b[i * n
   * + j]} (column player).
   *
   * @param where names the node in a limit's message, e.g. {@code "period 3, state calm"}
   * @throws BasisLimitException if a best-response polytope has more than {@code maxBases} feasible
   *     bases
   * @throws EquilibriumLimitException if the game has more than a million extreme equilibria
   */
  static ExactStageGame solve(
      BigFraction[] a, BigFraction[] b, int m, int n, long maxBases, String where) {
    BigFraction[][] cells = new BigFraction[m * n][];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        // Gambit's cell order: the row player's strategy varies fastest.
        cells[i + m * j] = new BigFraction[] {a[i * n + j], b[i * n + j]};
      }
    }
    NormalFormGame game =
        NormalFormGame.ofPayoffs("", "", List.of(player("0", m), player("1", n)), cells);
    EnumMixedSolver.Options options =
        new EnumMixedSolver.Options(
            EnumMixedSolver.Options.DEFAULT.maxEquilibria(),
            maxBases,
            EnumMixedSolver.Options.SEARCH_TOLERANCE,
            false);
    String tooLarge =
        "the "
            + m
            + "x"
            + n
            + " simultaneous stage game at "
            + where
            + " is too large to enumerate all its equilibria exactly: ";
    try {
      return new ExactStageGame(game, new EnumMixedSolver(options).solve(game).equilibria());
    } catch (BasisLimitException limit) {
      throw new BasisLimitException(
          tooLarge
              + "a best-response polytope has more than "
              + maxBases
              + " feasible bases (DynamicSolverOptions.maxStageBases)",
          "restrict the actions in that state, use leader-follower timing, or raise"
              + " maxStageBases");
    } catch (EquilibriumLimitException limit) {
      throw new EquilibriumLimitException(
          tooLarge + "it has more than " + options.maxEquilibria() + " extreme equilibria",
          "restrict the actions in that state or use leader-follower timing");
    }
  }

  /** The exact expected payoff of {@code player} in equilibrium {@code e}. */
  BigFraction payoff(int e, int player) {
    return ProfilePayoffs.expectedPayoff(game, equilibria.get(e), player);
  }

  private static Player player(String name, int actions) {
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < actions; k++) {
      labels.add(Integer.toString(k));
    }
    return new Player(name, labels);
  }
}
