package org.leverage.cli;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.leverage.io.GameFormatException;
import org.leverage.solve.SolverLimitException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: a game-theory strategy solver. Its subcommands are listed in {@link
 * #SUBCOMMANDS} rather than in the annotation, so that a run builds only the one it uses.
 */
@Command(
    name = "leverage",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Game-theory strategy solver: normal-form games, game trees, repeated and dynamic games;"
            + " exact equilibria; Gambit files.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error",
      "2:usage error (bad option, method does not apply)",
      "3:invalid or unreadable game file",
      "4:solver limit reached"
    })
public final class Leverage implements Runnable {

  /**
   * The subcommands by name (each command's {@code @Command(name)}), in the order {@code --help}
   * lists them; {@code help} follows them.
   */
  static final ImmutableMap<String, Supplier<Object>> SUBCOMMANDS =
      ImmutableMap.<String, Supplier<Object>>builder()
          .put("solve", SolveCommand::new)
          .put("repeated", RepeatedCommand::new)
          .put("validate", ValidateCommand::new)
          .put("convert", ConvertCommand::new)
          .put("games", GamesCommand::new)
          .put("bench", BenchCommand::new)
          .buildOrThrow();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * The configured command line with every subcommand; tests call {@code execute} on it with
   * captured writers.
   */
  public static CommandLine commandLine() {
    CommandLine cl = bare();
    SUBCOMMANDS.values().forEach(s -> cl.addSubcommand(s.get()));
    cl.addSubcommand(new CommandLine.HelpCommand());
    return cl;
  }

  /**
   * The command line that runs {@code args}, configured as {@link #commandLine()}: when the first
   * argument names a subcommand, only that subcommand is built; for {@code --version} alone, none;
   * otherwise (no argument, another option, {@code help}, a misspelt name) all of them, so that
   * help and suggestions list every command. Picocli reads the annotations of every subcommand it
   * is given by reflection, the largest part of a small game's run; parsing and output are the same
   * either way.
   */
  public static CommandLine commandLineFor(String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return bare();
    }
    Supplier<Object> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (only == null) {
      return commandLine();
    }
    CommandLine cl = bare();
    cl.addSubcommand(only.get());
    return cl;
  }

  private static CommandLine bare() {
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
