package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;

class AxisTest {

  private static final Scenario BASE = SmallScenarios.read("chip-export-controls");

  @Test
  void continuousValuesAreEvenlySpacedWithExactEnds() {
    List<Double> v = Axis.of(BASE, ParameterKey.EROSION, 0.08, 0.35, 4).values();
    assertEquals(4, v.size());
    assertEquals(0.08, v.get(0));
    assertEquals(0.08 + 0.27 / 3, v.get(1), 1e-15);
    assertEquals(0.35, v.get(3));
    assertEquals(List.of(0.2), Axis.of(BASE, ParameterKey.EROSION, 0.2, 0.2, 5).values());
  }

  @Test
  void wholeNumbersAreRoundedAndNotRepeated() {
    Axis a = Axis.of(BASE, ParameterKey.HORIZON_PERIODS, 1, 4, 11);
    assertTrue(a.discrete());
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0), a.values());
    assertEquals(
        List.of(1.0, 3.0, 4.0), Axis.of(BASE, ParameterKey.HORIZON_PERIODS, 1, 4, 3).values());
  }

  @Test
  void theInitialStateStaysOnItsGrid() {
    // grid_e = 11: the chokepoint takes multiples of 1/10 only.
    Axis a = Axis.of(BASE, ParameterKey.CHOKEPOINT0, 0.75, 0.95, 3);
    assertEquals(10, a.divisions());
    assertEquals(0.8, a.low());
    assertEquals(0.9, a.high());
    assertEquals(List.of(0.8, 0.9), a.values());
  }

  @Test
  void badRangesAreRefusedWithTheRule() {
    assertEquals(
        "low 0.3 must not exceed high 0.1",
        assertThrows(
                IllegalArgumentException.class,
                () -> Axis.of(BASE, ParameterKey.EROSION, 0.3, 0.1, 5))
            .getMessage());
    assertEquals(
        "erosion must be in [0, 1] but was 2",
        assertThrows(
                IllegalArgumentException.class, () -> Axis.of(BASE, ParameterKey.EROSION, 0, 2, 5))
            .getMessage());
    assertEquals(
        "points must be at least 2 but was 0",
        assertThrows(
                IllegalArgumentException.class, () -> Axis.of(BASE, ParameterKey.EROSION, 0, 1, 0))
            .getMessage());
    assertEquals(
        "chokepoint0 takes only multiples of 1/10 and there is none in [0.81, 0.89]",
        assertThrows(
                IllegalArgumentException.class,
                () -> Axis.of(BASE, ParameterKey.CHOKEPOINT0, 0.81, 0.89, 5))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> Axis.of(BASE, ParameterKey.GRID_S, 20, 22, 3))
            .getMessage()
            .startsWith("grid_s = 20: self_sufficiency0 must lie on the grid of grid_s = 20"));
  }
}
