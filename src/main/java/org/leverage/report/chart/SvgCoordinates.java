package org.leverage.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every SVG the project writes prints its coordinates: at most two decimals, so that the same
 * drawing gives the same bytes on every machine and the files stay small.
 */
public final class SvgCoordinates {

  private SvgCoordinates() {}

  /** {@code x} with at most two decimals, no exponent, no negative zero. */
  public static String twoDecimals(double x) {
    String s =
        BigDecimal.valueOf(x)
            .setScale(2, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
