package org.leverage.io;

/**
 * Splits Gambit's classic game-file syntax into tokens: braces, commas, quoted strings and words
 * (numbers and symbols). One token is current at a time; no token objects are allocated, so a file
 * with millions of payoffs costs one substring per payoff.
 *
 * <p>Strings are delimited by double quotes and may span lines; inside them {@code \"} stands for a
 * quote and {@code \\} for a backslash, and a backslash before any other character is kept as it
 * is. Words run until whitespace, a brace, a comma or a quote.
 */
final class NfgLexer {

  enum Kind {
    LBRACE,
    RBRACE,
    COMMA,
    STRING,
    WORD,
    EOF
  }

  private final String source;
  private final String text;
  private int pos;
  private int line = 1;

  private Kind kind;
  private String value = "";
  private int tokenLine = 1;

  NfgLexer(String source, String text) {
    this.source = source;
    this.text = text;
  }

  Kind kind() {
    return kind;
  }

  /** The text of the current string or word token; empty for the others. */
  String value() {
    return value;
  }

  /** The line the current token starts on; at the end of the file, the last token's line. */
  int line() {
    return tokenLine;
  }

  /**
   * The most numbers the text can still hold from the current token on: the current token, then one
   * per two characters left (a digit and a separator).
   */
  long numbersLeft() {
    return (kind == Kind.EOF ? 0 : 1) + (text.length() - pos + 1) / 2;
  }

  /** Moves to the next token. */
  void next() throws GameFormatException {
    skipWhitespace();
    if (pos >= text.length()) {
      kind = Kind.EOF;
      value = "";
      return;
    }
    tokenLine = line;
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> single(Kind.LBRACE);
      case '}' -> single(Kind.RBRACE);
      case ',' -> single(Kind.COMMA);
      case '"' -> readString();
      default -> readWord();
    }
  }

  /** The current token as an error message shows it. */
  String describe() {
    return switch (kind) {
      case LBRACE -> "\"{\"";
      case RBRACE -> "\"}\"";
      case COMMA -> "\",\"";
      case STRING -> "the string " + MessageText.quote(value);
      case WORD -> MessageText.quote(value);
      case EOF -> "the end of the file";
    };
  }

  GameFormatException error(String problem) {
    return new GameFormatException(source, tokenLine, problem);
  }

  private void single(Kind k) {
    kind = k;
    value = "";
    pos++;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
      } else if (!isSpace(c)) {
        return;
      }
      pos++;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private void readWord() {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isSpace(c) || c == '{' || c == '}' || c == ',' || c == '"') {
        break;
      }
      pos++;
    }
    kind = Kind.WORD;
    value = text.substring(start, pos);
  }

  private void readString() throws GameFormatException {
    int startLine = line;
    StringBuilder sb = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        tokenLine = startLine;
        throw error(
            "unterminated string "
                + MessageText.quote(sb.toString())
                + ": the file ends before its closing quote");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        break;
      }
      if (c == '\n') {
        line++;
      }
      if (c == '\\' && pos < text.length()) {
        char escaped = text.charAt(pos);
        if (escaped == '"' || escaped == '\\') {
          sb.append(escaped);
          pos++;
          continue;
        }
      }
      sb.append(c);
    }
    kind = Kind.STRING;
    value = sb.toString();
  }
}
