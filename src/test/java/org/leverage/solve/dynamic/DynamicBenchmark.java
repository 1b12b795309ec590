package org.leverage.solve.dynamic;

import java.util.Locale;
import org.leverage.game.dynamic.DynamicGame;

/**
 * Throwaway speed measurement (not a unit test): {@code java -cp ...
 * org.leverage.solve.dynamic.DynamicBenchmark}. Prints solver times for 3x3 stage games with 4
 * successors on 2,000 and 20,000 states over 20 periods, and for the grid fixture at 101 x 51 x 2
 * states.
 */
public final class DynamicBenchmark {

  private DynamicBenchmark() {}

  /** 3x3 everywhere, payoffs and 4 successors from a cheap hash of (t, s, a, b). */
  static DynamicGame hashed(int states, int horizon) {
    return new DynamicGame() {
      @Override
      public int numStates() {
        return states;
      }

      @Override
      public int horizon() {
        return horizon;
      }

      @Override
      public double discount() {
        return 0.95;
      }

      @Override
      public int numActions(int player, int state) {
        return 3;
      }

      @Override
      public String actionLabel(int player, int state, int action) {
        return Integer.toString(action);
      }

      @Override
      public int maxSuccessors() {
        return 4;
      }

      private long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
      }

      @Override
      public void payoffs(int t, int s, int a, int b, double[] out) {
        long h = mix(((long) t * states + s) * 9 + a * 3 + b);
        out[0] = (h & 0xffff) / 6553.6 - 5;
        out[1] = ((h >>> 16) & 0xffff) / 6553.6 - 5;
      }

      @Override
      public int transition(int t, int s, int a, int b, int[] succ, double[] prob) {
        long h = mix(((long) s * 9 + a * 3 + b) ^ 0x9e3779b97f4a7c15L);
        for (int k = 0; k < 4; k++) {
          succ[k] = (int) Math.floorMod(h >>> (k * 13), (long) states);
          prob[k] = 0.25;
        }
        return 4;
      }

      @Override
      public double terminalValue(int player, int state) {
        return 0;
      }
    };
  }

  public static void main(String[] args) {
    for (int rep = 0; rep < 3; rep++) {
      for (int states : new int[] {2_000, 20_000}) {
        DynamicGame g = hashed(states, 20);
        for (Timing timing : Timing.values()) {
          for (int threads : new int[] {1, 2}) {
            long t0 = System.nanoTime();
            DynamicSolution sol =
                new BackwardInductionSolver(DynamicSolverOptions.of(timing).withThreads(threads))
                    .solve(g);
            long t1 = System.nanoTime();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
            int mixed = 0;
            for (int s = 0; s < states; s++) {
              mixed += sol.isPure(0, s) ? 0 : 1;
            }
            System.out.printf(
                Locale.ROOT,
                "rep %d  %6d states x 20 periods, 3x3, %-15s threads %d: %7.3f s  (multiple-eq"
                    + " nodes %d, mixed at t=0 %d, heap in use %d MB)%n",
                rep,
                states,
                timing,
                threads,
                (t1 - t0) / 1e9,
                sol.multipleEquilibria().size(),
                mixed,
                heapMb);
          }
        }
      }
      GridLeverageFixture grid = new GridLeverageFixture(101, 51, 20);
      for (int threads : new int[] {1, 2}) {
        long t0 = System.nanoTime();
        DynamicSolution sol =
            new BackwardInductionSolver(
                    DynamicSolverOptions.of(Timing.LEADER_FOLLOWER).withThreads(threads))
                .solve(grid);
        long t1 = System.nanoTime();
        ForwardPath path =
            ForwardEvaluator.evaluate(
                grid, sol, ForwardEvaluator.pointMass(grid.numStates(), grid.state(7, 45, 0)));
        long t2 = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "rep %d  grid fixture 101x51x2 = %d states x 20 periods, 3x2 leader-follower, threads"
                + " %d: solve %.3f s, forward %.3f s (value %.6f vs forward %.6f)%n",
            rep,
            grid.numStates(),
            threads,
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            sol.value(0, 0, grid.state(7, 45, 0)),
            path.discountedTotal(0));
      }
    }
  }
}
