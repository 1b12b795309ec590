package org.leverage.solve;

import java.util.Objects;
import org.leverage.game.MixedProfile;

/**
 * A watch that passes everything on to the next one; a subclass overrides what it adds to. The
 * watches of one run are chained this way (a time limit, printed rows, a progress bar).
 */
public abstract class ForwardingWatch implements Watch {

  private final Watch next;

  protected ForwardingWatch(Watch next) {
    this.next = Objects.requireNonNull(next, "next");
  }

  @Override
  public void checkpoint() {
    next.checkpoint();
  }

  @Override
  public void progress(long done, long total) {
    next.progress(done, total);
  }

  @Override
  public void found(MixedProfile equilibrium) {
    next.found(equilibrium);
  }

  @Override
  public void foundApproximately(ApproximateSolver.Equilibrium equilibrium) {
    next.foundApproximately(equilibrium);
  }
}
