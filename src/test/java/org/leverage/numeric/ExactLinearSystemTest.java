package org.leverage.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactLinearSystemTest {

  private static BigFraction[] v(long... xs) {
    BigFraction[] out = new BigFraction[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = new BigFraction(xs[i]);
    }
    return out;
  }

  @Test
  void squareSystemHasItsUniqueSolution() {
    // 2x + y = 1, x + 3y = 2: x = 1/5, y = 3/5.
    BigFraction[] x =
        ExactLinearSystem.solve(new BigFraction[][] {v(2, 1), v(1, 3)}, v(1, 2)).get();
    assertArrayEquals(new BigFraction[] {new BigFraction(1, 5), new BigFraction(3, 5)}, x);
  }

  @Test
  void singularSquareSystemHasNoSolution() {
    assertTrue(ExactLinearSystem.solve(new BigFraction[][] {v(1, 2), v(2, 4)}, v(1, 2)).isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> ExactLinearSystem.solve(new BigFraction[][] {v(1, 2)}, v(1, 2)));
  }

  @Test
  void rectangularSystemsGetABasicSolution() {
    // x + y + z = 1 with y, z free: (1, 0, 0).
    assertArrayEquals(
        v(1, 0, 0),
        ExactLinearSystem.basicSolution(new BigFraction[][] {v(1, 1, 1)}, v(1), 3).get());
    // A repeated consistent equation is redundant: 0x + 2y = 4 twice gives y = 2, x free.
    assertArrayEquals(
        v(0, 2),
        ExactLinearSystem.basicSolution(new BigFraction[][] {v(0, 2), v(0, 2)}, v(4, 4), 2).get());
    // Inconsistent: x = 1 and x = 2.
    assertTrue(
        ExactLinearSystem.basicSolution(new BigFraction[][] {v(1), v(1)}, v(1, 2), 1).isEmpty());
    // No equations: every unknown is free.
    assertArrayEquals(v(0, 0), ExactLinearSystem.basicSolution(new BigFraction[0][], v(), 2).get());
  }
}
