package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --decimals} never prints a mixed equilibrium as if it were pure. */
class DecimalsCliTest {

  @Test
  void tooFewDecimalsForAMixedProbabilityAreRefused() {
    // Chicken's mixed equilibrium plays 9/10 and 1/10: with no decimals, 1/10 would print as 0.
    CliTest.Run zero = CliTest.run("solve", "games/chicken.nfg", "-d", "0");
    assertEquals(2, zero.exitCode(), zero.out());
    assertTrue(zero.err().contains("give at least 1 decimals"), zero.err());
    CliTest.Run one = CliTest.run("solve", "games/chicken.nfg", "-d", "1", "--format", "csv");
    assertEquals(0, one.exitCode(), one.err());
    assertTrue(one.out().contains("0.9,0.1,0.9,0.1"), one.out());
  }

  @Test
  void jsonGivesNumbersWithTheExactFractionsBeside() {
    CliTest.Run exact = CliTest.run("solve", "games/chicken.nfg", "--format", "json");
    assertEquals(0, exact.exitCode(), exact.err());
    String out = exact.out().replaceAll("\\s+", "");
    assertTrue(
        out.contains("\"probabilities\":[0.9,0.1],\"probabilitiesExact\":[\"9/10\",\"1/10\"]"),
        out);
    CliTest.Run rounded = CliTest.run("solve", "games/chicken.nfg", "--format", "json", "-d", "3");
    assertTrue(
        rounded.out().replaceAll("\\s+", "").contains("\"probabilities\":[0.900,0.100]"),
        rounded.out());
  }

  @Test
  void pureEquilibriaNeedNoDecimals() {
    CliTest.Run pd = CliTest.run("solve", "games/prisoners-dilemma.nfg", "-d", "0");
    assertEquals(0, pd.exitCode(), pd.err());
  }

  @Test
  void floatingPointEquilibriaAreCheckedToo() {
    CliTest.Run r =
        CliTest.run(
            "solve", "games/export-control-coalition.nfg", "--method", "enumpoly", "-d", "0");
    assertEquals(2, r.exitCode(), r.out());
    CliTest.Run ok =
        CliTest.run(
            "solve", "games/export-control-coalition.nfg", "--method", "enumpoly", "-d", "1");
    assertEquals(0, ok.exitCode(), ok.err());
  }
}
