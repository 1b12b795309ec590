package org.leverage.game.tree;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Rationals;

/**
 * An information set: the nodes where one player (or chance) moves without knowing which of them
 * was reached, and the actions available at each of them.
 *
 * @param index position in {@link ExtensiveGame#infosets()}: the personal information sets of
 *     player 1, then player 2, ..., each player's in order of first appearance in preorder
 *     (Gambit's order of {@code NE,} columns), then the chance information sets
 * @param player 1-based player number, or 0 for chance
 * @param number the number the set carries in a Gambit file (unique per player; kept for round
 *     trips, not an index)
 * @param label descriptive label, may be empty and may repeat
 * @param actions action labels, descriptive, may repeat; actions are identified by position
 * @param probabilities for chance sets, one exact probability per action summing to exactly 1;
 *     empty for personal sets
 */
public record Infoset(
    int index,
    int player,
    int number,
    String label,
    List<String> actions,
    List<BigFraction> probabilities) {

  public Infoset {
    label = label == null ? "" : label;
    actions = ImmutableList.copyOf(actions);
    probabilities = ImmutableList.copyOf(probabilities);
    if (actions.isEmpty()) {
      throw new IllegalArgumentException(
          "information set " + number + " of " + playerName(player) + " has no actions");
    }
    if (player < 0) {
      throw new IllegalArgumentException("player must be 0 (chance) or positive but was " + player);
    }
    if (player == 0) {
      checkProbabilities(number, actions, probabilities);
    } else if (!probabilities.isEmpty()) {
      throw new IllegalArgumentException(
          "personal information set " + number + " of player " + player + " has probabilities");
    }
  }

  private static void checkProbabilities(
      int number, List<String> actions, List<BigFraction> probabilities) {
    if (probabilities.size() != actions.size()) {
      throw new IllegalArgumentException(
          "chance information set "
              + number
              + " has "
              + probabilities.size()
              + " probabilities; expected "
              + actions.size()
              + " (one per action)");
    }
    BigFraction sum = BigFraction.ZERO;
    for (int a = 0; a < probabilities.size(); a++) {
      BigFraction p = probabilities.get(a);
      if (p.compareTo(BigFraction.ZERO) < 0) {
        throw new IllegalArgumentException(
            "chance information set "
                + number
                + ": probability of action \""
                + actions.get(a)
                + "\" must be non-negative but was "
                + Rationals.format(p));
      }
      sum = sum.add(p);
    }
    if (!sum.equals(BigFraction.ONE)) {
      throw new IllegalArgumentException(
          "chance information set "
              + number
              + ": probabilities must sum to exactly 1 but sum to "
              + Rationals.format(sum));
    }
  }

  static String playerName(int player) {
    return player == 0 ? "chance" : "player " + player;
  }

  public int numActions() {
    return actions.size();
  }

  /**
   * The name of action {@code action} (0-based) for output: its label without surrounding blanks,
   * or its 1-based number when it has none.
   */
  public String actionName(int action) {
    String label = actions.get(action).strip();
    return label.isEmpty() ? Integer.toString(action + 1) : label;
  }

  public boolean isChance() {
    return player == 0;
  }

  /**
   * The set described for messages while the tree is being built: {@code player 2's information set
   * 3 ("label")}. Once the tree exists, {@link InfosetNames#describe} names unlabelled sets too.
   */
  public String describe() {
    return playerName(player)
        + "'s information set "
        + number
        + (label.isEmpty() ? "" : " (\"" + label + "\")");
  }
}
