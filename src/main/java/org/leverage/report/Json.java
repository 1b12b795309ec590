package org.leverage.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Rationals;

/**
 * The one JSON writer of every report: indented JSON of maps and lists (callers use {@code
 * LinkedHashMap} for a stable order), and the one place that decides how a number becomes JSON.
 *
 * <p>The convention of every command (README, "JSON output"): a number is a JSON number, never a
 * string. An exact rational goes out twice: under its key as a JSON number (an integer as an
 * integer, any other value as the nearest double, or rounded to {@code --decimals} when given) and
 * under the sibling key {@code <key>Exact} as its exact fraction in a string ({@code "2/3"}), so no
 * precision is lost. Floating-point results are JSON numbers only, with their fixed decimals
 * ({@link #number(FixedDecimals, double)}) or as computed.
 */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON number of the exact value {@code x}: an integer as itself; otherwise the nearest
   * double, or with {@code --decimals} the value rounded to them.
   */
  static Number number(NumberFormat numbers, BigFraction x) {
    if (!numbers.exact()) {
      return new BigDecimal(numbers.format(x));
    }
    BigFraction r = x.reduce();
    return r.getDenominator().equals(BigInteger.ONE) ? r.getNumerator() : r.doubleValue();
  }

  /** The JSON number of the floating-point value {@code x} with its fixed decimals. */
  static Number number(FixedDecimals decimals, double x) {
    return new BigDecimal(decimals.format(x));
  }

  static List<Number> numbers(NumberFormat numbers, List<BigFraction> xs) {
    return xs.stream().map(x -> number(numbers, x)).toList();
  }

  static List<Number> numbers(FixedDecimals decimals, List<Double> xs) {
    return xs.stream().map(x -> number(decimals, x)).toList();
  }

  /** {@code key}: the JSON number of {@code x}; {@code keyExact}: its exact fraction. */
  static void putExact(Map<String, Object> m, String key, NumberFormat numbers, BigFraction x) {
    m.put(key, number(numbers, x));
    m.put(key + "Exact", Rationals.format(x));
  }

  /** {@code key}: the JSON numbers of {@code xs}; {@code keyExact}: their exact fractions. */
  static void putExact(
      Map<String, Object> m, String key, NumberFormat numbers, List<BigFraction> xs) {
    m.put(key, numbers(numbers, xs));
    m.put(key + "Exact", xs.stream().map(Rationals::format).toList());
  }

  /** As {@link #putExact(Map, String, NumberFormat, List)} for a list of rows of values. */
  static void putExactRows(
      Map<String, Object> m, String key, NumberFormat numbers, List<List<BigFraction>> rows) {
    m.put(key, rows.stream().map(row -> numbers(numbers, row)).toList());
    m.put(
        key + "Exact",
        rows.stream().map(row -> row.stream().map(Rationals::format).toList()).toList());
  }
}
