package org.leverage.solve.catalog;

import java.util.Arrays;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumSolver;

/** Times a solver on a game in this JVM: warm-up runs, then timed runs. */
public final class SolverTimer {

  private SolverTimer() {}

  /** Median and fastest of the timed runs, and the number of equilibria found. */
  public record Timing(int equilibria, double medianMillis, double minMillis) {}

  public static Timing time(EquilibriumSolver solver, NormalFormGame game, int warmup, int repeat) {
    int found = 0;
    for (int i = 0; i < warmup; i++) {
      found = solver.solve(game).equilibria().size();
    }
    double[] millis = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      found = solver.solve(game).equilibria().size();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timing(found, millis[repeat / 2], millis[0]);
  }
}
