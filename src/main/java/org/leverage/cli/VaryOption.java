package org.leverage.cli;

import java.util.OptionalInt;
import org.leverage.solve.UsageException;

/**
 * One {@code --vary KEY=LOW:HIGH[:N]} split into its parts, before the key and the numbers are read
 * (a scenario reads a parameter and decimals, a game file a payoff path and exact rationals).
 *
 * @param text the option's value as typed
 * @param key the part before {@code =}, stripped
 * @param low the low end's text
 * @param high the high end's text
 * @param points {@code N}, when given
 */
record VaryOption(String text, String key, String low, String high, OptionalInt points) {

  /**
   * Splits {@code text}.
   *
   * @throws UsageException {@code "--vary expects KEY=LOW:HIGH or KEY=LOW:HIGH:N but was ..."}, or
   *     when {@code N} is not a whole number
   */
  static VaryOption parse(String text) {
    int eq = text.indexOf('=');
    String[] parts = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
    if (eq <= 0 || parts.length < 2 || parts.length > 3) {
      throw new UsageException(
          "--vary expects KEY=LOW:HIGH or KEY=LOW:HIGH:N but was \"" + text + "\"");
    }
    OptionalInt points = OptionalInt.empty();
    if (parts.length == 3) {
      try {
        points = OptionalInt.of(Integer.parseInt(parts[2].strip()));
      } catch (NumberFormatException e) {
        throw new UsageException(
            "--vary " + text + ": N must be a whole number but was \"" + parts[2].strip() + "\"");
      }
    }
    return new VaryOption(
        text, text.substring(0, eq).strip(), parts[0].strip(), parts[1].strip(), points);
  }

  /** The option as typed, for messages: {@code --vary erosion=0:2}. */
  String option() {
    return "--vary " + text;
  }
}
