package org.leverage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.Solution;

/**
 * How many decimals a normal-form solution needs so that no mixed probability is printed as if it
 * were pure: a probability strictly between 0 and 1 must not round to {@code 0} or {@code 1}. With
 * fewer, a mixed equilibrium would read as a pure one. Floating-point probabilities within their
 * method's tolerance of 0 or 1 count as 0 or 1.
 */
public final class ProbabilityDigits {

  /** More decimals than this are not searched: a probability below 10^-100 prints as 0 anyway. */
  private static final int MOST = 100;

  private ProbabilityDigits() {}

  /** The fewest decimals (0 to 100) at which every probability of {@code s} keeps its kind. */
  public static int needed(Solution.NormalForm s) {
    int needed = 0;
    for (Solution.NormalForm.Section section : s.sections()) {
      for (MixedProfile p : section.result().equilibria()) {
        needed = Math.max(needed, needed(p));
      }
    }
    for (Solution.NormalForm.ApproximateSection section : s.approximate()) {
      double tolerance = section.result().tolerance();
      for (ApproximateSolver.Equilibrium e : section.result().equilibria()) {
        for (double x : e.profile().flatten()) {
          // Within the method's tolerance of 0 or 1 is rounding, not mixing.
          if (x > tolerance && x < 1 - tolerance) {
            needed = Math.max(needed, needed(new BigFraction(x)));
          }
        }
      }
    }
    return needed;
  }

  /**
   * Refuses {@code format} when it prints fewer decimals than {@code needed}.
   *
   * @throws UsageException naming {@code --decimals} and the decimals needed
   */
  public static void require(NumberFormat format, int needed) {
    if (!format.exact() && format.decimals() < needed) {
      throw new UsageException(
          "--decimals "
              + format.decimals()
              + " would print a mixed probability as 0 or 1, as if the equilibrium were pure;"
              + " give at least "
              + needed
              + " decimals, or leave --decimals out for exact fractions");
    }
  }

  /** The fewest decimals (0 to 100) at which every probability of {@code p} keeps its kind. */
  public static int needed(MixedProfile p) {
    int needed = 0;
    for (BigFraction x : p.flatten()) {
      needed = Math.max(needed, needed(x));
    }
    return needed;
  }

  private static int needed(BigFraction x) {
    if (x.getNumerator().signum() == 0 || x.equals(BigFraction.ONE)) {
      return 0;
    }
    BigDecimal value =
        new BigDecimal(x.getNumerator())
            .divide(new BigDecimal(x.getDenominator()), MOST + 1, RoundingMode.HALF_EVEN);
    for (int d = 0; d <= MOST; d++) {
      BigDecimal rounded = value.setScale(d, RoundingMode.HALF_EVEN);
      if (rounded.signum() != 0 && rounded.compareTo(BigDecimal.ONE) != 0) {
        return d;
      }
    }
    return MOST;
  }
}
