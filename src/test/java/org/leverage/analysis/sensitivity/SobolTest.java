package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SobolTest {

  private static final double A = 7;
  private static final double B = 0.1;

  /**
   * The Ishigami function (T. Ishigami, T. Homma, 1990) of three inputs uniform on [-pi, pi], from
   * unit-hypercube coordinates.
   */
  private static final ToDoubleFunction<double[]> ISHIGAMI =
      u -> {
        double x1 = Math.PI * (2 * u[0] - 1);
        double x2 = Math.PI * (2 * u[1] - 1);
        double x3 = Math.PI * (2 * u[2] - 1);
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
      };

  @ParameterizedTest
  @EnumSource(SamplingMethod.class)
  void ishigamiIndicesLieWithinTheirBootstrapIntervalsAroundTheTrueValues(SamplingMethod method) {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double variance = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
    double v1 = 0.5 * (1 + B * pi4 / 5) * (1 + B * pi4 / 5);
    double v2 = A * A / 8;
    double v13 = 8 * B * B * pi8 / 225;
    double[] first = {v1 / variance, v2 / variance, 0};
    double[] total = {(v1 + v13) / variance, v2 / variance, v13 / variance};

    SobolIndices s = Sobol.analyze(ISHIGAMI, new SaltelliDesign(method, 1 << 12, 3, 2010), 500, 1);

    assertEquals(variance, s.variance(), 0.05 * variance);
    for (int i = 0; i < 3; i++) {
      SobolIndices.Index x = s.indices().get(i);
      String what = method + " input " + (i + 1) + ": " + x;
      assertTrue(x.firstInterval().contains(first[i]), what);
      assertTrue(x.totalInterval().contains(total[i]), what);
      assertTrue(x.firstInterval().contains(x.first()), what);
      assertTrue(x.totalInterval().contains(x.total()), what);
      assertEquals(first[i], x.first(), 0.05, what);
      assertEquals(total[i], x.total(), 0.05, what);
    }
  }

  @Test
  void theSameSeedsGiveTheSameIndices() {
    SaltelliDesign d = new SaltelliDesign(SamplingMethod.PLAIN, 256, 3, 9);
    assertEquals(Sobol.analyze(ISHIGAMI, d, 100, 3), Sobol.analyze(ISHIGAMI, d, 100, 3));
  }

  @Test
  void theDesignSwapsOneColumnOfAForBs() {
    SaltelliDesign d = new SaltelliDesign(SamplingMethod.LATIN_HYPERCUBE, 10, 3, 4);
    assertEquals(50, d.size());
    for (int r = 0; r < d.n(); r++) {
      double[] a = d.point(5 * r);
      double[] b = d.point(5 * r + 1);
      for (int i = 0; i < 3; i++) {
        double[] ab = d.point(5 * r + 2 + i);
        double[] expected = a.clone();
        expected[i] = b[i];
        assertArrayEquals(expected, ab);
        assertTrue(a[i] != b[i]);
      }
    }
  }

  @Test
  void refusesOutputsThatDoNotFitTheDesign() {
    double[] y = new double[4 * 5 - 1];
    var e = assertThrows(IllegalArgumentException.class, () -> Sobol.estimate(y, 4, 3, 10, 1));
    assertEquals(
        "Sobol indices need n >= 2 rows, k >= 1 inputs and n (k + 2) outputs but had n = 4, k = 3"
            + " and 19 outputs",
        e.getMessage());
    double[] ok = new double[20];
    Arrays.setAll(ok, m -> m);
    assertThrows(IllegalArgumentException.class, () -> Sobol.estimate(ok, 4, 3, 0, 1));
  }
}
