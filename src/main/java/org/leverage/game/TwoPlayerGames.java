package org.leverage.game;

import java.util.Optional;

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
    violation(method, players, advice)
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(message);
            });
  }

  /**
   * The message {@link #requireTwoPlayers(String, int, String)} throws, for callers that report it
   * as a usage error; empty when {@code players} is 2.
   */
  public static Optional<String> violation(String method, int players, String advice) {
    if (players == 2) {
      return Optional.empty();
    }
    return Optional.of(
        method
            + " needs a two-player game but the game has "
            + players
            + (players == 1 ? " player" : " players")
            + (advice.isEmpty() ? "" : "; " + advice));
  }
}
