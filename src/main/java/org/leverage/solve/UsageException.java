package org.leverage.solve;

/**
 * What the user asked for does not apply to this input: an unknown method, a method for another
 * kind or size of game, an option the chosen method does not use, an option value out of range, an
 * output file name whose format cannot be chosen. The message names the request, the rule and what
 * to do instead. Not a bug in the program (that is {@link IllegalArgumentException} and friends)
 * and not a malformed game file (that is the reader's exception).
 *
 * <p>It lives in {@code solve}, the lowest layer that checks what a user asked for (the solver
 * catalog), so that every layer above can throw it.
 */
public final class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
