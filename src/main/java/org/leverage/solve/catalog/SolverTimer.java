package org.leverage.solve.catalog;

import java.util.Arrays;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumSolver;

/** Times a solver on a game in this JVM: warm-up runs, then timed runs. */
public final class SolverTimer {

  private SolverTimer() {}

  /** The method's name, the number of equilibria found, median and fastest of the timed runs. */
  public record Timing(String method, int equilibria, double medianMillis, double minMillis) {}

  public static Timing time(EquilibriumSolver solver, NormalFormGame game, int warmup, int repeat) {
    for (int i = 0; i < warmup; i++) {
      solver.solve(game);
    }
    EquilibriumSolver.Result last = null;
    double[] millis = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      last = solver.solve(game);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timing(last.method(), last.equilibria().size(), millis[repeat / 2], millis[0]);
  }
}
