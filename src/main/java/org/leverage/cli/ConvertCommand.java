package org.leverage.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.solve.UsageException;
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

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "File to write (.nfg, .efg, .yaml, .yml).")
  Path out;

  @Override
  public Integer call() throws Exception {
    GameFile read = GameFiles.readAny(in);
    String written;
    if (read instanceof GameFile.NormalForm nf) {
      GameFiles.write(nf.game(), out);
      written = Describe.game(nf.game());
    } else if (read instanceof GameFile.Extensive t && writesNfg()) {
      NormalFormGame reduced = ReducedNormalForm.of(t.game()).game();
      GameFiles.write(reduced, out);
      written = "reduced strategic form, " + Describe.game(reduced);
    } else if (read instanceof GameFile.Extensive t) {
      GameFiles.write(t.game(), out);
      written = Describe.game(t.game());
    } else {
      throw new UsageException(
          "convert handles normal-form games and game trees, but "
              + in
              + " is a "
              + Describe.of(read).split(",")[0]
              + " game, which has only the YAML form");
    }
    spec.commandLine().getOut().println("wrote " + out + " (" + written + ")");
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private boolean writesNfg() {
    return out.getFileName() != null
        && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nfg");
  }
}
