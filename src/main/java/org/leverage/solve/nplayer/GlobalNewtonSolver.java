package org.leverage.solve.nplayer;

import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;

public final class GlobalNewtonSolver implements ApproximateSolver {
  @Override
  public Result solve(NormalFormGame game) {
    throw new UnsupportedOperationException();
  }
}
