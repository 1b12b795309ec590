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
}
