package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.io.EfgWriter;
import org.leverage.io.NfgWriter;
import org.leverage.testing.RandomTrees;
import org.leverage.testing.TestGames;

/** {@code solve --time-limit} and {@code solve --stream} as users type them. */
class TimeLimitAndStreamCliTest {

  @TempDir Path dir;

  /** A random 30x30 game: enummixed takes seconds on it, far beyond a limit of 0.3 s. */
  private Path slowGame() throws Exception {
    Path file = dir.resolve("slow.nfg");
    Files.writeString(file, NfgWriter.write(TestGames.randomBimatrix(30, 30, 30, 100)));
    return file;
  }

  private static List<String> sortedLines(String text) {
    return Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).sorted().toList();
  }

  @Test
  void aTimeLimitStopsWithWhatWasFoundMarkedIncompleteAndExit4() throws Exception {
    Path game = slowGame();
    long start = System.nanoTime();
    CliTest.Run r = CliTest.run("solve", game.toString(), "--time-limit", "0.3");
    double seconds = (System.nanoTime() - start) / 1e9;

    assertEquals(ExitCodes.SOLVER_LIMIT, r.exitCode(), r.err());
    assertTrue(seconds < 30, "stopped soon after the limit, not at the end: " + seconds + " s");
    assertTrue(
        r.out().contains("enummixed stopped: the time limit of 0.3 s (--time-limit) ran out"),
        r.out());
    assertTrue(
        r.out().contains("there may be more") || r.out().contains("it had found none"), r.out());
  }

  @Test
  void jsonSaysIncompleteAndCsvExplainsOnStandardError() throws Exception {
    Path game = slowGame();
    CliTest.Run json =
        CliTest.run("solve", game.toString(), "--time-limit", "0.3", "--format", "json");
    assertEquals(ExitCodes.SOLVER_LIMIT, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"complete\" : false"), json.out());

    CliTest.Run csv =
        CliTest.run("solve", game.toString(), "--time-limit", "0.3", "--format", "csv");
    assertEquals(ExitCodes.SOLVER_LIMIT, csv.exitCode());
    assertTrue(csv.err().startsWith("leverage: enummixed stopped: the time limit"), csv.err());
  }

  @Test
  void aGameSolvedWithinTheLimitIsComplete() {
    CliTest.Run r =
        CliTest.run("solve", "games/chicken.nfg", "--time-limit", "60", "--format", "json");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"complete\" : true"), r.out());
  }

  /**
   * A tree stopped by its limit prints nothing: exit 4 and the message. (That every tree method and
   * dynamic games stop at their watch is checked, deterministically, in WatchTest.)
   */
  @Test
  void aTreeStopsWithExit4AndAMessage() throws Exception {
    Path tree = dir.resolve("big.efg");
    Files.writeString(
        tree, EfgWriter.write(RandomTrees.perfectInformation(7, 100_000, 2, 0.1, 1000)));
    CliTest.Run r = CliTest.run("solve", tree.toString(), "--time-limit", "0.002");
    assertEquals(ExitCodes.SOLVER_LIMIT, r.exitCode(), r.err());
    assertTrue(r.err().contains("the time limit of 0.002 s (--time-limit) ran out"), r.err());
    assertEquals("", r.out());
  }

  /**
   * Methods outside the equilibrium loop (correlated, qre) stop too, printing nothing. Their games
   * take 0.2 s (qre, 12x12x12) and 1.7 s (correlated, 6x6) warm, far above the 0.01 s limit.
   */
  @ParameterizedTest
  @ValueSource(strings = {"correlated", "qre"})
  void correlatedAndQreStopWithExit4(String method) throws Exception {
    Path game = dir.resolve("game.nfg");
    int[] shape = method.equals("qre") ? new int[] {12, 12, 12} : new int[] {6, 6};
    Files.writeString(game, NfgWriter.write(TestGames.random(new Random(4), shape, 99)));
    CliTest.Run r =
        CliTest.run("solve", game.toString(), "--method", method, "--time-limit", "0.01");
    assertEquals(ExitCodes.SOLVER_LIMIT, r.exitCode(), r.err());
    assertTrue(r.err().contains("(--time-limit) ran out"), r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1000001", "abc", "NaN"})
  void aTimeLimitOutOfRangeIsAUsageError(String value) {
    CliTest.Run r = CliTest.run("solve", "games/chicken.nfg", "--time-limit", value);
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leverage: "), r.err());
    assertTrue(r.err().contains("--time-limit"), r.err());
  }

  @ParameterizedTest
  @CsvSource({
    "games/chicken.nfg, enummixed",
    "games/chicken.nfg, pure",
    "games/chicken.nfg, lcp",
    "games/matching-pennies.nfg, lp",
    "games/export-control-coalition.nfg, enumpoly",
    "games/export-control-coalition.nfg, auto"
  })
  void streamedRowsAreTheRowsOfTheWholeAnswer(String file, String method) {
    CliTest.Run whole = CliTest.run("solve", file, "--method", method, "--format", "csv");
    CliTest.Run streamed =
        CliTest.run("solve", file, "--method", method, "--format", "csv", "--stream");
    assertEquals(ExitCodes.OK, streamed.exitCode(), streamed.err());
    assertFalse(streamed.out().isEmpty());
    assertEquals(sortedLines(whole.out()), sortedLines(streamed.out()));
  }

  @Test
  void streamedRowsFollowTheSameHeader() {
    String[] whole = {"solve", "games/chicken.nfg", "--format", "csv", "--header"};
    CliTest.Run sorted = CliTest.run(whole);
    CliTest.Run streamed = CliTest.run(append(whole, "--stream"));
    assertEquals(ExitCodes.OK, streamed.exitCode(), streamed.err());
    String header = sorted.out().lines().findFirst().orElseThrow();
    assertEquals(header, streamed.out().lines().findFirst().orElseThrow());
    assertEquals(sortedLines(sorted.out()), sortedLines(streamed.out()));
  }

  private static String[] append(String[] args, String more) {
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }

  @Test
  void streamingPrintsRowsBeforeTheTimeLimitStopsIt() throws Exception {
    Path game = slowGame();
    CliTest.Run r =
        CliTest.run("solve", game.toString(), "--format", "csv", "--stream", "--time-limit", "0.3");
    assertEquals(ExitCodes.SOLVER_LIMIT, r.exitCode(), r.err());
    assertTrue(r.err().contains("enummixed stopped"), r.err());
    for (String row : sortedLines(r.out())) {
      assertTrue(row.startsWith("NE,"), row);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "solve games/chicken.nfg --stream | --stream prints CSV rows; add --format csv",
        "solve games/entry-deterrence.efg --stream --format csv | --stream applies to normal-form"
            + " games, not to game trees",
        "solve games/chicken.nfg --stream --format csv --method all | drop --method all and"
            + " --select",
        "solve games/chicken.nfg --stream --format csv --select payoff | drop --method all and"
            + " --select",
        "solve games/chicken.nfg --stream --format csv -d 0 | --decimals 0 would print a mixed"
            + " probability",
        "solve games/chicken.nfg --stream --format csv --method qre | qre traces one branch"
      })
  void streamIsRefusedWhereItCannotStream(String args, String message) {
    CliTest.Run r = CliTest.run(args.trim().split(" "));
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains(message.trim()), r.err());
  }
}
