package org.leverage.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.leverage.solve.Watch;

/**
 * A solver's progress as a bar on standard error (me.tongfei:progressbar), shown only while the
 * process runs on a terminal ({@link System#console()} is present) and only once the solve has run
 * for a second, so that quick solves and piped or redirected output never see it. A solver that
 * cannot know its total work gets a bar that counts without an end. Thread-safe.
 */
final class TerminalWatch implements Watch, AutoCloseable {

  private static final long QUIET_NANOS = 1_000_000_000L;

  private final String task;
  private final boolean shown;
  private final long start = System.nanoTime();
  private ProgressBar bar;
  private long total;

  private TerminalWatch(String task, boolean shown) {
    this.task = task;
    this.shown = shown;
  }

  /** A bar named {@code task}, shown only on a terminal. */
  static TerminalWatch open(String task) {
    return new TerminalWatch(task, System.console() != null);
  }

  @Override
  public synchronized void progress(long done, long total) {
    if (!shown || System.nanoTime() - start < QUIET_NANOS) {
      return;
    }
    if (bar != null && (total < 0) != (this.total < 0)) {
      bar.close();
      bar = null;
    }
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total < 0 ? -1 : total)
              .setMaxRenderedLength(100)
              .build();
    } else if (total >= 0 && total != this.total) {
      bar.maxHint(total);
    }
    this.total = total;
    bar.stepTo(done);
  }

  /** Finishes the bar; it stays on standard error above what the command prints next. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
