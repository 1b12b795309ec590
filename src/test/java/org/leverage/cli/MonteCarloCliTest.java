package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code leverage sensitivity --montecarlo}: same seed, same bytes, for any thread count. */
class MonteCarloCliTest {

  private static final String[] SMALL = {
    "sensitivity",
    "games/chip-export-controls.yaml",
    "--set",
    "self_sufficiency0=0.1",
    "--set",
    "grid_s=11",
    "--set",
    "chokepoint0=0.8",
    "--set",
    "grid_e=6",
    "--set",
    "horizon_periods=8",
    "--montecarlo",
    "12",
    "--sobol",
    "--lhs",
    "--seed",
    "7",
    "--format",
    "json"
  };

  private static CliTest.Run run(String threads) {
    String[] args = java.util.Arrays.copyOf(SMALL, SMALL.length + 2);
    args[SMALL.length] = "--threads";
    args[SMALL.length + 1] = threads;
    return CliTest.run(args);
  }

  @Test
  void sameSeedSameBytesForOneAndTwoThreads() {
    CliTest.Run one = run("1");
    CliTest.Run two = run("2");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
    assertTrue(one.out().contains("\"draws\" : 12"), one.out());
    assertTrue(one.out().contains("\"method\" : \"latin-hypercube\""), one.out());
    assertTrue(one.out().contains("\"sobol\" : {"), one.out());
    assertTrue(one.out().contains("\"military_risk_weight\" : {"), one.out());
  }

  @Test
  void badMonteCarloRequestsAreUsageErrors() {
    CliTest.Run alone =
        CliTest.run(
            "sensitivity", "games/chip-export-controls.yaml", "--montecarlo", "5", "--tornado");
    assertEquals(2, alone.exitCode(), alone.err());
    CliTest.Run few =
        CliTest.run("sensitivity", "games/chip-export-controls.yaml", "--montecarlo", "1");
    assertEquals(2, few.exitCode(), few.err());
    assertTrue(few.err().contains("--montecarlo needs at least 2 draws"), few.err());
    CliTest.Run lhs = CliTest.run("sensitivity", "games/chip-export-controls.yaml", "--lhs");
    assertEquals(2, lhs.exitCode(), lhs.err());
  }

  @Test
  void chunksMergeIntoExactlyTheOutputOfOneRun(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    CliTest.Run whole = run("2");
    String prefix = dir.resolve("run").toString();
    for (String chunk : new String[] {"2/3", "1/3", "3/3"}) {
      String[] args = java.util.Arrays.copyOf(SMALL, SMALL.length + 4);
      args[SMALL.length] = "--chunk";
      args[SMALL.length + 1] = chunk;
      args[SMALL.length + 2] = "--out";
      args[SMALL.length + 3] = prefix + "-" + chunk.charAt(0);
      CliTest.Run part = CliTest.run(args);
      assertEquals(0, part.exitCode(), part.err());
    }
    CliTest.Run merged =
        CliTest.run(
            "merge",
            prefix + "-3.montecarlo.csv",
            prefix + "-1.montecarlo.csv",
            prefix + "-2.montecarlo.csv",
            prefix + "-2.sobol.csv",
            prefix + "-1.sobol.csv",
            prefix + "-3.sobol.csv",
            "--format",
            "json");
    assertEquals(0, merged.exitCode(), merged.err());
    assertEquals(whole.out(), merged.out());
    CliTest.Run missing =
        CliTest.run("merge", prefix + "-1.montecarlo.csv", prefix + "-2.montecarlo.csv");
    assertEquals(2, missing.exitCode(), missing.err());
    assertTrue(missing.err().startsWith("leverage: cannot merge: "), missing.err());
  }
}
