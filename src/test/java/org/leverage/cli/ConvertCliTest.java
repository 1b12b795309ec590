package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code convert} writes reads back as the same game, for every pair of formats, also for deep
 * and large trees; it never replaces its input, nor an existing file without {@code --force}.
 */
class ConvertCliTest {

  @TempDir Path dir;

  /** Solves {@code file} and names it {@code as} in the output, to compare two files' games. */
  private static String solved(Path file, String as) {
    CliTest.Run r = CliTest.run("solve", file.toString(), "--method", "all");
    assertEquals(0, r.exitCode(), r.err());
    return r.out().replace(file.toString(), as);
  }

  @ParameterizedTest
  @CsvSource({
    "games/chicken.nfg, nfg",
    "games/chicken.nfg, yaml",
    "games/chicken.yaml, nfg",
    "games/chicken.yaml, yml",
    "games/entry-deterrence.efg, efg",
    "games/entry-deterrence.efg, yaml",
    "games/entry-deterrence.yaml, efg",
    "games/entry-deterrence.yaml, yaml",
    "games/crisis-denial.efg, yaml",
    "games/crisis-denial.yaml, efg",
  })
  void whatConvertWritesReadsBackAsTheSameGame(String source, String extension) {
    Path out = dir.resolve("converted." + extension);
    CliTest.Run r = CliTest.run("convert", source, out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(solved(Path.of(source), "GAME"), solved(out, "GAME"));
  }

  @ParameterizedTest
  @CsvSource({"games/entry-deterrence.efg", "games/crisis-denial.yaml"})
  void aTreeWrittenAsNfgReadsBackAsItsReducedStrategicForm(String source) {
    Path out = dir.resolve("reduced.nfg");
    CliTest.Run r = CliTest.run("convert", source, out.toString());
    assertEquals(0, r.exitCode(), r.err());
    String shape = r.out().replaceAll("(?s).*normal form, 2 players, (\\d+x\\d+).*", "$1");
    CliTest.Run back = CliTest.run("validate", out.toString());
    assertEquals(0, back.exitCode(), back.err());
    assertTrue(back.out().contains("normal form, 2 players, " + shape), back.out());
  }

  @Test
  void convertNeverReplacesItsInput() throws IOException {
    Path in = dir.resolve("chicken.nfg");
    Files.copy(Path.of("games/chicken.nfg"), in);
    for (String out : new String[] {in.toString(), dir.resolve(".").resolve("chicken.nfg") + ""}) {
      CliTest.Run r = CliTest.run("convert", in.toString(), out, "--force");
      assertEquals(2, r.exitCode());
      assertTrue(r.err().contains("convert never replaces its input"), r.err());
    }
    assertEquals(Files.readString(Path.of("games/chicken.nfg")), Files.readString(in));
  }

  @Test
  void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
    Path out = dir.resolve("chicken.yaml");
    Files.writeString(out, "mine");
    CliTest.Run r = CliTest.run("convert", "games/chicken.nfg", out.toString());
    assertEquals(5, r.exitCode());
    assertEquals(
        "leverage: cannot write " + out + ": exists; pass --force to replace it", r.err().strip());
    assertEquals("mine", Files.readString(out));
    assertEquals(
        0, CliTest.run("convert", "games/chicken.nfg", out.toString(), "--force").exitCode());
    assertEquals(solved(Path.of("games/chicken.nfg"), "GAME"), solved(out, "GAME"));
  }

  /** A chain of {@code depth} moves, each player in turn stopping (a leaf) or going on. */
  private static String centipede(int depth) {
    StringBuilder sb = new StringBuilder("EFG 2 R \"deep\" { \"A\" \"B\" }\n\"\"\n\n");
    for (int i = 0; i < depth; i++) {
      sb.append("p \"\" ").append(i % 2 + 1).append(' ').append(i / 2 + 1);
      sb.append(" \"\" { \"Stop\" \"Go\" } 0\n");
      sb.append("t \"\" ").append(i + 1).append(" \"\" { ").append(i).append(", ").append(-i);
      sb.append(" }\n");
    }
    return sb.append("t \"\" ").append(depth + 1).append(" \"\" { 0, 0 }\n").toString();
  }

  /**
   * Regression (usability issue): a 600-move-deep tree converted to YAML that the reader refused
   * for its nesting, and its indentation grew with the square of the depth.
   */
  @Test
  void aDeepTreeConvertsToYamlAndBack() throws IOException {
    Path efg = dir.resolve("deep.efg");
    Files.writeString(efg, centipede(1000));
    Path yaml = dir.resolve("deep.yaml");
    Path back = dir.resolve("back.efg");
    assertEquals(0, CliTest.run("convert", efg.toString(), yaml.toString()).exitCode());
    assertTrue(
        Files.size(yaml) < 200 * 2001, "YAML of 2001 nodes has " + Files.size(yaml) + " bytes");
    CliTest.Run r = CliTest.run("convert", yaml.toString(), back.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        CliTest.run("validate", efg.toString()).out().replace(efg.toString(), "F"),
        CliTest.run("validate", back.toString()).out().replace(back.toString(), "F"));
  }

  @Test
  void aTreeTooDeepForYamlIsRefusedClearly() throws IOException {
    Path efg = dir.resolve("deeper.efg");
    Files.writeString(efg, centipede(1001));
    CliTest.Run r = CliTest.run("convert", efg.toString(), dir.resolve("deeper.yaml").toString());
    assertEquals(2, r.exitCode());
    assertEquals(
        "leverage: the tree is deeper than 1000 moves, the most a YAML game tree may nest; write"
            + " it as .efg",
        r.err().strip());
    Path yaml = dir.resolve("hand.yaml");
    StringBuilder sb = new StringBuilder("version: 1\ntype: extensive-form\nplayers: [A]\nroot: ");
    sb.append("{player: A, actions: {a: ".repeat(1001)).append("{}").append("}}".repeat(1001));
    Files.writeString(yaml, sb.append('\n').toString());
    CliTest.Run read = CliTest.run("validate", yaml.toString());
    assertEquals(3, read.exitCode());
    assertTrue(
        read.err().contains("a game tree may be at most 1000 moves deep in YAML"), read.err());
  }

  /**
   * Regression (usability issue): a 200,000-node tree ran out of memory converting; the output is
   * now linear in the tree. A binary tree of 17 levels (262,143 nodes), kept fast by a time limit.
   */
  @Test
  void aLargeTreeConvertsInBoundedTimeAndMemory() throws IOException {
    StringBuilder sb = new StringBuilder("EFG 2 R \"big\" { \"A\" \"B\" }\n\"\"\n\n");
    int[] infosets = new int[2];
    int leaves = 0;
    // Preorder of a complete binary tree: the depth of each node, iteratively.
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    stack.push(0);
    while (!stack.isEmpty()) {
      int d = stack.pop();
      if (d == 17) {
        leaves++;
        sb.append("t \"\" ").append(leaves).append(" \"\" { ").append(leaves % 7);
        sb.append(", ").append(leaves % 5).append(" }\n");
        continue;
      }
      int p = d % 2;
      sb.append("p \"\" ").append(p + 1).append(' ').append(++infosets[p]);
      sb.append(" \"\" { \"L\" \"R\" } 0\n");
      stack.push(d + 1);
      stack.push(d + 1);
    }
    Path efg = dir.resolve("big.efg");
    Files.writeString(efg, sb.toString());
    Path yaml = dir.resolve("big.yaml");
    Path back = dir.resolve("back.efg");
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          assertEquals(0, CliTest.run("convert", efg.toString(), yaml.toString()).exitCode());
          CliTest.Run r = CliTest.run("convert", yaml.toString(), back.toString());
          assertEquals(0, r.exitCode(), r.err());
        });
    assertTrue(
        CliTest.run("validate", back.toString())
            .out()
            .contains("262143 nodes, 131071 information"));
  }
}
