package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
      "1:internal error",
      "2:usage error (bad option, method does not apply)",
      "3:invalid or unreadable game file",
      "4:solver limit reached",
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
   * The exit code and the one-line message of a failed command. Each failure has its own exception
   * type; whatever else escapes is a bug, reported without a stack trace.
   */
  private static int handle(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (ex instanceof UsageException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.USAGE;
    }
    if (ex instanceof GameFormatException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.INVALID_FILE;
    }
    if (ex instanceof IOException io) {
      // Writers throw OutputException, so what is left is a file that cannot be read.
      err.println("leverage: cannot read " + FileAccess.describe(io));
      return ExitCodes.INVALID_FILE;
    }
    if (ex instanceof SolverLimitException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.SOLVER_LIMIT;
    }
    if (ex instanceof OutputException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
    if (ex instanceof IllegalArgumentException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.USAGE;
    }
    err.println("leverage: internal error: " + ex);
    return ExitCodes.INTERNAL_ERROR;
  }
}
