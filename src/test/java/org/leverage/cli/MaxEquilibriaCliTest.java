package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --max-equilibria}: the option every equilibrium limit's message names. */
class MaxEquilibriaCliTest {

  @Test
  void aLimitOfEquilibriaNamesTheOptionThatRaisesIt() {
    // Chicken has two pure equilibria and three in all.
    CliTest.Run pure =
        CliTest.run("solve", "games/chicken.nfg", "--method", "pure", "--max-equilibria", "1");
    assertEquals(4, pure.exitCode(), pure.out());
    assertTrue(pure.err().contains("--max-equilibria N"), pure.err());
    CliTest.Run mixed =
        CliTest.run("solve", "games/chicken.nfg", "--method", "enummixed", "--max-equilibria", "2");
    assertEquals(4, mixed.exitCode(), mixed.out());
    assertTrue(mixed.err().contains("--max-equilibria N"), mixed.err());
    CliTest.Run enough =
        CliTest.run("solve", "games/chicken.nfg", "--method", "enummixed", "--max-equilibria", "3");
    assertEquals(0, enough.exitCode(), enough.err());
  }

  /** Under all, a method that stops at its limit is noted and the next method still runs. */
  @Test
  void allGoesOnAfterAMethodStopsAtItsLimit() {
    CliTest.Run r =
        CliTest.run("solve", "games/chicken.nfg", "--method", "all", "--max-equilibria", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("pure stopped at a limit and found nothing"), r.out());
    assertTrue(r.out().contains("enummixed stopped at a limit and found nothing"), r.out());
    assertTrue(r.out().contains("Method: lcp"), r.out());
  }

  @Test
  void theOptionIsCheckedAndRefusedWhereItDoesNotApply() {
    CliTest.Run zero = CliTest.run("solve", "games/chicken.nfg", "--max-equilibria", "0");
    assertEquals(2, zero.exitCode());
    assertTrue(zero.err().contains("--max-equilibria must be at least 1"), zero.err());
    CliTest.Run dominance =
        CliTest.run("solve", "games/chicken.nfg", "--method", "dominance", "--max-equilibria", "5");
    assertEquals(2, dominance.exitCode());
    assertTrue(dominance.err().contains("--max-equilibria applies to"), dominance.err());
  }
}
