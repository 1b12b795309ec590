package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.io.GameFiles;

/**
 * {@code -} as FILE reads the game from standard input, in the format {@code --input-format} names
 * or the content shows, and messages name it {@code <stdin>}.
 */
class StandardInputCliTest {

  static CliTest.Run withStdin(byte[] input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input));
    try {
      return CliTest.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  private static CliTest.Run fromFile(String file, String... args) throws IOException {
    String[] all = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      all[i] = args[i].equals("-") ? file : args[i];
    }
    return CliTest.run(all);
  }

  /** Each command prints for standard input what it prints for the file, but for the name. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "games/chicken.nfg; solve - --method all",
        "games/chicken.yaml; solve - --format json",
        "games/entry-deterrence.efg; solve -",
        "games/crisis-denial.yaml; solve -",
        "games/chicken.nfg; validate -",
        "games/entry-deterrence.efg; validate -",
        "games/repeated-prisoners-dilemma.yaml; repeated -",
        "games/prisoners-dilemma.nfg; repeated - --discount 9/10",
        "games/chicken.yaml; solve - --input-format yaml",
        "games/chicken.nfg; solve - --input-format NFG",
      })
  void standardInputReadsAsTheFileDoes(String file, String command) throws IOException {
    String[] args = command.split(" ");
    CliTest.Run piped = withStdin(Files.readAllBytes(Path.of(file)), args);
    CliTest.Run direct = fromFile(file, args);
    assertEquals(0, direct.exitCode(), direct.err());
    assertEquals(0, piped.exitCode(), piped.err());
    assertTrue(direct.out().contains(file) || !piped.out().contains(GameFiles.STANDARD_INPUT));
    assertEquals(direct.out().replace(file, GameFiles.STANDARD_INPUT), piped.out());
  }

  @Test
  void validateNamesStandardInput() throws IOException {
    CliTest.Run r = withStdin(Files.readAllBytes(Path.of("games/chicken.nfg")), "validate", "-");
    assertTrue(r.out().startsWith("<stdin>: ok, normal form, 2 players, 2x2"), r.out());
  }

  @Test
  void errorsNameStandardInput() {
    CliTest.Run r = withStdin("NFG 1 R \"x\" { \"A\" }\n{ 2 }\n1 2 3\n".getBytes(), "solve", "-");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().startsWith("leverage: <stdin>:"), r.err());
    assertTrue(r.err().contains("standard input without --input-format"), r.err());
  }

  @Test
  void inputFormatOverridesTheContent() throws IOException {
    CliTest.Run r =
        withStdin(
            Files.readAllBytes(Path.of("games/chicken.yaml")),
            "solve",
            "-",
            "--input-format",
            "nfg");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().startsWith("leverage: <stdin>:"), r.err());
  }

  @Test
  void unknownInputFormatIsAUsageError() {
    CliTest.Run r = withStdin(new byte[0], "solve", "-", "--input-format", "gambit");
    assertEquals(2, r.exitCode());
    assertEquals(
        "leverage: --input-format must be nfg, efg or yaml but was \"gambit\"", r.err().strip());
  }

  @Test
  void convertReadsStandardInput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("entry.yaml");
    CliTest.Run r =
        withStdin(
            Files.readAllBytes(Path.of("games/entry-deterrence.efg")),
            "convert",
            "-",
            out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        CliTest.run("solve", "games/entry-deterrence.efg").out(),
        CliTest.run("solve", out.toString())
            .out()
            .replace(out.toString(), "games/entry-deterrence.efg"));
  }
}
