package org.leverage.solve.tree;

import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.numeric.Rationals;

/**
 * Exact certificate of subgame perfection for perfect-information trees, by the one-shot
 * deviation principle: a behaviour profile is subgame perfect iff at every decision node no
 * action gives the mover more than the profile does, both valued by the profile's
 * continuation. One linear sweep for the subgame values, then one look at every node.
 */
public final class SubgamePerfection {

  private SubgamePerfection() {}

  /**
   * The first profitable one-shot deviation, described, or empty when there is none.
   *
   * @throws IllegalArgumentException if the tree does not have perfect information or the
   *     profile leaves a set unspecified
   */
  public static Optional<String> oneShotDeviation(ExtensiveGame game, BehaviourProfile profile) {
    if (!game.isPerfectInformation()) {
      throw new IllegalArgumentException(
          "the one-shot deviation check needs perfect information");
    }
    BigFraction[][] value = profile.nodeValues(game);
    for (int v = 0; v < game.numNodes(); v++) {
      if (game.isTerminal(v) || game.player(v) == 0) {
        continue;
      }
      Infoset s = game.infoset(v);
      if (!profile.isSpecified(s.index())) {
        throw new IllegalArgumentException(s.describe() + " is unspecified by the profile");
      }
      int mover = game.player(v) - 1;
      BigFraction current = BigFraction.ZERO;
      for (int a = 0; a < game.numChildren(v); a++) {
        current =
            current.add(profile.probability(s.index(), a).multiply(value[game.child(v, a)][mover]));
      }
      for (int a = 0; a < game.numChildren(v); a++) {
        BigFraction alt = value[game.child(v, a)][mover];
        if (alt.compareTo(current) > 0) {
          return Optional.of(
              "at node " + v + " player " + (mover + 1) + " gains "
                  + Rationals.format(alt.subtract(current)) + " by playing action "
                  + (a + 1) + " (\"" + s.actions().get(a) + "\")");
        }
      }
    }
    return Optional.empty();
  }
}
