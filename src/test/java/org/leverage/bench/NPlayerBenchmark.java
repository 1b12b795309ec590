package org.leverage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.correlated.CorrelatedEquilibriumSolver;
import org.leverage.solve.nplayer.EnumPolySolver;
import org.leverage.solve.nplayer.GlobalNewtonSolver;
import org.leverage.solve.nplayer.SimplicialSubdivisionSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.qre.LogitQreSolver;
import org.leverage.testing.TestGames;

/**
 * Speed measurement (not a unit test) of the n-player methods: {@code java -cp ...
 * org.leverage.bench.NPlayerBenchmark [games [seed]]}. For seeded random 3x3x3 and 4x4x4x4 games
 * (payoffs 0..99) each method solves every game once after one warm-up pass; prints the total time,
 * the equilibria found, the time per equilibrium and how many games stopped at a limit.
 */
public final class NPlayerBenchmark {

  private NPlayerBenchmark() {}

  private record Method(String name, java.util.function.Function<NormalFormGame, Integer> run) {}

  public static void main(String[] args) {
    int games = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    List<Method> methods =
        List.of(
            new Method("pure", g -> new PureEquilibriumSolver().solve(g).equilibria().size()),
            approximate("enumpoly", new EnumPolySolver()),
            approximate("simpdiv", new SimplicialSubdivisionSolver()),
            approximate("gnm", new GlobalNewtonSolver()),
            approximate("qre", new LogitQreSolver()),
            new Method(
                "correlated",
                g ->
                    1
                        + new CorrelatedEquilibriumSolver(
                                CorrelatedEquilibriumSolver.Options.DEFAULT)
                            .solve(g)
                            .perPlayer()
                            .size()));
    for (int[] shape : new int[][] {{3, 3, 3}, {4, 4, 4, 4}}) {
      Random random = new Random(seed);
      List<NormalFormGame> sample = new ArrayList<>();
      for (int k = 0; k < games; k++) {
        sample.add(TestGames.random(random, shape, 99));
      }
      for (Method m : methods) {
        run(m, sample.subList(0, 1));
        long t0 = System.nanoTime();
        int[] found = run(m, sample);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "%-9s %-10s %2d games: %7.3f s, %3d equilibria, %8.4f s per equilibrium, %d at a"
                + " limit%n",
            shapeName(shape),
            m.name(),
            sample.size(),
            seconds,
            found[0],
            found[0] == 0 ? Double.NaN : seconds / found[0],
            found[1]);
      }
    }
  }

  private static Method approximate(String name, ApproximateSolver solver) {
    return new Method(name, g -> solver.solve(g).equilibria().size());
  }

  /** Equilibria found and games that stopped at a limit. */
  private static int[] run(Method m, List<NormalFormGame> games) {
    int[] out = new int[2];
    for (NormalFormGame g : games) {
      try {
        out[0] += m.run().apply(g);
      } catch (SolverLimitException e) {
        out[1]++;
      }
    }
    return out;
  }

  private static String shapeName(int[] shape) {
    StringBuilder b = new StringBuilder();
    for (int s : shape) {
      b.append(b.length() == 0 ? "" : "x").append(s);
    }
    return b.toString();
  }
}
