package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code -o FILE} writes what a command prints to FILE instead; an unwritable FILE is exit 5. */
class OutputFileCliTest {

  private static String[] with(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "solve games/chicken.nfg --method all",
        "solve games/entry-deterrence.efg --format json",
        "validate games/chicken.yaml",
        "repeated games/repeated-prisoners-dilemma.yaml",
        "compare games/hawk-world.yaml --regime OPEN",
        "sensitivity games/chicken.nfg --vary payoffs.Swerve.Swerve.0=0:10:4",
        "games",
      })
  void outputGoesToTheFileInsteadOfStandardOutput(String command, @TempDir Path dir)
      throws IOException {
    CliTest.Run printed = CliTest.run(with(command));
    assertEquals(0, printed.exitCode(), printed.err());
    for (String flag : new String[] {"-o", "--output"}) {
      Path file = dir.resolve("out" + flag + ".txt");
      CliTest.Run written = CliTest.run(with(command, flag, file.toString()));
      assertEquals(0, written.exitCode(), written.err());
      assertEquals("", written.out());
      assertEquals(printed.out(), Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void dashIsStandardOutput() {
    assertEquals(
        CliTest.run("solve", "games/chicken.nfg").out(),
        CliTest.run("solve", "games/chicken.nfg", "-o", "-").out());
  }

  @Test
  void benchWritesItsTableToTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bench.txt");
    CliTest.Run r =
        CliTest.run(
            "bench", "games/chicken.nfg", "--repeat", "1", "--warmup", "0", "-o", "" + file);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    List<String> lines = Files.readAllLines(file);
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("chicken.nfg"), lines.get(1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "solve games/chicken.nfg",
        "validate games/chicken.nfg",
        "repeated games/repeated-prisoners-dilemma.yaml",
        "games",
      })
  void anUnwritableFileIsExitCode5(String command, @TempDir Path dir) {
    Path file = dir.resolve("no-such-folder").resolve("out.txt");
    CliTest.Run r = CliTest.run(with(command, "-o", file.toString()));
    assertEquals(5, r.exitCode(), r.err());
    assertEquals("leverage: cannot write " + file + ": no such file or folder", r.err().strip());
    assertFalse(Files.exists(file));
  }
}
