package org.leverage.analysis.sensitivity;

/**
 * Where a sensitivity analysis reports how far it got, for a progress bar: the number of
 * evaluations planned and each one finished. Implementations must be thread-safe: {@link #step()}
 * is called from worker threads.
 */
public interface Progress {

  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void plan(long evaluations) {}

        @Override
        public void step() {}
      };

  /** {@code evaluations} more evaluations are planned (an adaptive search plans as it goes). */
  void plan(long evaluations);

  /** One more evaluation finished. */
  void step();
}
