package org.leverage.solve.pure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;
import org.leverage.testing.TestGames;

class BestResponsesTest {

  /** Row payoffs (3, 3, 1) against column 1 and (0, 2, 2) against column 2. */
  private static final NormalFormGame GAME =
      TestGames.ofInts(
          "rows", new int[] {3, 2}, new int[][] {{3, 0}, {3, 0}, {1, 0}, {0, 0}, {2, 0}, {2, 0}});

  @Test
  void marksEveryTiedBestResponseOfTheRowPlayer() {
    boolean[] cells = {true, true, true, true, true, true};
    BestResponses.Work work = BestResponses.retain(GAME, 0, cells);
    assertArrayEquals(new boolean[] {true, true, false, false, true, true}, cells);
    assertEquals(6, work.payoffsRead());
    // One tie of two in each column: one exact comparison each.
    assertEquals(2, work.exactComparisons());
  }

  @Test
  void skipsGroupsAlreadyCleared() {
    boolean[] cells = {false, false, false, true, false, false};
    BestResponses.Work work = BestResponses.retain(GAME, 0, cells);
    assertArrayEquals(new boolean[6], cells);
    assertEquals(3, work.payoffsRead());
  }

  @Test
  void rejectsFlagsOfTheWrongLength() {
    assertThrows(
        IllegalArgumentException.class, () -> BestResponses.retain(GAME, 0, new boolean[5]));
  }
}
