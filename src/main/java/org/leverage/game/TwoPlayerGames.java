package org.leverage.game;

/**
 * The one check, and the one message, for methods defined only for two-player games (bimatrix
 * solvers, zero-sum LPs, the sequence form, repeated-game analyses), whatever the game's type.
 */
public final class TwoPlayerGames {

  private TwoPlayerGames() {}

  /**
   * Throws unless {@code players} is 2.
   *
   * @param method what needs two players, as the user knows it (e.g. {@code "enummixed"})
   * @param players the number of players of the game given to it
   * @throws IllegalArgumentException {@code "METHOD needs a two-player game but the game has N
   *     players"}
   */
  public static void requireTwoPlayers(String method, int players) {
    requireTwoPlayers(method, players, "");
  }

  /**
   * As {@link #requireTwoPlayers(String, int)}, with {@code advice} (what to try instead) appended
   * to the message after a semicolon unless empty.
   */
  public static void requireTwoPlayers(String method, int players, String advice) {
    if (players != 2) {
      throw new IllegalArgumentException(
          method
              + " needs a two-player game but the game has "
              + players
              + (players == 1 ? " player" : " players")
              + (advice.isEmpty() ? "" : "; " + advice));
    }
  }
}
