package org.leverage.solve.tree;

import org.leverage.game.tree.ExtensiveGame;
import org.leverage.testing.RandomTrees;

/**
 * Throwaway benchmark, not a unit test: builds a seeded random perfect-information tree (20% chance
 * nodes, 2 players, generic integer payoffs) and times backward induction.
 *
 * <p>Run: {@code mvn -q -o test-compile}, then {@code java -Xmx8g -cp
 * target/classes:target/test-classes:CP org.leverage.solve.tree.BackwardInductionBenchmark 1000000
 * [chanceShare]} where CP lists the commons-math3, guava and failureaccess jars.
 */
public final class BackwardInductionBenchmark {

  private BackwardInductionBenchmark() {}

  public static void main(String[] args) {
    int nodes = Integer.parseInt(args[0]);
    Runtime rt = Runtime.getRuntime();
    long t0 = System.nanoTime();
    double chanceShare = args.length > 1 ? Double.parseDouble(args[1]) : 0.2;
    ExtensiveGame g = RandomTrees.perfectInformation(42, nodes, 2, chanceShare, 1_000_000);
    long t1 = System.nanoTime();
    rt.gc();
    long treeBytes = rt.totalMemory() - rt.freeMemory();
    BackwardInductionSolver solver =
        new BackwardInductionSolver(BackwardInductionSolver.Options.DEFAULT);
    for (int warm = 0; warm < 2; warm++) {
      solver.solve(g);
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    BackwardInductionSolver.Result r = null;
    for (int rep = 0; rep < 3; rep++) {
      long s = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      r = solver.solve(g);
      best = Math.min(best, System.nanoTime() - s);
      bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c);
    }
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean pool :
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      peak += pool.getPeakUsage().getUsed();
    }
    System.out.printf(
        "nodes=%d build=%.2fs solve(best of 3)=%.3fs wall, %.3fs thread cpu; equilibria=%d"
            + " tree-heap=%dMB peak-heap=%dMB%n",
        g.numNodes(),
        (t1 - t0) / 1e9,
        best / 1e9,
        bestCpu / 1e9,
        r.equilibria().size(),
        treeBytes >> 20,
        peak >> 20);
  }
}
