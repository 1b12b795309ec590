package org.leverage.solve.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.EquilibriumSolver;

/** Test stand-in for the foundation's solvers: all pure equilibria by checking every cell. */
public final class PureNashSolver implements EquilibriumSolver {

  @Override
  public Result solve(NormalFormGame game) {
    List<MixedProfile> out = new ArrayList<>();
    for (int c = 0; c < game.numCells(); c++) {
      MixedProfile p = MixedProfile.pure(game, game.strategiesOfCell(c));
      if (ProfilePayoffs.isNashEquilibrium(game, p)) {
        out.add(p);
      }
    }
    return new Result("enumpure", true, out, Map.of("cells", (long) game.numCells()));
  }
}
