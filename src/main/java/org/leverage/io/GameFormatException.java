package org.leverage.io;

/**
 * A game or scenario file is malformed. The message names the source, the line (and column or field
 * where known) and what was expected, in one line: {@code "games/pd.nfg:7: payoff row has 3
 * entries; expected 4"}.
 */
public class GameFormatException extends Exception {

  private final String source;
  private final int line;
  private final String problem;

  /**
   * @param source file name or other description of the input
   * @param line 1-based line number, or 0 when no line applies
   * @param problem what was wrong and what was expected
   */
  public GameFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
