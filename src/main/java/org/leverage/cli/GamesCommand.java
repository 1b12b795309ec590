package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.leverage.io.GameFiles;
import org.leverage.io.GameFormatException;
import org.leverage.io.OutputException;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leverage games}: the bundled example games, one line each, or copied out. */
@Command(
    name = "games",
    mixinStandardHelpOptions = true,
    description =
        "List the bundled example games (shipped inside leverage, so from any folder), one line"
            + " each, or copy them out with --extract DIR.")
final class GamesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "List the game files of DIR instead of the bundled games.")
  Path dir;

  @Option(
      names = "--extract",
      paramLabel = "DIR",
      description =
          "Copy the bundled games into DIR (created if missing); an existing file is left alone"
              + " unless --force.")
  Path extract;

  @Option(names = "--force", description = "With --extract: replace files that exist.")
  boolean force;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() throws IOException {
    if (extract != null && dir != null) {
      throw new UsageException("--extract copies the bundled games; drop --dir");
    }
    if (force && extract == null) {
      throw new UsageException("--force applies to --extract");
    }
    if (extract != null) {
      int n = BundledGames.use(this::extract);
      quiet.notes(spec).println("leverage: extracted " + n + " games to " + extract);
      quiet.notes(spec).flush();
      return ExitCodes.OK;
    }
    if (dir == null) {
      return BundledGames.use(files -> list(files, true));
    }
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--dir " + dir + " is not a folder");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return list(s.filter(Files::isRegularFile).sorted().toList(), false);
    }
  }

  /**
   * Prints one line per file; a bundled game is named as {@code games/NAME}, where {@code --extract
   * games} puts it, not by its place inside the jar.
   */
  private int list(List<Path> files, boolean bundled) throws IOException {
    PrintWriter out = outputFile.open(spec);
    for (Path f : files) {
      String line;
      try {
        line = Describe.of(GameFiles.readAny(f));
        if (bundled) {
          line = line.replace(f.toString(), "games/" + f.getFileName());
        }
      } catch (GameFormatException e) {
        line = "not readable: " + e.problem();
      }
      out.println(f.getFileName() + "  " + line);
    }
    outputFile.close(spec);
    return ExitCodes.OK;
  }

  /** Copies every file, after checking that none would replace a file without --force. */
  private int extract(List<Path> files) {
    try {
      Files.createDirectories(extract);
    } catch (IOException e) {
      throw new OutputException(extract, e);
    }
    for (Path f : files) {
      Path target = extract.resolve(f.getFileName().toString());
      if (!force && Files.exists(target)) {
        throw new OutputException(
            target,
            new FileAlreadyExistsException(
                target.toString(), null, "exists; pass --force to replace it"));
      }
    }
    for (Path f : files) {
      Path target = extract.resolve(f.getFileName().toString());
      try {
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new OutputException(target, e);
      }
    }
    return files.size();
  }
}
