package org.leverage.solve;

/**
 * A support-enumeration method ({@code enumpoly}) would have to solve more support profiles, or
 * larger polynomial systems, than its limits allow. Thrown before any enumeration starts, so that a
 * game far too large fails at once instead of running for hours.
 */
public final class SupportLimitException extends SolverLimitException {

  public SupportLimitException(String reached, String hint) {
    super(reached, hint);
  }
}
