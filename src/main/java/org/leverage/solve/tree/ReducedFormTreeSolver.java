package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.Watch;
import org.leverage.solve.bimatrix.EnumMixedSolver;

/**
 * Nash equilibria of a tree through its reduced strategic form ({@link ReducedFormSolver}), the
 * catalog's {@code pure} and {@code enummixed} on trees, as Gambit's {@code enumpure} and {@code
 * enummixed} compute them: {@link #pure()} reports behaviour profiles, {@link #enumMixed()} (two
 * players) the mixed strategies over reduced strategies, each with the behaviour profile it induces
 * (Kuhn). Exact; the cost is the reduced form's size (exponential in the information sets in the
 * worst case) plus the normal-form solver's.
 */
public final class ReducedFormTreeSolver implements TreeSolver {

  private final ReducedFormSolver solver;
  private final boolean mixedStrategies;
  private final String description;

  private ReducedFormTreeSolver(
      ReducedFormSolver solver, boolean mixedStrategies, String description) {
    this.solver = solver;
    this.mixedStrategies = mixedStrategies;
    this.description = description;
  }

  /**
   * Pure equilibria ({@link ReducedFormSolver#pureEquilibria}), as behaviour profiles; also on
   * trees without perfect recall, where the mixed and subgame-perfect methods do not apply.
   */
  public static ReducedFormTreeSolver pure() {
    return new ReducedFormTreeSolver(
        ReducedFormSolver.pureEquilibria(),
        false,
        "pure Nash equilibria of the reduced strategic form, as behaviour profiles");
  }

  /** All extreme equilibria of a two-player tree ({@link EnumMixedSolver}), as mixed strategies. */
  public static ReducedFormTreeSolver enumMixed() {
    return new ReducedFormTreeSolver(
        new ReducedFormSolver(new EnumMixedSolver()),
        true,
        "all extreme Nash equilibria of the reduced strategic form, as mixed strategies");
  }

  @Override
  public Result solve(ExtensiveGame game, Watch watch) {
    ReducedFormSolver.Result r = solver.solve(game, watch);
    List<MixedProfile> profiles = r.solved().equilibria();
    ImmutableList.Builder<Equilibrium> equilibria = ImmutableList.builder();
    for (int i = 0; i < profiles.size(); i++) {
      equilibria.add(Equilibrium.of(game, r.behaviour().get(i), Optional.of(profiles.get(i))));
    }
    return new Result(
        r.solved().method(),
        game.hasPerfectRecall()
            ? description
            : description
                + "; the tree lacks perfect recall, so mixed and subgame-perfect methods do not"
                + " apply",
        r.solved().exact(),
        equilibria.build(),
        r.solved().counters(),
        mixedStrategies ? Optional.of(r.reducedForm()) : Optional.empty());
  }
}
