package org.leverage.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;

/** Parsing and printing of exact rationals. Text never passes through {@code double}. */
public final class Rationals {

  private Rationals() {}

  /**
   * Parses an integer ({@code -3}), a decimal ({@code 0.25}, {@code 1e-3}) or a fraction ({@code
   * 7/3}, {@code -1.5/2}) exactly.
   *
   * @return the value, or empty when the text is not such a number (including NaN and infinities)
   */
  public static Optional<BigFraction> parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    int slash = t.indexOf('/');
    if (slash >= 0) {
      Optional<BigFraction> num = parseDecimal(t.substring(0, slash));
      Optional<BigFraction> den = parseDecimal(t.substring(slash + 1));
      if (num.isEmpty() || den.isEmpty() || den.get().getNumerator().signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(num.get().divide(den.get()));
    }
    return parseDecimal(t);
  }

  private static Optional<BigFraction> parseDecimal(String t) {
    // BigDecimal accepts exactly the plain and scientific notations; it rejects NaN,
    // Infinity, hexadecimal and locale-specific separators.
    if (t.isEmpty() || !t.chars().allMatch(c -> "+-.0123456789eE".indexOf(c) >= 0)) {
      return Optional.empty();
    }
    try {
      BigDecimal d = new BigDecimal(t);
      if (Math.abs((long) d.scale()) > 10_000) {
        return Optional.empty();
      }
      return Optional.of(of(d));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The exact value of a decimal. */
  public static BigFraction of(BigDecimal d) {
    if (d.scale() <= 0) {
      return new BigFraction(d.toBigIntegerExact());
    }
    return new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** Like {@link #parse} but throws {@link IllegalArgumentException} on bad text. */
  public static BigFraction parseOrThrow(String text) {
    return parse(text)
        .orElseThrow(() -> new IllegalArgumentException("not a rational number: \"" + text + "\""));
  }

  /** {@code "a"} for integers, {@code "a/b"} otherwise, in lowest terms. */
  public static String format(BigFraction f) {
    BigFraction r = f.reduce();
    if (r.getDenominator().equals(BigInteger.ONE)) {
      return r.getNumerator().toString();
    }
    return r.getNumerator() + "/" + r.getDenominator();
  }

  /** {@code "(1, 1/2, 0)"}: each number as {@link #format} writes it. */
  public static String tuple(List<BigFraction> xs) {
    return xs.stream().map(Rationals::format).collect(Collectors.joining(", ", "(", ")"));
  }
}
