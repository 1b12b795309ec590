package org.leverage.solve.tree;

import java.util.Optional;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;

/**
 * Subgame-perfect equilibria of a tree (Selten 1975), the catalog's {@code spe}: on a tree of
 * perfect information every pure SPE by backward induction ({@link BackwardInductionSolver}, ties
 * enumerated, linear in the tree plus the equilibria); on other trees with perfect recall the
 * subgames solved bottom-up ({@link SubgamePerfectSolver}), each on its reduced strategic form with
 * all extreme equilibria ({@link EnumMixedSolver}) for two players and pure equilibria ({@link
 * PureEquilibriumSolver}) for more, every combination listed. Exact. More than {@code
 * maxEquilibria} equilibria (in a subtree, or combinations in a subgame) is an {@link
 * org.leverage.solve.EquilibriumLimitException}.
 */
public final class SpeTreeSolver implements TreeSolver {

  public static final String METHOD = "spe";

  private final int maxEquilibria;

  /**
   * @param maxEquilibria the most equilibria to enumerate; at least 1
   */
  public SpeTreeSolver(int maxEquilibria) {
    if (maxEquilibria < 1) {
      throw new IllegalArgumentException(
          "maxEquilibria must be at least 1 but was " + maxEquilibria);
    }
    this.maxEquilibria = maxEquilibria;
  }

  @Override
  public Result solve(ExtensiveGame game) {
    if (game.isPerfectInformation()) {
      BackwardInductionSolver.Result r =
          new BackwardInductionSolver(new BackwardInductionSolver.Options(maxEquilibria))
              .solve(game);
      return new Result(
          METHOD,
          "backward induction: every pure subgame-perfect equilibrium, ties enumerated",
          true,
          r.equilibria().stream()
              .map(e -> Equilibrium.of(game, e.behaviour(game), Optional.empty()))
              .toList(),
          r.counters(),
          Optional.empty());
    }
    boolean two = game.numPlayers() == 2;
    EquilibriumSolver inner = two ? new EnumMixedSolver() : new PureEquilibriumSolver();
    SubgamePerfectSolver.Result r =
        new SubgamePerfectSolver(new SubgamePerfectSolver.Options(inner, maxEquilibria))
            .solve(game);
    return new Result(
        METHOD,
        two
            ? "subgames solved bottom-up, every combination of their extreme equilibria"
                + " (enummixed on each subgame's reduced form)"
            : "subgames solved bottom-up, every combination of their pure equilibria",
        true,
        r.equilibria().stream()
            .map(e -> Equilibrium.of(game, e.profile(), Optional.empty()))
            .toList(),
        r.counters(),
        Optional.empty());
  }
}
