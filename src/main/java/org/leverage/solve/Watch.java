package org.leverage.solve;

import java.time.Duration;
import org.leverage.game.MixedProfile;

/**
 * Looks over a running solver's shoulder: how far it has come, each equilibrium as it is certified,
 * and whether its time is up. Solvers call it from their main loops; it never changes what they
 * find, only whether they finish. Implementations are thread-safe, since the dynamic-game solver
 * calls from several threads.
 */
public interface Watch {

  /** Watches nothing and never stops the solver. */
  Watch NONE = new Watch() {};

  /**
   * Called between units of work, often, so it must be cheap.
   *
   * @throws TimeLimitException once the time allowed has passed
   */
  default void checkpoint() {}

  /**
   * {@code done} of {@code total} units of work are finished.
   *
   * @param total the units planned, or a negative number when the solver cannot know (a search
   *     whose size it discovers as it goes)
   */
  default void progress(long done, long total) {}

  /**
   * An equilibrium the solver has certified and will report; a solver that reaches one on several
   * paths may report it more than once.
   */
  default void found(MixedProfile equilibrium) {}

  /** An equilibrium a floating-point method has accepted and will report. */
  default void foundApproximately(ApproximateSolver.Equilibrium equilibrium) {}

  /**
   * This watch, which in addition stops the solver once {@code limit} has passed from now.
   *
   * @param option the command-line option that set the limit, named in the message
   */
  default Watch stoppingAfter(Duration limit, String option) {
    return new TimeLimitWatch(this, limit, option);
  }
}
