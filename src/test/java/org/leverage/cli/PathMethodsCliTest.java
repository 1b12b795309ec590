package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code solve --method simpdiv|gnm} and their options from the command line. */
class PathMethodsCliTest {

  private static final String COALITION = "games/export-control-coalition.nfg";

  @Test
  void simpdivAndGnmPrintAnEquilibriumWithItsRegret() {
    for (String method : new String[] {"simpdiv", "gnm"}) {
      CliTest.Run run = CliTest.run("solve", COALITION, "--method", method);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains(method), run.out());
      assertTrue(run.out().contains("regret"), run.out());
    }
  }

  @Test
  void aStepLimitIsExitFourAndNamesTheOption() {
    CliTest.Run run = CliTest.run("solve", COALITION, "--method", "gnm", "--max-steps", "1");
    assertEquals(4, run.exitCode(), run.out());
    assertTrue(run.err().contains("--max-steps"), run.err());
  }

  @Test
  void pathOptionsAreRefusedWhereNoPathMethodRuns() {
    CliTest.Run run = CliTest.run("solve", COALITION, "--method", "pure", "--seed", "3");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("apply to --method simpdiv or gnm"), run.err());
    CliTest.Run bad = CliTest.run("solve", COALITION, "--method", "gnm", "--tolerance", "-1");
    assertEquals(2, bad.exitCode());
  }

  @Test
  void allOnThreePlayersRunsEveryMethod() {
    CliTest.Run run = CliTest.run("solve", COALITION, "--method", "all");
    assertEquals(0, run.exitCode(), run.err());
    for (String method : new String[] {"pure", "enumpoly", "simpdiv", "gnm"}) {
      assertTrue(run.out().contains(method), method + "\n" + run.out());
    }
  }
}
