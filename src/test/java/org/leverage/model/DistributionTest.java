package org.leverage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void quantilesAreMonotoneAndInsideTheSupport() {
    List<Distribution> all =
        List.of(
            new Distribution.Uniform(0.1, 0.3),
            new Distribution.Triangular(0.1, 0.2, 0.3),
            new Distribution.Normal(1, 2),
            new Distribution.TruncatedNormal(0.2, 0.5, 0.1, 0.3),
            new Distribution.LogNormal(0, 0.5),
            new Distribution.Beta(2, 3, 0.1, 0.3),
            new Distribution.Gamma(2, 0.5));
    for (Distribution d : all) {
      double previous = Double.NEGATIVE_INFINITY;
      for (int i = 1; i < 100; i++) {
        double x = d.quantile(i / 100.0);
        assertTrue(x >= previous, d + " at " + i);
        assertTrue(x >= d.lower() && x <= d.upper(), d + ": " + x);
        previous = x;
      }
    }
    assertEquals(0.2, new Distribution.Uniform(0.1, 0.3).quantile(0.5), 1e-15);
    assertEquals(1, new Distribution.LogNormal(0, 0.5).quantile(0.5), 1e-9);
    assertEquals(0.25, new Distribution.Uniform(0.25, 0.25).quantile(0.7));
  }

  @Test
  void badParametersAreRefusedWithTheirName() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Normal(0, -1))
            .getMessage()
            .contains("sd must be > 0 but was -1"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(2, 1))
            .getMessage()
            .contains("low 2.0 must not exceed high 1.0"));
    assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(0, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Distribution.Beta(0, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Distribution.Gamma(1, Double.NaN));
  }

  @Test
  void fitsInChecksTheWholeSupportAgainstTheDomain() {
    assertTrue(new Distribution.Uniform(0, 1).fitsIn(Domain.UNIT));
    assertFalse(new Distribution.Normal(0.5, 0.1).fitsIn(Domain.UNIT));
    assertTrue(new Distribution.LogNormal(0, 1).fitsIn(Domain.POSITIVE));
    assertTrue(new Distribution.Gamma(2, 1).fitsIn(Domain.NON_NEGATIVE));
    assertFalse(new Distribution.Gamma(2, 1).fitsIn(Domain.UNIT));
    assertFalse(new Distribution.Uniform(0, 0).fitsIn(Domain.POSITIVE));
    assertFalse(new Distribution.Uniform(2, 3).fitsIn(Domain.integers(2, 10)));
  }

  @Test
  void domainsDescribeThemselves() {
    assertEquals(Optional.of("must be in [0, 1]"), Domain.UNIT.violation(1.5));
    assertEquals(Optional.of("must be > 0"), Domain.POSITIVE.violation(0));
    assertEquals(Optional.of("must be >= 0"), Domain.NON_NEGATIVE.violation(Double.NaN));
    assertEquals(
        Optional.of("must be a whole number in [2, 2001]"),
        Domain.integers(2, 2001).violation(2.5));
    assertEquals(Optional.empty(), Domain.integers(2, 2001).violation(101));
    assertEquals(
        Optional.of("must be >= 0"), Domain.NON_NEGATIVE.violation(Double.POSITIVE_INFINITY));
  }
}
