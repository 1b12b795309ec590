package org.leverage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leverage.io.GameFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      description = "Game file: Gambit .nfg or .efg, or leverage YAML; - reads standard input.")
  Path file;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Mixin GameInputOption input;

  @Override
  public Integer call() throws Exception {
    GameFile read = input.read(file);
    outputFile.print(spec, read.source() + ": ok, " + Describe.of(read) + System.lineSeparator());
    return ExitCodes.OK;
  }
}
