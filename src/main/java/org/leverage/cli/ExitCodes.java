package org.leverage.cli;

/** The process exit codes, as DESIGN.md fixes them. */
final class ExitCodes {

  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USAGE = 2;
  static final int INVALID_FILE = 3;
  static final int SOLVER_LIMIT = 4;

  private ExitCodes() {}
}
