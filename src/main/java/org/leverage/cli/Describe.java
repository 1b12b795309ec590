package org.leverage.cli;

import org.leverage.game.NormalFormGame;

/** One-line descriptions of games for listings and confirmations. */
final class Describe {

  private Describe() {}

  static String shape(NormalFormGame game) {
    StringBuilder shape = new StringBuilder();
    for (int p = 0; p < game.numPlayers(); p++) {
      shape.append(p == 0 ? "" : "x").append(game.numStrategies(p));
    }
    return shape.toString();
  }

  static String game(NormalFormGame game) {
    return "normal form, "
        + game.numPlayers()
        + " players, "
        + shape(game)
        + (game.title().isEmpty() ? "" : ": " + game.title());
  }
}
