package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training workload of the start-up archives the build writes next to the jar (a class-data
 * sharing archive, and on Java 25 an ahead-of-time cache): the commands a user runs, on every game
 * file of a folder, one after another in this JVM with their output discarded, so that the JVM
 * records which classes (and on Java 25 which method profiles) a run needs. Failing commands are
 * part of the workload (their error paths load classes too); only an exception escaping the command
 * line makes the run fail.
 *
 * <p>Not a user command: the build runs {@code java -cp leverage.jar org.leverage.cli.Training
 * games SCRATCH}, where {@code SCRATCH} is an empty folder for the files {@code convert} writes.
 */
public final class Training {

  private Training() {}

  /**
   * Runs the workload.
   *
   * @param args the folder of game files, then a scratch folder for converted files
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "expected 2 arguments (game folder, scratch folder) but got " + args.length);
    }
    Path games = Path.of(args[0]);
    Path scratch = Files.createDirectories(Path.of(args[1]));
    int runs = 0;
    for (List<String> command : workload(games, scratch)) {
      run(command);
      runs++;
    }
    System.out.println("leverage training: " + runs + " commands over " + games);
  }

  /** The commands, in a fixed order: general ones, then each game file through every command. */
  static List<List<String>> workload(Path games, Path scratch) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(games)) {
      files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--version"));
    commands.add(List.of("--help"));
    commands.add(List.of("solve", "--help"));
    commands.add(List.of("games", "--dir", games.toString()));
    for (Path file : files) {
      String f = file.toString();
      String name = file.getFileName().toString();
      commands.add(List.of("validate", f));
      commands.add(List.of("solve", f));
      commands.add(List.of("solve", f, "--format", "json"));
      commands.add(List.of("solve", f, "--method", "all", "--format", "csv"));
      commands.add(List.of("solve", f, "--method", "lcp", "--decimals", "6"));
      commands.add(List.of("repeated", f));
      for (String ext : List.of("nfg", "efg", "yaml")) {
        commands.add(List.of("convert", f, scratch.resolve(name + "." + ext).toString()));
      }
    }
    return commands;
  }

  private static void run(List<String> command) {
    String[] args = command.toArray(String[]::new);
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    CommandLine cl = Leverage.commandLineFor(args);
    cl.setOut(discard);
    cl.setErr(discard);
    cl.execute(args);
  }
}
