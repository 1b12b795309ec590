package org.leverage.cli;

/** The process exit codes, as DESIGN.md and the README fix them. */
final class ExitCodes {

  static final int OK = 0;

  /** A bug: an exception the program did not expect. */
  static final int INTERNAL_ERROR = 1;

  /** The command line asks for something that does not apply (an explicit check said so). */
  static final int USAGE = 2;

  /** A game file is malformed or cannot be read. */
  static final int INVALID_FILE = 3;

  /** A solver stopped at one of its limits; the message says what to try. */
  static final int SOLVER_LIMIT = 4;

  /** An output file cannot be written. */
  static final int CANNOT_WRITE = 5;

  private ExitCodes() {}
}
