package org.leverage.game;

/**
 * A game, or a form built from one (a reduced strategic form), is larger than this program holds in
 * memory: more than {@link NormalFormGame#MAX_PAYOFF_ENTRIES} payoff entries, or more reduced
 * strategies than {@link org.leverage.game.tree.ReducedNormalForm#MAX_STRATEGIES}. Not a bug: a
 * limit reached, like the solvers' limits, and the message says what to try. It lives here, below
 * the solvers, because the game types refuse to be built that large.
 */
public final class GameTooLargeException extends RuntimeException {

  public GameTooLargeException(String message) {
    super(message);
  }
}
