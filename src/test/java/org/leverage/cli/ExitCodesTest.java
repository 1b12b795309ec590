package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.cli.CliTest.Run;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  /** A command that fails the way a bug in library code does. */
  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalArgumentException("index 3 out of range for 2 players");
    }
  }

  @Test
  void zeroIsSuccess() {
    assertEquals(0, CliTest.run("validate", "games/chicken.yaml").exitCode());
  }

  @Test
  void oneIsAnInternalErrorAndAnIllegalArgumentFromLibraryCodeIsOne() {
    StringWriter err = new StringWriter();
    CommandLine cl = Leverage.commandLine().addSubcommand(new Failing());
    cl.setErr(new PrintWriter(err, true));
    assertFailure(
        new Run(cl.execute("fail"), "", err.toString()),
        1,
        "leverage: internal error: index 3 out of range for 2 players");
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

  /** Options and methods that do not apply are refused, never silently ignored. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "solve games/degenerate.yaml --components --format csv; text and json only",
        "solve games/chicken.yaml --method lcp --components; --components applies to enummixed",
        "solve games/chicken.yaml --label 1; --label applies to --method lcp",
        "solve games/chicken.yaml --method lcp --label 5; --label must be between 1 and 4",
        "solve games/entry-deterrence.efg --label 1; not to game trees",
        "solve games/entry-deterrence.efg --components; not to game trees",
        "solve games/chicken.yaml --threads 2; --threads applies to dynamic games",
        "solve games/export-control-dynamic.yaml --periods 5; infinite-horizon",
        "solve games/export-control-dynamic.yaml --threads 0; --threads must be between 1 and",
        "solve games/chicken.yaml --method spe; not to normal-form games",
        "solve games/repeated-prisoners-dilemma.yaml; leverage repeated",
        "solve games/chicken.yaml --selection first; --selection applies to dynamic games",
        "solve games/export-control-dynamic.yaml --selection first; leader-follower timing",
        "solve games/stochastic-prisoners-dilemma.yaml --selection best; first-undominated or",
        "solve games/stochastic-prisoners-dilemma.yaml --exact; drop --exact",
        "compare games/chip-export-controls.yaml --set erosion=2; --set erosion=2: erosion must",
        "solve games/chicken.yaml --decimals 101; --decimals must be between 0 and 100",
        "repeated games/chicken.yaml; --discount is required",
        "repeated games/entry-deterrence.efg --discount 1/2; is neither a repeated game",
        "convert games/export-control-dynamic.yaml out.yaml; only the YAML form",
        "convert games/chip-export-controls.yaml out.nfg; only the YAML form",
        "bench games/chicken.yaml --repeat 0; --repeat >= 1"
      })
  void requestsThatDoNotApplyAreUsageErrors(String command, String expected) {
    assertFailure(CliTest.run(command.split(" ")), 2, expected);
  }

  @Test
  void aScenarioIsComparedNotSolved() {
    assertFailure(
        CliTest.run("solve", "games/chip-export-controls.yaml"),
        2,
        "leverage: games/chip-export-controls.yaml is a compute-leverage scenario; run: leverage"
            + " compare games/chip-export-controls.yaml");
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
    assertFailure(
        CliTest.run("solve", slow.toString()), 4, "raise max_iterations in the game file");
  }

  @Test
  void fiveIsAnOutputThatCannotBeWritten() {
    Path out = dir.resolve("no-such-folder").resolve("chicken.nfg");
    assertFailure(
        CliTest.run("convert", "games/chicken.yaml", out.toString()),
        5,
        "cannot write " + out + ": no such file or folder");
  }

  @Test
  void fiveIsAReportFolderThatCannotBeMade() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "", StandardCharsets.UTF_8);
    Path report = file.resolve("report");
    Run r =
        CliTest.run(
            "compare",
            "games/chip-export-controls.yaml",
            "--regime",
            "OPEN",
            "--report",
            "" + report);
    assertFailure(r, 5, "cannot write " + report + ": ");
  }
}
