package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import org.leverage.game.NormalFormGame;

/** Short descriptions of games and fallback names for unnamed players and strategies. */
final class Shapes {

  private Shapes() {}

  static String describe(NormalFormGame game) {
    return game.numPlayers() + " players, " + game.shape();
  }

  /** {@code Game: TITLE (n players, SHAPE)}, the file name standing in for a missing title. */
  static String headline(String source, NormalFormGame game) {
    return "Game: "
        + (game.title().isEmpty() ? source : game.title())
        + " ("
        + describe(game)
        + ")";
  }

  static String playerName(NormalFormGame game, int p) {
    String name = game.players().get(p).name();
    return name.isEmpty() ? "Player " + (p + 1) : name;
  }

  static String strategyName(NormalFormGame game, int p, int s) {
    String name = game.players().get(p).strategies().get(s);
    return name.isEmpty() ? Integer.toString(s + 1) : name;
  }

  /**
   * One name per strategy, player by player in strategy order (the order of a flattened profile),
   * as CSV headers name them: {@code PLAYER:STRATEGY}, e.g. {@code Row:Cooperate}.
   */
  static List<String> strategyColumns(NormalFormGame game) {
    List<String> names = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int s = 0; s < game.numStrategies(p); s++) {
        names.add(playerName(game, p) + ":" + strategyName(game, p, s));
      }
    }
    return names;
  }
}
