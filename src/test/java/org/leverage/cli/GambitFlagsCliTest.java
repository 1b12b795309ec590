package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gambit's short flags mean what the long options they stand for mean. */
class GambitFlagsCliTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "solve games/chicken.nfg -d 3|solve games/chicken.nfg --decimals 3",
        "compare games/hawk-world.yaml --regime OPEN -d 2|compare games/hawk-world.yaml --regime"
            + " OPEN --decimals 2",
        "solve games/degenerate.yaml -c|solve games/degenerate.yaml --components",
        "solve games/entry-deterrence.efg -P|solve games/entry-deterrence.efg --method spe",
        "solve games/crisis-denial.yaml -P|solve games/crisis-denial.yaml --method spe",
        "solve games/chicken.nfg -P|solve games/chicken.nfg",
        "solve games/chicken.nfg -q|solve games/chicken.nfg",
        "repeated games/repeated-prisoners-dilemma.yaml -q -d 4|repeated"
            + " games/repeated-prisoners-dilemma.yaml --quiet --decimals 4",
      })
  void shortFlagPrintsWhatTheLongOptionPrints(String shortForm, String longForm) {
    CliTest.Run s = CliTest.run(shortForm.split(" "));
    CliTest.Run l = CliTest.run(longForm.split(" "));
    assertEquals(0, l.exitCode(), l.err());
    assertEquals(l, s);
  }

  @Test
  void flagsChangeWhatIsPrinted() {
    assertNotEquals(
        CliTest.run("solve", "games/chicken.nfg").out(),
        CliTest.run("solve", "games/chicken.nfg", "-d", "3").out());
    assertNotEquals(
        CliTest.run("solve", "games/degenerate.yaml").out(),
        CliTest.run("solve", "games/degenerate.yaml", "-c").out());
    // enummixed also finds the Nash equilibrium that is not subgame perfect (Out, Fight).
    assertNotEquals(
        CliTest.run("solve", "games/entry-deterrence.efg", "--method", "enummixed").out(),
        CliTest.run("solve", "games/entry-deterrence.efg", "-P").out());
  }

  @Test
  void subgamePerfectWithAnotherMethodIsAUsageError() {
    CliTest.Run r = CliTest.run("solve", "games/entry-deterrence.efg", "-P", "--method", "lcp");
    assertEquals(2, r.exitCode());
    assertEquals(
        "leverage: -P asks for --method spe but --method is lcp; drop one of them",
        r.err().strip());
  }

  @Test
  void quietDropsNotesButNotResults(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("chicken.yaml");
    CliTest.Run loud = CliTest.run("convert", "games/chicken.nfg", out.toString());
    assertTrue(loud.out().startsWith("wrote "), loud.out());
    Files.delete(out);
    CliTest.Run quiet = CliTest.run("convert", "-q", "games/chicken.nfg", out.toString());
    assertEquals(new CliTest.Run(0, "", ""), quiet);
    assertTrue(Files.isRegularFile(out));

    Path report = dir.resolve("report");
    CliTest.Run noted =
        CliTest.run(
            "compare", "games/hawk-world.yaml", "--regime", "OPEN", "--report", "" + report);
    assertTrue(noted.err().contains("report written to"), noted.err());
    CliTest.Run silent =
        CliTest.run(
            "compare", "games/hawk-world.yaml", "--regime", "OPEN", "--report", "" + report, "-q");
    assertEquals("", silent.err());
    assertEquals(noted.out(), silent.out());
  }
}
