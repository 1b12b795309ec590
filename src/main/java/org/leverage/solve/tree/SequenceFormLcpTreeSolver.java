package org.leverage.solve.tree;

import java.util.List;
import java.util.Optional;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.Watch;

/**
 * One Nash equilibrium of a two-player tree with perfect recall by sequence-form Lemke ({@link
 * SequenceFormLcpSolver}: Koller, Megiddo, von Stengel 1996, with Gambit's conventions), the
 * catalog's {@code lcp} on trees. Exact.
 */
public final class SequenceFormLcpTreeSolver implements TreeSolver {

  public static final String METHOD = "lcp";

  private final SequenceFormLcpSolver solver;

  public SequenceFormLcpTreeSolver(SequenceFormLcpSolver.Options options) {
    this.solver = new SequenceFormLcpSolver(options);
  }

  @Override
  public Result solve(ExtensiveGame game, Watch watch) {
    SequenceFormLcpSolver.Result r = solver.solve(game, watch);
    return new Result(
        METHOD,
        "sequence-form Lemke (Koller-Megiddo-von Stengel) on a two-player tree: one equilibrium,"
            + " uniform at information sets the player's own strategy never reaches",
        true,
        List.of(Equilibrium.of(game, r.equilibrium(), Optional.empty())),
        r.counters(),
        Optional.empty());
  }
}
