package org.leverage.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ProfilePayoffsTest {

  private static BigFraction f(int n, int d) {
    return new BigFraction(n, d);
  }

  /** Matching pennies: the unique equilibrium is (1/2, 1/2) for both. */
  private static NormalFormGame pennies() {
    List<Player> players =
        List.of(new Player("1", List.of("H", "T")), new Player("2", List.of("H", "T")));
    BigFraction one = BigFraction.ONE;
    BigFraction minus = BigFraction.MINUS_ONE;
    BigFraction[][] cells = {{one, minus}, {minus, one}, {minus, one}, {one, minus}};
    return NormalFormGame.ofPayoffs("pennies", "", players, cells);
  }

  @Test
  void mixedEquilibriumHasZeroRegret() {
    NormalFormGame g = pennies();
    MixedProfile half =
        new MixedProfile(List.of(List.of(f(1, 2), f(1, 2)), List.of(f(1, 2), f(1, 2))));
    assertTrue(ProfilePayoffs.isNashEquilibrium(g, half));
    assertEquals(BigFraction.ZERO, ProfilePayoffs.expectedPayoff(g, half, 0));
  }

  @Test
  void pureProfileOfPenniesHasRegretTwo() {
    NormalFormGame g = pennies();
    MixedProfile hh = MixedProfile.pure(g, 0, 0);
    assertFalse(ProfilePayoffs.isNashEquilibrium(g, hh));
    assertEquals(new BigFraction(2), ProfilePayoffs.regret(g, hh, 1));
    assertEquals(BigFraction.ZERO, ProfilePayoffs.regret(g, hh, 0));
  }

  @Test
  void probabilitiesMustSumToOne() {
    assertThrows(
        IllegalArgumentException.class, () -> new MixedProfile(List.of(List.of(f(1, 2), f(1, 3)))));
  }

  @Test
  void cellsAreNumberedWithFirstPlayerFastest() {
    NormalFormGame g = pennies();
    assertEquals(1, g.cellIndex(1, 0));
    assertEquals(2, g.cellIndex(0, 1));
    assertEquals(BigFraction.MINUS_ONE, g.payoff(0, g.cellIndex(1, 0)));
  }
}
