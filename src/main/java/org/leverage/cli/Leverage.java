package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.leverage.game.GameTooLargeException;
import org.leverage.io.FileAccess;
import org.leverage.io.GameFormatException;
import org.leverage.io.OutputException;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: a game-theory strategy solver. */
@Command(
    name = "leverage",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Game-theory strategy solver: normal-form games, game trees, repeated and dynamic games;"
            + " exact equilibria; Gambit files.",
    subcommands = {
      SolveCommand.class,
      CompareCommand.class,
      RepeatedCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      GamesCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug: please report it)",
      "2:usage error (bad option, method does not apply)",
      "3:invalid or unreadable game file",
      "4:solver limit reached, or a game too large to build",
      "5:cannot write output"
    })
public final class Leverage implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The configured command line; tests call {@code execute} on it with captured writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Leverage());
    cl.setExecutionExceptionHandler(Leverage::handle);
    SolveCommand.describeMethods(cl.getSubcommands().get("solve"));
    return cl;
  }

  /**
   * The exit code and the one-line message of a failed command. Each kind of failure has its own
   * exception type; anything else that escapes (an {@link IllegalArgumentException} from library
   * code included) is a bug, reported as an internal error without a stack trace.
   */
  private static int handle(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    String message = ex.getMessage();
    if (ex instanceof UsageException) {
      code = ExitCodes.USAGE;
    } else if (ex instanceof GameFormatException) {
      code = ExitCodes.INVALID_FILE;
    } else if (ex instanceof IOException io) {
      // Writers throw OutputException, so what is left is a file that cannot be read.
      code = ExitCodes.INVALID_FILE;
      message = "cannot read " + FileAccess.describe(io);
    } else if (ex instanceof SolverLimitException || ex instanceof GameTooLargeException) {
      code = ExitCodes.SOLVER_LIMIT;
    } else if (ex instanceof OutputException) {
      code = ExitCodes.CANNOT_WRITE;
    } else {
      code = ExitCodes.INTERNAL_ERROR;
      message = "internal error: " + (message == null ? "no details" : message);
    }
    err.println("leverage: " + message);
    return code;
  }
}
