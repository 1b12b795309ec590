package org.leverage.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.leverage.analysis.sensitivity.Progress;

/**
 * A progress bar with the time left (me.tongfei:progressbar) on standard error while the process
 * runs on a terminal ({@link System#console()} is present); nothing at all when its output is piped
 * or redirected, so files and pipes never see it. Thread-safe.
 */
final class TerminalProgress implements Progress, AutoCloseable {

  private final String task;
  private final boolean shown;
  private ProgressBar bar;
  private long planned;

  private TerminalProgress(String task, boolean shown) {
    this.task = task;
    this.shown = shown;
  }

  /** A bar named {@code task}, shown only on a terminal. */
  static TerminalProgress open(String task) {
    return new TerminalProgress(task, System.console() != null);
  }

  @Override
  public synchronized void plan(long evaluations) {
    if (!shown) {
      return;
    }
    planned += evaluations;
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(planned)
              .setUnit(" solves", 1)
              .setMaxRenderedLength(100)
              .build();
    } else {
      bar.maxHint(planned);
    }
  }

  @Override
  public synchronized void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Finishes the bar; it stays on standard error above what the command prints next. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
