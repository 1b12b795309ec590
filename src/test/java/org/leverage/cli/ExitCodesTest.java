package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.cli.CliTest.Run;

/**
 * One case per exit code of the README's table, each with its one-line message: the code says whose
 * problem it is (the program's, the command line's, the game file's, a solver's limit, the
 * output's), and no message shows a stack trace or a Java class name.
 */
class ExitCodesTest {

  @TempDir Path dir;

  private static void assertFailure(Run r, int code, String expected) {
    assertEquals(code, r.exitCode(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("leverage: "), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
  }

  @Test
  void zeroIsSuccess() {
    assertEquals(0, CliTest.run("validate", "games/chicken.yaml").exitCode());
  }

  @Test
  void twoIsAUsageError() {
    assertFailure(
        CliTest.run("games", "--dir", dir.resolve("missing").toString()), 2, "is not a folder");
    assertFailure(
        CliTest.run("convert", "games/chicken.yaml", dir.resolve("out.txt").toString()),
        2,
        "cannot choose a format");
  }

  @Test
  void threeIsAnInvalidOrUnreadableGameFile() throws IOException {
    assertFailure(
        CliTest.run("validate", dir.resolve("absent.nfg").toString()),
        3,
        "cannot read " + dir.resolve("absent.nfg") + ": no such file or folder");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "version: 2\n", StandardCharsets.UTF_8);
    assertFailure(CliTest.run("validate", bad.toString()), 3, "bad.yaml:1:");
  }

  @Test
  void fourIsASolverLimit() throws IOException {
    Path slow = dir.resolve("slow.yaml");
    Files.writeString(
        slow,
        Files.readString(Path.of("games/stochastic-prisoners-dilemma.yaml"))
            .replace("max_iterations: 10000", "max_iterations: 5"),
        StandardCharsets.UTF_8);
    assertFailure(CliTest.run("solve", slow.toString()), 4, "raise the iteration limit");
  }

  @Test
  void fiveIsAnOutputThatCannotBeWritten() {
    Path out = dir.resolve("no-such-folder").resolve("chicken.nfg");
    assertFailure(
        CliTest.run("convert", "games/chicken.yaml", out.toString()),
        5,
        "cannot write " + out + ": no such file or folder");
  }
}
