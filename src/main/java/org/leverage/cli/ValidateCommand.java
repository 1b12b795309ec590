package org.leverage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leverage.io.GameFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage validate FILE}: reads a game and says whether it is well formed. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check that a game file is well formed; exit code 3 and the place if not.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Game file: Gambit .nfg or .efg, or leverage YAML.")
  Path file;

  @Override
  public Integer call() throws Exception {
    String line = Describe.of(GameFiles.readAny(file));
    spec.commandLine().getOut().println(file + ": ok, " + line);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
