package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code bench} times any method {@code solve} lists, on any kind of game file. */
class BenchCliTest {

  @Test
  void everyKindOfFileAndMethodIsTimedUnderTheNameTyped() {
    CliTest.Run r =
        CliTest.run(
            "bench",
            "games/export-control-coalition.nfg",
            "games/entry-deterrence.efg",
            "--method",
            "pure,simpdiv,all",
            "--warmup",
            "0",
            "--repeat",
            "1");
    java.util.List<String> rows =
        r.out().lines().map(line -> String.join(" ", line.trim().split(" +"))).toList();
    String out = String.join("\n", rows);
    assertTrue(out.contains("export-control-coalition.nfg 2x2x2 simpdiv 1 "), out);
    assertTrue(out.contains("export-control-coalition.nfg 2x2x2 all 9 "), out);
    assertTrue(out.contains("entry-deterrence.efg tree pure 2 "), out);
    // simpdiv does not apply to trees: its row says so and the next method still runs.
    assertTrue(
        out.contains("entry-deterrence.efg tree simpdiv failed: method simpdiv applies"), out);
    assertTrue(out.contains("entry-deterrence.efg tree all 7 "), out);
    assertEquals(2, r.exitCode(), "a failed method makes the exit code");
  }

  @Test
  void allMethodsOfAGameRunWithoutFailures() {
    CliTest.Run r =
        CliTest.run(
            "bench",
            "games/chicken.nfg",
            "--method",
            "enummixed,lcp,qre,correlated",
            "--repeat",
            "1",
            "--warmup",
            "0");
    assertEquals(0, r.exitCode(), r.out());
    assertEquals(5, r.out().lines().count(), r.out());
  }
}
