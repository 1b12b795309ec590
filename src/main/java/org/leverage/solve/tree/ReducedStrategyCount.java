package org.leverage.solve.tree;

import java.util.Arrays;
import java.util.List;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;

/**
 * The size of a tree's reduced strategic form without building it: the number of reduced strategies
 * of each player of a tree with perfect recall, in time linear in the tree.
 *
 * <p>With perfect recall each information set {@code h} of a player follows one sequence of the
 * player's own moves, the last of which is its <em>leading</em> move {@code (h', a')} (none for the
 * player's first sets). A reduced strategy picks an action {@code a} at {@code h} and then a
 * reduced strategy at every set whose leading move is {@code (h, a)}, and nothing at the sets
 * behind the other actions. So {@code N(h) = sum_a prod_{h2 led by (h, a)} N(h2)}, and the player's
 * count is the product of {@code N(h)} over its first sets. Sets led by a move have a larger index
 * than the set of that move (they are met later in preorder), so one backward pass over the sets
 * suffices. This is the count {@link org.leverage.game.tree.ReducedNormalForm} enumerates; computed
 * in {@code double}, it saturates at infinity instead of overflowing.
 */
final class ReducedStrategyCount {

  private ReducedStrategyCount() {}

  /** The number of cells of the reduced strategic form: the product of the players' counts. */
  static double cells(ExtensiveGame game) {
    double cells = 1;
    for (int p = 1; p <= game.numPlayers(); p++) {
      cells *= strategies(game, p);
    }
    return cells;
  }

  /**
   * The number of reduced strategies of {@code player} (1-based).
   *
   * @throws IllegalArgumentException if the tree lacks perfect recall
   */
  static double strategies(ExtensiveGame game, int player) {
    game.requirePerfectRecall("counting reduced strategies");
    int sets = game.numPersonalInfosets();
    // leadSet[h], leadAction[h]: the player's last own move above h's first node; leadSet -1: none.
    int[] leadSet = new int[sets];
    int[] leadAction = new int[sets];
    int[] lastSet = new int[game.numNodes()];
    int[] lastAction = new int[game.numNodes()];
    lastSet[0] = -1;
    for (int v = 0; v < game.numNodes(); v++) {
      if (v > 0) {
        int parent = game.parent(v);
        lastSet[v] = lastSet[parent];
        lastAction[v] = lastAction[parent];
        if (game.player(parent) == player) {
          lastSet[v] = game.infosetIndex(parent);
          lastAction[v] = game.actionLeadingTo(v);
        }
      }
      if (game.player(v) == player && game.infosetNodes(game.infosetIndex(v))[0] == v) {
        leadSet[game.infosetIndex(v)] = lastSet[v];
        leadAction[game.infosetIndex(v)] = lastAction[v];
      }
    }
    List<Infoset> own = game.infosetsOf(player);
    double[][] below = new double[sets][];
    for (Infoset s : own) {
      below[s.index()] = new double[s.numActions()];
      Arrays.fill(below[s.index()], 1);
    }
    double total = 1;
    for (int k = own.size() - 1; k >= 0; k--) {
      Infoset s = own.get(k);
      double n = 0;
      for (double x : below[s.index()]) {
        n += x;
      }
      int lead = leadSet[s.index()];
      if (lead < 0) {
        total *= n;
      } else {
        below[lead][leadAction[s.index()]] *= n;
      }
    }
    return total;
  }
}
