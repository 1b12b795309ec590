package org.leverage.game.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnitGridTest {

  @Test
  void cellRuleAndWeightsFollowTheModel() {
    UnitGrid g = new UnitGrid(5);
    assertEquals(0, g.cell(0));
    assertEquals(1, g.cell(0.25));
    assertEquals(3, g.cell(1));
    assertEquals(2, g.cell(0.6));
    assertEquals(0.4, g.upperWeight(0.6, 2), 1e-15);
    int[] idx = new int[2];
    double[] w = new double[2];
    assertEquals(1, g.linear(1, idx, w, 0));
    assertEquals(4, idx[0]);
    assertEquals(1, w[0]);
    assertEquals(2, g.linear(0.6, idx, w, 0));
    assertArrayEquals(new int[] {2, 3}, idx);
    assertArrayEquals(new double[] {0.6, 0.4}, w, 1e-15);
  }

  @Test
  void decimalsOnTheGridAreFoundExactly() {
    assertEquals(OptionalInt.of(7), new UnitGrid(101).indexOf(0.07));
    assertEquals(OptionalInt.of(45), new UnitGrid(51).indexOf(0.9));
    assertEquals(OptionalInt.empty(), new UnitGrid(51).indexOf(0.07));
  }

  @Test
  void bilinearWeightsReproduceBilinearFunctions() {
    UnitGrid gx = new UnitGrid(11);
    UnitGrid gy = new UnitGrid(6);
    int[] idx = new int[4];
    double[] w = new double[4];
    for (double x : new double[] {0, 0.033, 0.5, 0.91, 1}) {
      for (double y : new double[] {0, 0.27, 0.8, 1}) {
        int n = UnitGrid.bilinear(gx, x, gy, y, idx, w, 0);
        double sum = 0;
        double f = 0;
        for (int k = 0; k < n; k++) {
          int i = idx[k] / gy.size();
          int j = idx[k] % gy.size();
          sum += w[k];
          f += w[k] * fn(gx.point(i), gy.point(j));
        }
        assertEquals(1, sum, 1e-14);
        assertEquals(fn(x, y), f, 1e-13);
      }
    }
  }

  private static double fn(double x, double y) {
    return 1 + 2 * x - 3 * y + 0.5 * x * y;
  }

  @Test
  void offGridCoordinatesAreRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new UnitGrid(3).cell(1.0000001));
    assertEquals("grid coordinate must be in [0, 1] but was 1.0000001", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new UnitGrid(1));
  }
}
