package org.leverage.solve.lcp;

/**
 * Floating-point pivoting met a quantity too close to zero to decide a ratio test; the path is
 * redone in exact arithmetic. Internal control flow: no stack trace is recorded.
 */
final class AmbiguousPivotException extends RuntimeException {

  AmbiguousPivotException(String what) {
    super(what, null, false, false);
  }
}
