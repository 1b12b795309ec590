package org.leverage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.leverage.io.GameFiles;
import org.leverage.io.GameFormatException;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leverage games}: the bundled example games, one line each. */
@Command(
    name = "games",
    mixinStandardHelpOptions = true,
    description = "List the bundled games (the games/ folder), one line each.")
final class GamesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      defaultValue = "games",
      description = "Folder to list (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(
          "--dir " + dir + " is not a folder; run from the project root or pass --dir");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String line;
      try {
        line = Describe.of(GameFiles.readAny(f));
      } catch (GameFormatException e) {
        line = "not readable: " + e.problem();
      }
      spec.commandLine().getOut().println(f.getFileName() + "  " + line);
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
