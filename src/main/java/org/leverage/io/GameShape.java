package org.leverage.io;

import java.math.BigInteger;
import org.leverage.game.NormalFormGame;

/**
 * Checks a file's declared game shape against {@link NormalFormGame#MAX_PAYOFF_ENTRIES} before the
 * reader allocates labels or payoff tables for it, so that a ten-byte header cannot ask for
 * terabytes.
 */
final class GameShape {

  private GameShape() {}

  /**
   * @param strategyCounts number of strategies of each player, each at least 1
   * @throws GameFormatException when players times cells exceeds the limit
   */
  static void checkSize(String source, int line, long[] strategyCounts) throws GameFormatException {
    long limit = NormalFormGame.MAX_PAYOFF_ENTRIES;
    long entries = strategyCounts.length;
    for (long count : strategyCounts) {
      // Both factors are at most the limit here, so the product fits in a long.
      if (count > limit || entries * count > limit) {
        throw new GameFormatException(source, line, tooLarge(strategyCounts));
      }
      entries *= count;
    }
  }

  private static String tooLarge(long[] strategyCounts) {
    StringBuilder shape = new StringBuilder();
    BigInteger cells = BigInteger.ONE;
    for (long count : strategyCounts) {
      shape.append(shape.length() == 0 ? "" : "x").append(count);
      cells = cells.multiply(BigInteger.valueOf(count));
    }
    return "game of shape "
        + shape
        + " has "
        + cells.multiply(BigInteger.valueOf(strategyCounts.length))
        + " payoff entries (players x cells); the most this tool holds in memory is "
        + NormalFormGame.MAX_PAYOFF_ENTRIES;
  }
}
