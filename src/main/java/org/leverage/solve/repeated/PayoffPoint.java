package org.leverage.solve.repeated;

import java.util.Comparator;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Rationals;

/** An exact payoff vector of a two-player game. */
public record PayoffPoint(BigFraction u0, BigFraction u1) {

  /** Lexicographic: by {@code u0}, then {@code u1}. */
  public static final Comparator<PayoffPoint> LEXICOGRAPHIC =
      Comparator.comparing(PayoffPoint::u0).thenComparing(PayoffPoint::u1);

  public PayoffPoint {
    u0 = Objects.requireNonNull(u0, "u0").reduce();
    u1 = Objects.requireNonNull(u1, "u1").reduce();
  }

  public BigFraction get(int player) {
    return player == 0 ? u0 : u1;
  }

  @Override
  public String toString() {
    return "(" + Rationals.format(u0) + ", " + Rationals.format(u1) + ")";
  }
}
