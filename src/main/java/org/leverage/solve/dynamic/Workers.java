package org.leverage.solve.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a task over contiguous blocks of states, one block per worker, and waits for all. Every
 * state is handled by exactly one worker with its own scratch, and nothing is reduced across states
 * in floating point, so results do not depend on the number of workers.
 */
final class Workers implements AutoCloseable {

  /** Work on states {@code [from, to)} with the scratch of worker {@code worker}. */
  @FunctionalInterface
  interface BlockTask {
    void run(int worker, int from, int to);
  }

  private final int threads;
  private final ExecutorService pool;

  Workers(int threads) {
    this.threads = threads;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, Workers::daemon) : null;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "leverage-dynamic-worker");
    t.setDaemon(true);
    return t;
  }

  int threads() {
    return threads;
  }

  void run(int numStates, BlockTask task) {
    if (pool == null) {
      task.run(0, 0, numStates);
      return;
    }
    List<Future<?>> futures = new ArrayList<>(threads);
    for (int w = 0; w < threads; w++) {
      int worker = w;
      int from = (int) ((long) numStates * w / threads);
      int to = (int) ((long) numStates * (w + 1) / threads);
      futures.add(pool.submit(() -> task.run(worker, from, to)));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while solving", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
