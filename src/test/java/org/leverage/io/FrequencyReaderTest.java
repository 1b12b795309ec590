package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;
import org.leverage.testing.TestGames;

class FrequencyReaderTest {

  /** Players "1" and "2" with strategies s1, s2 (TestGames' names) and s3 for the first. */
  private static final NormalFormGame GAME =
      TestGames.bimatrix(
          new long[][] {{1, 0}, {0, 1}, {2, 2}}, new long[][] {{0, 1}, {1, 0}, {0, 0}});

  @Test
  void namesOrNumbersQuotedFieldsFractionalCountsAndMissingRowsAsZero() throws Exception {
    String text =
        "\n player , strategy , count\n" + "\"1\",s1,2.5\n" + "1,3,7\n" + "\n" + "2,\"s2\",1e1\n";
    assertEquals(
        List.of(List.of(2.5, 0.0, 7.0), List.of(0.0, 10.0)),
        FrequencyReader.parse("f.csv", text, GAME).counts());
  }

  @Test
  void aStrategyNumberOutOfRangeIsAnUnknownStrategy() {
    GameFormatException e =
        assertThrows(
            GameFormatException.class,
            () -> FrequencyReader.parse("f.csv", "player,strategy,count\n2,3,1\n", GAME));
    assertEquals(2, e.line());
    assertEquals(
        "f.csv:2: unknown strategy \"3\" of player 2; expected one of \"s1\", \"s2\" or a number"
            + " from 1 to 2",
        e.getMessage());
  }

  @Test
  void aNonNumericCountIsRefused() {
    GameFormatException e =
        assertThrows(
            GameFormatException.class,
            () -> FrequencyReader.parse("f.csv", "player,strategy,count\n1,1,many\n", GAME));
    assertEquals("f.csv:2: count must be a non-negative number but was \"many\"", e.getMessage());
  }

  @Test
  void anEmptyFileHasNoHeader() {
    GameFormatException e =
        assertThrows(GameFormatException.class, () -> FrequencyReader.parse("f.csv", "", GAME));
    assertEquals("f.csv: the first line must be the header player,strategy,count", e.getMessage());
  }
}
