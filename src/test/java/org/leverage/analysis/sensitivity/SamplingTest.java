package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SamplingTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 100, 1000})
  void latinHypercubeHitsEveryStratumOfEveryCoordinateExactlyOnce(int n) {
    Sampling s = new Sampling(SamplingMethod.LATIN_HYPERCUBE, n, 5, 42);
    for (int j = 0; j < 5; j++) {
      int[] hits = new int[n];
      for (int i = 0; i < n; i++) {
        // the stratum of p is floor(p n) in exact arithmetic
        BigDecimal scaled = new BigDecimal(s.point(i)[j]).multiply(BigDecimal.valueOf(n));
        hits[scaled.intValue()]++;
      }
      int[] once = new int[n];
      Arrays.fill(once, 1);
      assertArrayEquals(once, hits, "coordinate " + j);
    }
  }

  @ParameterizedTest
  @EnumSource(SamplingMethod.class)
  void everyCoordinateLiesStrictlyInsideTheUnitInterval(SamplingMethod method) {
    Sampling s = new Sampling(method, 2000, 3, 7);
    for (int i = 0; i < s.size(); i++) {
      for (double p : s.point(i)) {
        assertTrue(p > 0 && p < 1, "point " + i + ": " + p);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SamplingMethod.class)
  void aPointDependsOnlyOnTheSeedAndItsIndex(SamplingMethod method) {
    Sampling forward = new Sampling(method, 50, 4, 123);
    Sampling again = new Sampling(method, 50, 4, 123);
    for (int i = 49; i >= 0; i--) {
      assertArrayEquals(forward.point(i), again.point(i));
    }
    assertArrayEquals(forward.point(3), forward.point(3));
    Sampling other = new Sampling(method, 50, 4, 124);
    assertFalse(Arrays.equals(forward.point(0), other.point(0)));
  }

  @ParameterizedTest
  @EnumSource(SamplingMethod.class)
  void coordinatesAreUniform(SamplingMethod method) {
    Sampling s = new Sampling(method, 10_000, 2, 5);
    double sum = 0;
    int below = 0;
    for (int i = 0; i < s.size(); i++) {
      sum += s.point(i)[1];
      below += s.point(i)[1] < 0.25 ? 1 : 0;
    }
    assertEquals(0.5, sum / s.size(), 0.01);
    assertEquals(0.25, below / (double) s.size(), 0.015);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void refusesAnEmptySample(int n) {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new Sampling(SamplingMethod.PLAIN, n, 2, 1));
    assertEquals("sample size must be at least 1 but was " + n, e.getMessage());
  }
}
