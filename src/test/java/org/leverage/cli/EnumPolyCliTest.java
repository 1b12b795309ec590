package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code solve --method enumpoly} and the n-player defaults from the command line. */
class EnumPolyCliTest {

  private static final String GAME = "games/export-control-coalition.nfg";

  @Test
  void enumpolyPrintsFloatingPointEquilibriaWithRegretAndTolerance() {
    CliTest.Run r = CliTest.run("solve", GAME, "--method", "enumpoly");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "Method: enumpoly (floating point; equilibria have regret at most 4.0e-08): 3 equilibria"),
        r.out());
    assertTrue(r.out().contains("Equilibrium 2 (regret "), r.out());
    assertTrue(r.out().contains("0.645751"), r.out());
  }

  @Test
  void decimalsApplyToFloatingPointEquilibria() {
    CliTest.Run r =
        CliTest.run("solve", GAME, "--method", "enumpoly", "--format", "csv", "--decimals", "3");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("NE,0.774,0.226,0.646,0.354,0.646,0.354\n"), r.out());
  }

  @Test
  void allRunsPureThenEnumpolyThenThePathMethodsOnThreePlayers() {
    CliTest.Run r = CliTest.run("solve", GAME, "--method", "all", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(9, r.out().lines().count(), r.out());
    assertTrue(
        r.out().startsWith("pure,NE,1,0,1,0,1,0\npure,NE,0,1,0,1,0,1\nenumpoly,NE,"), r.out());
    assertTrue(r.out().contains("\nsimpdiv,NE,") && r.out().contains("\ngnm,NE,"), r.out());
  }

  /**
   * A three-player game without pure equilibria (Nau et al. 2004, section 4: one equilibrium, in
   * irrational mixed strategies) never prints a bare "0 equilibria".
   */
  @Test
  void pureOnAGameWithoutPureEquilibriaSaysWhereTheMixedOnesAre() {
    String game = "src/test/resources/conformance/games/catalog_journals_ijgt_nau2004_sec4.nfg";
    CliTest.Run r = CliTest.run("solve", game, "--method", "pure");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("0 equilibria"), r.out());
    assertTrue(r.out().contains("no pure-strategy equilibrium exists"), r.out());
    assertTrue(r.out().contains("--method enumpoly"), r.out());
    CliTest.Run auto = CliTest.run("solve", game, "--format", "csv");
    assertEquals(0, auto.exitCode(), auto.err());
    assertEquals("NE,0.619233,0.380767,0.479804,0.520196,0.378825,0.621175\n", auto.out());
  }

  @Test
  void aTooLargeGameExitsWithFourNamingTheOption() {
    CliTest.Run r =
        CliTest.run(
            "solve",
            "src/test/resources/conformance/games/5x4x3.nfg",
            "--method",
            "enumpoly",
            "--max-supports",
            "100");
    assertEquals(4, r.exitCode(), r.out());
    assertTrue(r.err().contains("3255 support profiles"), r.err());
    assertTrue(r.err().contains("--max-supports"), r.err());
  }

  @Test
  void autoSkipsEnumpolyAboveItsLimitWithANote() {
    CliTest.Run r =
        CliTest.run(
            "solve", "src/test/resources/conformance/games/5x4x3.nfg", "--max-supports", "100");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Method: pure"), r.out());
    assertTrue(
        r.out().contains("Note: enumpoly, which finds mixed equilibria, did not run"), r.out());
  }

  @Test
  void limitsOfEnumpolyAreRefusedWhereItDoesNotRun() {
    CliTest.Run r = CliTest.run("solve", "games/chicken.nfg", "--max-supports", "10");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--max-supports and --max-unknowns apply to"), r.err());
  }
}
