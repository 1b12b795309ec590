package org.leverage.io;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Rationals;

/**
 * Parses payoff texts exactly with {@link Rationals#parse}, remembering the value of each text so
 * that a game whose payoffs repeat (the usual case: a million cells, a few hundred distinct
 * numbers) parses each number once and stores one {@link BigFraction} per distinct text. The memory
 * is bounded: after {@value #MAX_REMEMBERED} distinct texts, new texts are parsed but not
 * remembered, so a game whose payoffs are all distinct costs no map on top of its values. One
 * instance per file read; not thread-safe.
 */
final class PayoffParser {

  private static final int MAX_REMEMBERED = 1 << 16;

  private final Map<String, BigFraction> remembered = new HashMap<>();

  /** The exact value of {@code text}, or null when it is not a finite rational. */
  BigFraction parse(String text) {
    BigFraction value = remembered.get(text);
    if (value == null) {
      value = Rationals.parse(text).orElse(null);
      if (value != null && remembered.size() < MAX_REMEMBERED) {
        remembered.put(text, value);
      }
    }
    return value;
  }
}
