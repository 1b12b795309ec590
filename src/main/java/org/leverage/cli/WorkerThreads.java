package org.leverage.cli;

import org.leverage.solve.UsageException;

/** The {@code --threads} rule shared by the commands that spread work over threads. */
final class WorkerThreads {

  /**
   * Worker threads allowed per available processor: more only add switching and memory, since the
   * work these commands split is computation, not waiting.
   */
  static final int PER_PROCESSOR = 4;

  private WorkerThreads() {}

  /** The most worker threads allowed: {@value #PER_PROCESSOR} per available processor. */
  static int max() {
    return PER_PROCESSOR * Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code threads} if it lies in [1, {@link #max()}].
   *
   * @throws UsageException {@code "--threads must be between 1 and 8 (4 per available processor)
   *     but was N"}
   */
  static int check(int threads) {
    int max = max();
    if (threads < 1 || threads > max) {
      throw new UsageException(
          "--threads must be between 1 and "
              + max
              + " ("
              + PER_PROCESSOR
              + " per available processor) but was "
              + threads);
    }
    return threads;
  }

  /** The available processors: the default number of worker threads. */
  static int available() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
