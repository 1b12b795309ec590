package org.leverage.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that picocli cannot parse, reported as every other usage error is: {@code
 * leverage: } and what is wrong on one line, where to look on the next, exit code 2. Picocli's own
 * report (the message and then the whole usage help) would bury the one line that matters.
 */
final class CommandLineErrors {

  private CommandLineErrors() {}

  /** Prints the two lines on the failing command's error stream and returns exit code 2. */
  static int handle(ParameterException ex, String[] args) {
    CommandLine failing = ex.getCommandLine();
    PrintWriter err = failing.getErr();
    err.println("leverage: " + problem(ex));
    err.println("see '" + failing.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * What is wrong, in one line: an unknown option by itself (picocli also lists the arguments after
   * it, such as the game file, as unknown), with picocli's suggestions; else picocli's message.
   */
  static String problem(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String option = unmatched.stream().filter(a -> a.startsWith("-")).findFirst().orElse(null);
      String suggestion =
          u.getSuggestions().isEmpty()
              ? ""
              : "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
      if (option != null && !option.equals("-")) {
        return "unknown option '" + option + "'" + suggestion;
      }
      if (!unmatched.isEmpty()) {
        boolean top = ex.getCommandLine().getParent() == null;
        return (top ? "unknown command '" : "unexpected argument '")
            + unmatched.get(0)
            + "'"
            + suggestion;
      }
    }
    String message = ex.getMessage() == null ? "invalid command line" : ex.getMessage();
    String first = message.strip().split("\\R", 2)[0];
    return first.isEmpty()
        ? first
        : first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
  }
}
