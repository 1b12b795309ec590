package org.leverage.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Rationals;

/**
 * YAML scalars as the writers ({@link YamlGameWriter}, {@link YamlTreeWriter}) emit them: exact
 * numbers and safely quoted strings.
 */
final class YamlText {

  private static final int MAX_DECIMAL_PLACES = 12;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.' -]*");
  private static final Set<String> KEYWORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private YamlText() {}

  /**
   * An exact YAML number: integers and terminating decimals of at most 12 places plain ({@code 3},
   * {@code 0.811}), every other rational as a quoted fraction ({@code "1/3"}).
   */
  static String number(BigFraction value) {
    BigInteger den = value.getDenominator();
    if (den.equals(BigInteger.ONE)) {
      return value.getNumerator().toString();
    }
    int twos = den.getLowestSetBit();
    BigInteger rest = den.shiftRight(twos);
    int fives = 0;
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
      fives++;
    }
    if (rest.equals(BigInteger.ONE) && Math.max(twos, fives) <= MAX_DECIMAL_PLACES) {
      // num/den = num * 2^(k-twos) * 5^(k-fives) / 10^k with k the larger exponent.
      int places = Math.max(twos, fives);
      BigInteger unscaled =
          value.getNumerator().multiply(TWO.pow(places - twos)).multiply(FIVE.pow(places - fives));
      return new BigDecimal(unscaled, places).toPlainString();
    }
    return "\"" + Rationals.format(value) + "\"";
  }

  /**
   * {@code s} as a plain YAML scalar when unambiguous (a letter followed by letters, digits, spaces
   * and {@code _ - . '}, not a keyword such as {@code yes}), else double-quoted with escapes.
   */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches()
        && !s.endsWith(" ")
        && !KEYWORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          // YAML forbids raw C0/C1 controls and the non-characters U+FFFE/U+FFFF.
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0xFFFE) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
