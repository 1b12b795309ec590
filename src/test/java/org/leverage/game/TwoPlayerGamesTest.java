package org.leverage.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import org.junit.jupiter.api.Test;
import org.leverage.testing.TestGames;

class TwoPlayerGamesTest {

  @Test
  void twoPlayersPass() {
    requireTwoPlayers("enummixed", 2);
    TestGames.prisonersDilemma().bimatrix();
  }

  @Test
  void messageNamesTheMethodAndThePlayerCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> requireTwoPlayers("lcp", 3));
    assertEquals("lcp needs a two-player game but the game has 3 players", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> requireTwoPlayers("enummixed", 1, "try --method pure"));
    assertEquals(
        "enummixed needs a two-player game but the game has 1 player; try --method pure",
        e.getMessage());
  }

  @Test
  void bimatrixViewUsesTheSameCheck() {
    NormalFormGame three = TestGames.ofInts("three", new int[] {1, 1, 1}, new int[][] {{0, 0, 0}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, three::bimatrix);
    assertEquals(
        "a bimatrix view needs a two-player game but the game has 3 players", e.getMessage());
  }
}
