package org.leverage.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactSimplexTest {

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  private static BigFraction[] v(long... xs) {
    BigFraction[] out = new BigFraction[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = f(xs[i]);
    }
    return out;
  }

  /** max 3x + 2y s.t. x + y <= 4, x + 3y <= 6, x <= 3: optimum (3, 1), value 11. */
  @Test
  void textbookOptimumWithSlacks() {
    BigFraction[][] m = {v(1, 1, 1, 0, 0), v(1, 3, 0, 1, 0), v(1, 0, 0, 0, 1)};
    ExactSimplex.Solution s =
        maximize(v(3, 2, 0, 0, 0), m, v(4, 6, 3), ExactSimplex.UNLIMITED).orElseThrow();
    assertEquals(f(11), s.objective());
    assertArrayEquals(v(3, 1, 0, 0, 0), s.x());
  }

  @Test
  void fractionalOptimumIsExact() {
    // max x s.t. 3x + y = 1, y >= 0: x = 1/3.
    ExactSimplex.Solution s =
        maximize(v(1, 0), new BigFraction[][] {v(3, 1)}, v(1), ExactSimplex.UNLIMITED)
            .orElseThrow();
    assertEquals(new BigFraction(1, 3), s.objective());
  }

  @Test
  void infeasibleRedundantAndUnbounded() {
    assertTrue(
        maximize(v(1, 0), new BigFraction[][] {v(1, 1), v(1, 1)}, v(1, 2), ExactSimplex.UNLIMITED)
            .isEmpty());
    // A repeated equality row is redundant and dropped after phase 1.
    ExactSimplex.Solution s =
        maximize(v(1, 0), new BigFraction[][] {v(1, 1), v(2, 2)}, v(1, 2), ExactSimplex.UNLIMITED)
            .orElseThrow();
    assertEquals(f(1), s.objective());
    assertThrows(
        IllegalArgumentException.class,
        () -> maximize(v(1, 0), new BigFraction[][] {v(-1, 1)}, v(0), ExactSimplex.UNLIMITED));
  }

  /** Negative right-hand sides are handled by negating rows in phase 1. */
  @Test
  void negativeRightHandSide() {
    // max -x s.t. -x + s = -2 (x >= 2): x = 2.
    ExactSimplex.Solution s =
        maximize(v(-1, 0), new BigFraction[][] {v(-1, 1)}, v(-2), ExactSimplex.UNLIMITED)
            .orElseThrow();
    assertEquals(f(-2), s.objective());
  }

  /**
   * The Wyndor example (Hillier and Lieberman): max 3x + 5y s.t. x <= 4, 2y <= 12, 3x + 2y <= 18;
   * primal optimum (2, 6), value 36, dual (0, 3/2, 1).
   */
  @Test
  void fromOriginGivesPrimalAndDual() {
    BigFraction[][] a = {v(1, 0), v(0, 2), v(3, 2)};
    ExactSimplex.PrimalDual s =
        maximizeFromOrigin(v(3, 5), a, v(4, 12, 18), ExactSimplex.UNLIMITED);
    assertArrayEquals(v(2, 6), s.x());
    assertArrayEquals(new BigFraction[] {f(0), new BigFraction(3, 2), f(1)}, s.y());
    assertEquals(f(36), s.objective());
    assertThrows(
        IllegalArgumentException.class,
        () -> maximizeFromOrigin(v(1), new BigFraction[][] {v(1)}, v(-1), 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> maximizeFromOrigin(v(1, 1), new BigFraction[][] {v(1, 0)}, v(1), 10));
  }

  @Test
  void pivotLimitIsEnforced() {
    BigFraction[][] a = {v(1, 0), v(0, 2), v(3, 2)};
    ExactSimplex.PivotLimitException e =
        assertThrows(
            ExactSimplex.PivotLimitException.class,
            () -> maximizeFromOrigin(v(3, 5), a, v(4, 12, 18), 1));
    assertTrue(e.getMessage().contains("exceeded 1 pivots"), e.getMessage());
  }

  private static Optional<ExactSimplex.Solution> maximize(
      BigFraction[] c, BigFraction[][] m, BigFraction[] b, long maxPivots) {
    return ExactSimplex.maximize(c, m, b, maxPivots, () -> {});
  }

  private static ExactSimplex.PrimalDual maximizeFromOrigin(
      BigFraction[] c, BigFraction[][] a, BigFraction[] b, long maxPivots) {
    return ExactSimplex.maximizeFromOrigin(c, a, b, maxPivots, () -> {});
  }
}
