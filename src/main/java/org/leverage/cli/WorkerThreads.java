package org.leverage.cli;

import org.leverage.solve.UsageException;

/** The {@code --threads} rule shared by the commands that spread work over threads. */
final class WorkerThreads {

  /** Worker threads beyond this gain nothing on the work these commands split. */
  static final int MAX = 64;

  private WorkerThreads() {}

  /**
   * {@code threads} if it lies in [1, {@value #MAX}].
   *
   * @throws UsageException {@code "--threads must be between 1 and 64 but was N"}
   */
  static int check(int threads) {
    if (threads < 1 || threads > MAX) {
      throw new UsageException("--threads must be between 1 and " + MAX + " but was " + threads);
    }
    return threads;
  }

  /** The available processors, at most {@value #MAX}. */
  static int available() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX);
  }
}
