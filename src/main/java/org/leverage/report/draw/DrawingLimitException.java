package org.leverage.report.draw;

import org.leverage.solve.SolverLimitException;

/**
 * A game too large to draw legibly: more nodes than the drawing limit. Not a bug: the message says
 * which option raises the limit.
 */
public final class DrawingLimitException extends SolverLimitException {

  public DrawingLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
