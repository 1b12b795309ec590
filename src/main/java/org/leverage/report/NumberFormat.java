package org.leverage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Rationals;

/**
 * How rationals are printed: exactly ({@code 2/3}) or as decimals with a fixed number of digits,
 * independent of the locale.
 *
 * @param decimals digits after the point, or -1 for exact fractions
 */
public record NumberFormat(int decimals) {

  public static final NumberFormat EXACT = new NumberFormat(-1);

  public NumberFormat {
    if (decimals < -1 || decimals > 100) {
      throw new IllegalArgumentException(
          "decimals must be between 0 and 100 (or -1 for exact) but was " + decimals);
    }
  }

  public boolean exact() {
    return decimals < 0;
  }

  public String format(BigFraction x) {
    if (exact()) {
      return Rationals.format(x);
    }
    BigDecimal d =
        new BigDecimal(x.getNumerator())
            .divide(new BigDecimal(x.getDenominator()), decimals, RoundingMode.HALF_EVEN);
    if (d.signum() == 0) {
      d = d.abs();
    }
    return d.toPlainString();
  }
}
