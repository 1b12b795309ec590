package org.leverage.solve.tree;

import java.util.List;
import java.util.Optional;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.Watch;

/**
 * One equilibrium of a two-player constant-sum tree with perfect recall by the sequence-form linear
 * program ({@link SequenceFormLpSolver}: Koller, Megiddo, von Stengel 1996), the catalog's {@code
 * lp} on trees. Exact.
 */
public final class SequenceFormLpTreeSolver implements TreeSolver {

  public static final String METHOD = "lp";

  @Override
  public Result solve(ExtensiveGame game, Watch watch) {
    SequenceFormLpSolver.Result r = new SequenceFormLpSolver().solve(game, watch);
    return new Result(
        METHOD,
        "sequence-form linear program of a two-player constant-sum tree: one equilibrium",
        true,
        List.of(Equilibrium.of(game, r.equilibrium(), Optional.empty())),
        r.counters(),
        Optional.empty());
  }
}
