package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.leverage.io.GameFormatException;
import org.leverage.solve.SolverLimitException;
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
      SensitivityCommand.class,
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
      "4:solver limit reached"
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
    return cl;
  }

  private static int handle(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (ex instanceof GameFormatException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.INVALID_FILE;
    }
    if (ex instanceof IOException) {
      err.println("leverage: cannot read or write a file: " + ex.getMessage());
      return ExitCodes.INVALID_FILE;
    }
    if (ex instanceof SolverLimitException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.SOLVER_LIMIT;
    }
    if (ex instanceof IllegalArgumentException) {
      err.println("leverage: " + ex.getMessage());
      return ExitCodes.USAGE;
    }
    err.println("leverage: internal error: " + ex);
    return ExitCodes.INTERNAL_ERROR;
  }
}
