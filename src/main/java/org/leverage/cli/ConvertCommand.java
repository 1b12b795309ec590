package org.leverage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;
import org.leverage.io.GameFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage convert IN OUT}: between Gambit .nfg and leverage YAML, by extension. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Convert a game between Gambit .nfg and leverage YAML (chosen by extension).")
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "Game file to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "File to write (.nfg, .yaml, .yml).")
  Path out;

  @Override
  public Integer call() throws Exception {
    NormalFormGame game = GameFiles.readNormalForm(in);
    GameFiles.write(game, out);
    spec.commandLine().getOut().println("wrote " + out + " (" + Describe.game(game) + ")");
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
