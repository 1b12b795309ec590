package org.leverage.io;

import java.util.Locale;

/** Shows user text inside one-line error messages. */
final class MessageText {

  private static final int MAX_SHOWN = 40;

  private MessageText() {}

  /**
   * {@code x} in its shortest decimal form, without exponent: {@code 0.25}, {@code 101}; {@code
   * inf}, {@code -inf} or {@code NaN} when it is not finite.
   */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? "NaN" : x > 0 ? "inf" : "-inf";
    }
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  /**
   * A note for a payoff error when {@code text} is a NaN or an infinity (as Java, Gambit or YAML
   * spell them), which are not numbers a game can have; empty otherwise.
   */
  static String nonFiniteNote(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("+") || t.startsWith("-")) {
      t = t.substring(1);
    }
    if (t.startsWith(".")) {
      t = t.substring(1);
    }
    boolean nonFinite = t.equals("nan") || t.equals("inf") || t.equals("infinity");
    return nonFinite ? " (NaN and infinities are not payoffs)" : "";
  }

  /**
   * {@code s} in double quotes, cut after 40 characters, with line breaks, tabs, quotes and other
   * control characters escaped so that a message stays on one line.
   */
  static String quote(String s) {
    boolean cut = s.length() > MAX_SHOWN;
    String shown = cut ? s.substring(0, MAX_SHOWN) : s;
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append(cut ? "...\"" : "\"").toString();
  }
}
