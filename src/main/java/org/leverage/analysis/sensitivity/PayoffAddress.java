package org.leverage.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/**
 * One payoff of a normal-form game, named by its path in the YAML nesting of normal-form files:
 * {@code payoffs.ROW.COLUMN.PLAYER} for two players (one strategy label per player, then the
 * player's 0-based index), e.g. {@code payoffs.TARGETED.DEPEND.0} for the first player's payoff
 * when the row player plays TARGETED and the column player DEPEND.
 *
 * @param player the player whose payoff it is, 0-based
 * @param cell the cell (pure-strategy profile) in the game's numbering
 * @param path the path, e.g. {@code payoffs.TARGETED.DEPEND.0}
 */
public record PayoffAddress(int player, int cell, String path) {

  private static final String PREFIX = "payoffs.";

  /**
   * The payoff of {@code game} that {@code path} names (labels matched exactly, so they may hold
   * dots).
   *
   * @throws IllegalArgumentException when no payoff or several (repeated labels) have that path,
   *     naming the strategies and players there are
   */
  public static PayoffAddress parse(NormalFormGame game, String path) {
    String wanted = path.strip();
    List<PayoffAddress> found = new ArrayList<>();
    for (int cell = 0; cell < game.numCells(); cell++) {
      int[] strategies = game.strategiesOfCell(cell);
      StringBuilder prefix = new StringBuilder(PREFIX);
      for (int p = 0; p < strategies.length; p++) {
        prefix.append(game.players().get(p).strategies().get(strategies[p])).append('.');
      }
      for (int p = 0; p < game.numPlayers(); p++) {
        if (wanted.equals(prefix.toString() + p)) {
          found.add(new PayoffAddress(p, cell, wanted));
        }
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "\"" + wanted + "\" names " + found.size() + " payoffs: strategy labels repeat");
    }
    List<String> levels = new ArrayList<>();
    for (Player p : game.players()) {
      levels.add(String.join(", ", p.strategies()) + " (" + p.name() + ")");
    }
    throw new IllegalArgumentException(
        "no payoff \""
            + wanted
            + "\"; expected payoffs.STRATEGY...PLAYER with one strategy per player, in order: "
            + String.join("; ", levels)
            + "; then the player, 0 to "
            + (game.numPlayers() - 1));
  }
}
