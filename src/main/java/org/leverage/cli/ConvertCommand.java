package org.leverage.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.io.GameFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage convert IN OUT}: between Gambit .nfg/.efg and leverage YAML, by extension; a tree
 * written to {@code .nfg} becomes its reduced strategic form.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a game between Gambit .nfg/.efg and leverage YAML (chosen by extension).",
      "A game tree written to .nfg becomes its reduced strategic form (Gambit's order of"
          + " reduced strategies)."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "Game file to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "File to write (.nfg, .efg, .yaml, .yml).")
  Path out;

  @Override
  public Integer call() throws Exception {
    String written;
    if (GameFiles.isExtensive(in)) {
      ExtensiveGame tree = GameFiles.readExtensive(in);
      if (out.getFileName() != null
          && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nfg")) {
        NormalFormGame reduced = ReducedNormalForm.of(tree).game();
        GameFiles.write(reduced, out);
        written = "reduced strategic form, " + Describe.game(reduced);
      } else {
        GameFiles.write(tree, out);
        written = Describe.game(tree);
      }
    } else {
      NormalFormGame game = GameFiles.readNormalForm(in);
      GameFiles.write(game, out);
      written = Describe.game(game);
    }
    spec.commandLine().getOut().println("wrote " + out + " (" + written + ")");
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
