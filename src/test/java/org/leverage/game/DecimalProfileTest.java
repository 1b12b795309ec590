package org.leverage.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class DecimalProfileTest {

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
  void uniformPlayInPenniesHasZeroRegret() {
    DecimalProfile half = DecimalProfile.normalised(new double[][] {{1, 1}, {1, 1}});
    assertEquals(0, half.maxRegret(pennies()), 0);
    assertEquals(0, half.expectedPayoff(pennies(), 0), 0);
  }

  @Test
  void regretAgreesWithTheExactComputationOnAPureProfile() {
    NormalFormGame g = pennies();
    MixedProfile exact = MixedProfile.pure(g, 0, 0);
    DecimalProfile decimal = DecimalProfile.of(exact);
    assertEquals(ProfilePayoffs.regret(g, exact, 1).doubleValue(), decimal.maxRegret(g), 0);
    assertArrayEquals(new double[] {-1, 1}, decimal.strategyValues(g, 1), 0);
  }

  @Test
  void normalisingClampsNegativeRoundingAndRescales() {
    DecimalProfile p = DecimalProfile.normalised(new double[][] {{-1e-17, 2}, {3, 1}});
    assertArrayEquals(new double[] {0, 1, 0.75, 0.25}, p.flatten(), 0);
  }

  @Test
  void refusesProbabilitiesThatAreNotADistribution() {
    assertThrows(
        IllegalArgumentException.class, () -> new DecimalProfile(List.of(List.of(0.5, 0.4))));
    assertThrows(
        IllegalArgumentException.class, () -> new DecimalProfile(List.of(List.of(Double.NaN))));
    assertThrows(
        IllegalArgumentException.class, () -> DecimalProfile.normalised(new double[][] {{0, 0}}));
  }

  @Test
  void canonicalOrderPutsLargerFirstProbabilitiesFirst() {
    DecimalProfile a = DecimalProfile.normalised(new double[][] {{1, 0}});
    DecimalProfile b = DecimalProfile.normalised(new double[][] {{0.5, 0.5}});
    assertTrue(DecimalProfile.CANONICAL_ORDER.compare(a, b) < 0);
  }
}
