package org.leverage.io;

import org.leverage.game.tree.ExtensiveGame;
import org.leverage.testing.RandomTrees;

/**
 * Throwaway benchmark, not a unit test: writes a seeded random tree of N nodes as .efg text and
 * reads it back. Run like {@code BackwardInductionBenchmark}.
 */
public final class EfgReadWriteBenchmark {

  private EfgReadWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    int nodes = Integer.parseInt(args[0]);
    ExtensiveGame g = RandomTrees.perfectInformation(42, nodes, 2, 0.2, 1_000_000);
    long t0 = System.nanoTime();
    String text = EfgWriter.write(g);
    long t1 = System.nanoTime();
    ExtensiveGame back = EfgReader.read("bench", text);
    long t2 = System.nanoTime();
    System.out.printf(
        "nodes=%d chars=%d write=%.2fs read=%.2fs equal=%b%n",
        nodes, text.length(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, g.equals(back));
  }
}
