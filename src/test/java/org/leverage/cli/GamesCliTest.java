package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leverage games} lists the games bundled on the classpath, which are the project's {@code
 * games/} folder, and {@code --extract} copies them out without replacing files unless forced.
 */
class GamesCliTest {

  @Test
  void bundledListingIsTheListingOfTheGamesFolder() throws Exception {
    CliTest.Run bundled = CliTest.run("games");
    CliTest.Run folder = CliTest.run("games", "--dir", "games");
    assertEquals(0, bundled.exitCode(), bundled.err());
    assertEquals(folder, bundled);
    List<Path> files = CliTest.bundledGames().toList();
    assertEquals(files.size(), bundled.out().lines().count());
    assertTrue(bundled.out().contains("run: leverage compare games/hawk-world.yaml"));
  }

  @Test
  void extractCopiesEveryGameAndRefusesToReplaceWithoutForce(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("my-games");
    CliTest.Run r = CliTest.run("games", "--extract", target.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<Path> files = CliTest.bundledGames().toList();
    assertEquals("leverage: extracted " + files.size() + " games to " + target, r.err().strip());
    for (Path f : files) {
      assertArrayEquals(
          Files.readAllBytes(f), Files.readAllBytes(target.resolve(f.getFileName())), "" + f);
    }
    Path first = target.resolve(files.get(0).getFileName());
    Files.writeString(first, "mine");
    CliTest.Run again = CliTest.run("games", "--extract", target.toString());
    assertEquals(5, again.exitCode());
    assertEquals(
        "leverage: cannot write " + first + ": exists; pass --force to replace it",
        again.err().strip());
    assertEquals("mine", Files.readString(first));
    CliTest.Run forced = CliTest.run("games", "--extract", target.toString(), "--force", "-q");
    assertEquals(new CliTest.Run(0, "", ""), forced);
    assertArrayEquals(Files.readAllBytes(files.get(0)), Files.readAllBytes(first));
  }

  @Test
  void forceWithoutExtractIsAUsageError() {
    CliTest.Run r = CliTest.run("games", "--force");
    assertEquals(2, r.exitCode());
    assertEquals("leverage: --force applies to --extract", r.err().strip());
  }
}
