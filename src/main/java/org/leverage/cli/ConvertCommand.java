package org.leverage.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.LatexTableWriter;
import org.leverage.io.OutputException;
import org.leverage.io.OutputFiles;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage convert IN OUT}: between Gambit .nfg/.efg and leverage YAML, by extension, or to
 * LaTeX payoff tables ({@code .tex}); a tree written to {@code .nfg} or {@code .tex} becomes its
 * reduced strategic form.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a game between Gambit .nfg/.efg and leverage YAML (chosen by extension), or"
          + " write a normal-form game as LaTeX payoff tables (.tex). OUT is never IN, and an"
          + " existing OUT is replaced only with --force.",
      "A game tree written to .nfg becomes its reduced strategic form (Gambit's order of"
          + " reduced strategies)."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "Game file to read; - reads standard input.")
  Path in;

  @Mixin GameInputOption input;

  @Mixin QuietOption quiet;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "File to write (.nfg, .efg, .yaml, .yml; .tex: LaTeX payoff tables).")
  Path out;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    checkOut();
    String written =
        input
            .read(in)
            .accept(
                new GameFile.Visitor<String>() {
                  @Override
                  public String normalForm(GameFile.NormalForm f) {
                    writeNormalForm(f.game());
                    return Describe.game(f.game());
                  }

                  @Override
                  public String extensive(GameFile.Extensive f) {
                    if (writesNfg() || writesTex()) {
                      NormalFormGame reduced = ReducedNormalForm.of(f.game()).game();
                      writeNormalForm(reduced);
                      return "reduced strategic form, " + Describe.game(reduced);
                    }
                    GameFiles.write(f.game(), out);
                    return Describe.game(f.game());
                  }

                  @Override
                  public String repeated(GameFile.Repeated f) {
                    throw onlyYaml(f);
                  }

                  @Override
                  public String dynamic(GameFile.Dynamic f) {
                    throw onlyYaml(f);
                  }

                  @Override
                  public String scenario(GameFile.Scenario f) {
                    throw onlyYaml(f);
                  }
                });
    if (!quiet.quiet) {
      spec.commandLine().getOut().println("wrote " + out + " (" + written + ")");
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }

  /**
   * Refuses to write over IN (whatever --force says) or, without --force, over an existing file.
   *
   * @throws UsageException when OUT is IN
   * @throws OutputException when OUT exists and --force is not given
   */
  private void checkOut() throws IOException {
    if (!GameInputOption.isStandardInput(in)
        && (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())
            || (Files.exists(out) && Files.isSameFile(in, out)))) {
      throw new UsageException(
          "IN and OUT are the same file (" + out + "); convert never replaces its input");
    }
    if (!force && Files.exists(out)) {
      throw new OutputException(
          out,
          new FileAlreadyExistsException(
              out.toString(), null, "exists; pass --force to replace it"));
    }
  }

  private UsageException onlyYaml(GameFile read) {
    return new UsageException(
        "convert handles normal-form games and game trees, but "
            + read.source()
            + " is a "
            + Describe.of(read).split(",")[0]
            + " game, which has only the YAML form");
  }

  /** {@code game} to {@code out}: LaTeX payoff tables for {@code .tex}, else by its extension. */
  private void writeNormalForm(NormalFormGame game) {
    if (writesTex()) {
      OutputFiles.write(out, LatexTableWriter.write(game));
    } else {
      GameFiles.write(game, out);
    }
  }

  private boolean writesTex() {
    return out.getFileName() != null
        && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tex");
  }

  private boolean writesNfg() {
    return out.getFileName() != null
        && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nfg");
  }
}
