package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Reproduce" line of every report is the command as typed, with every option that shapes the
 * results (a repeated game's --target, compare's --decimals once fell out of it) and none of those
 * that do not (--threads, --report, --format, --quiet).
 */
class TypedCommandCliTest {

  @TempDir Path dir;

  private String reportOf(String... args) throws Exception {
    CliTest.Run r = CliTest.run(args);
    assertEquals(0, r.exitCode(), r.err());
    return Files.readString(dir.resolve("report.md"));
  }

  @Test
  void repeatedKeepsItsTarget() throws Exception {
    String md =
        reportOf(
            "repeated",
            "games/prisoners-dilemma.nfg",
            "--discount",
            "0.9",
            "--target",
            "Cooperate,Cooperate",
            "--report",
            dir.toString(),
            "-q");
    assertTrue(
        md.contains(
            "leverage repeated --discount 0.9 --target Cooperate,Cooperate"
                + " games/prisoners-dilemma.nfg\n"),
        md);
  }

  @Test
  void compareKeepsItsDecimalsAndDropsThreads() throws Exception {
    String md =
        reportOf(
            "compare",
            "games/chip-export-controls.yaml",
            "--set",
            "erosion=0.2",
            "-d",
            "2",
            "--threads",
            "2",
            "--set",
            "chokepoint0=0.8",
            "--report",
            dir.toString(),
            "--quiet");
    assertTrue(
        md.contains(
            "leverage compare --set erosion=0.2 --set chokepoint0=0.8 --decimals 2"
                + " games/chip-export-controls.yaml\n"),
        md);
  }

  @Test
  void sensitivityKeepsEveryAnalysisOption() throws Exception {
    String md =
        reportOf(
            "sensitivity",
            "games/chip-export-controls.yaml",
            "--oneway",
            "erosion",
            "--points",
            "3",
            "--threads",
            "2",
            "--report",
            dir.toString(),
            "-q");
    assertTrue(
        md.contains(
            "leverage sensitivity --oneway erosion --points 3 games/chip-export-controls.yaml\n"),
        md);
  }
}
