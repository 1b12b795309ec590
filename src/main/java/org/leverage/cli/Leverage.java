package org.leverage.cli;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.leverage.analysis.sensitivity.Evaluator;
import org.leverage.game.GameTooLargeException;
import org.leverage.io.FileAccess;
import org.leverage.io.GameFormatException;
import org.leverage.io.OutputException;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.UsageException;
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
      "1:internal error (a bug: please report it)",
      "2:usage error (bad option, method does not apply)",
      "3:invalid or unreadable game file",
      "4:solver limit reached, or a game too large to build",
      "5:cannot write output"
    })
public final class Leverage implements Runnable {

  /**
   * The subcommands by name (each command's {@code @Command(name)}), in the order {@code --help}
   * lists them; {@code help} follows them.
   */
  static final ImmutableMap<String, Supplier<Object>> SUBCOMMANDS =
      ImmutableMap.<String, Supplier<Object>>builder()
          .put("solve", SolveCommand::new)
          .put("compare", CompareCommand::new)
          .put("sensitivity", SensitivityCommand::new)
          .put("merge", MergeCommand::new)
          .put("repeated", RepeatedCommand::new)
          .put("validate", ValidateCommand::new)
          .put("convert", ConvertCommand::new)
          .put("draw", DrawCommand::new)
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
    SUBCOMMANDS.forEach((name, command) -> add(cl, name, command));
    cl.addSubcommand(new CommandLine.HelpCommand());
    return helpWidth(cl);
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
      return helpWidth(bare());
    }
    Supplier<Object> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (only == null) {
      return commandLine();
    }
    CommandLine cl = bare();
    add(cl, args[0], only);
    return helpWidth(cl);
  }

  /**
   * Runs {@code sensitivity ARGS} ({@code args} start with {@code sensitivity}) as {@code leverage}
   * does, but with every point of a scenario evaluated by {@code evaluator}: the entry of the Spark
   * job ({@code org.leverage.spark.SweepJob}), which keeps the command's options, checks, output
   * and exit codes.
   *
   * @return the exit code of {@link ExitCodes}
   */
  public static int sensitivity(
      List<String> args, Evaluator evaluator, PrintWriter out, PrintWriter err) {
    CommandLine cl = bare();
    cl.addSubcommand("sensitivity", new SensitivityCommand(evaluator));
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args.toArray(String[]::new));
  }

  /**
   * Adds one subcommand, which prints the version with {@code -V} as the top-level command does;
   * {@code solve} also gets its table of methods in its help.
   */
  private static void add(CommandLine cl, String name, Supplier<Object> command) {
    cl.addSubcommand(name, command.get());
    cl.getSubcommands().get(name).getCommandSpec().versionProvider(new VersionProvider());
    if (name.equals("solve")) {
      SolveCommand.describeMethods(cl.getSubcommands().get("solve"));
    }
  }

  /**
   * Help text is as wide as the terminal, or {@value #HELP_WIDTH} columns where the width cannot be
   * found (output piped, no terminal).
   */
  static final int HELP_WIDTH = 100;

  private static CommandLine bare() {
    CommandLine cl = new CommandLine(new Leverage());
    cl.setExecutionExceptionHandler(Leverage::handle);
    cl.setParameterExceptionHandler(CommandLineErrors::handle);
    return cl;
  }

  /** Sets the help width of {@code cl} and of the subcommands it has by now. */
  private static CommandLine helpWidth(CommandLine cl) {
    cl.setUsageHelpWidth(HELP_WIDTH);
    cl.setUsageHelpAutoWidth(true);
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
