package org.leverage.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class IntegerPivotingTest {

  private static BigInteger[] v(long... xs) {
    BigInteger[] out = new BigInteger[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = BigInteger.valueOf(xs[i]);
    }
    return out;
  }

  @Test
  void solvesWithACommonDenominator() {
    // 2x + y = 1, x + 3y = 2: x = 1/5, y = 3/5.
    BigInteger[] r = IntegerPivoting.solve(new BigInteger[][] {v(2, 1), v(1, 3)}, v(1, 2)).get();
    assertEquals(3, r.length);
    assertEquals(new BigFraction(1, 5), new BigFraction(r[0], r[2]));
    assertEquals(new BigFraction(3, 5), new BigFraction(r[1], r[2]));
  }

  @Test
  void agreesWithRationalEliminationOnAThreeByThree() {
    long[][] a = {{0, 2, 1}, {3, -1, 4}, {5, 6, -2}};
    long[] b = {7, -3, 4};
    BigInteger[][] ai = new BigInteger[3][];
    BigFraction[][] af = new BigFraction[3][3];
    BigFraction[] bf = new BigFraction[3];
    for (int i = 0; i < 3; i++) {
      ai[i] = v(a[i]);
      for (int j = 0; j < 3; j++) {
        af[i][j] = new BigFraction(a[i][j]);
      }
      bf[i] = new BigFraction(b[i]);
    }
    BigInteger[] r = IntegerPivoting.solve(ai, v(b)).get();
    BigFraction[] x = ExactLinearSystem.solve(af, bf).get();
    for (int i = 0; i < 3; i++) {
      assertEquals(x[i], new BigFraction(r[i], r[3]));
    }
  }

  @Test
  void singularSystemHasNoSolution() {
    assertTrue(IntegerPivoting.solve(new BigInteger[][] {v(1, 2), v(2, 4)}, v(1, 2)).isEmpty());
  }
}
