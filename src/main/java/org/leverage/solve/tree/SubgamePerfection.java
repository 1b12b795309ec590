package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.game.tree.InfosetNames;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.numeric.Rationals;

/**
 * Exact certificates of subgame perfection.
 *
 * <ul>
 *   <li>{@link #oneShotDeviation}: perfect-information trees, by the one-shot deviation principle:
 *       a behaviour profile is subgame perfect iff at every decision node no action gives the mover
 *       more than the profile does, both valued by the profile's continuation. One linear sweep for
 *       the subgame values, then one look at every node.
 *   <li>{@link #profitableDeviation}: any tree with perfect recall: in every subgame, no player
 *       gains by switching to any pure reduced strategy of that subgame. Costs, per subgame, the
 *       number of reduced strategies times the subtree size.
 * </ul>
 */
public final class SubgamePerfection {

  private SubgamePerfection() {}

  /**
   * The first profitable one-shot deviation, described, or empty when there is none.
   *
   * @throws IllegalArgumentException if the tree does not have perfect information or the profile
   *     leaves a set unspecified
   */
  public static Optional<String> oneShotDeviation(ExtensiveGame game, BehaviourProfile profile) {
    if (!game.isPerfectInformation()) {
      throw new IllegalArgumentException("the one-shot deviation check needs perfect information");
    }
    BigFraction[][] value = profile.nodeValues(game);
    for (int v = 0; v < game.numNodes(); v++) {
      if (game.isTerminal(v) || game.player(v) == 0) {
        continue;
      }
      Infoset s = game.infoset(v);
      if (!profile.isSpecified(s.index())) {
        throw new IllegalArgumentException(
            InfosetNames.of(game).describe(s) + " is unspecified by the profile");
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
              "at node "
                  + v
                  + " player "
                  + (mover + 1)
                  + " gains "
                  + Rationals.format(alt.subtract(current))
                  + " by playing action "
                  + (a + 1)
                  + " (\""
                  + s.actions().get(a)
                  + "\")");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first subgame and player that gains by a pure deviation, described, or empty when the
   * profile is subgame perfect. Needs perfect recall (so that a deviation cannot reach another
   * player's sets that the profile leaves unspecified).
   *
   * @throws IllegalArgumentException if the tree lacks perfect recall or the profile leaves a
   *     reached set unspecified
   */
  public static Optional<String> profitableDeviation(ExtensiveGame game, BehaviourProfile profile) {
    game.requirePerfectRecall("the subgame-perfection check");
    for (int root : game.subgameRoots()) {
      Optional<String> d = deviationIn(game, profile, root);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The first player that gains by a pure deviation in the whole game, described, or empty when the
   * profile is a Nash equilibrium. Needs perfect recall.
   */
  public static Optional<String> nashDeviation(ExtensiveGame game, BehaviourProfile profile) {
    game.requirePerfectRecall("the equilibrium check");
    return deviationIn(game, profile, 0);
  }

  private static Optional<String> deviationIn(
      ExtensiveGame game, BehaviourProfile profile, int root) {
    List<BigFraction> base = profile.expectedPayoffs(game, root);
    ReducedNormalForm rnf = ReducedNormalForm.of(game, root);
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int s = 0; s < rnf.numStrategies(p); s++) {
        List<List<BigFraction>> rows = new ArrayList<>(profile.probabilities());
        for (Infoset set : game.infosetsOf(p + 1)) {
          int a = rnf.action(p, s, set.index());
          int first = game.infosetNodes(set.index())[0];
          if (first >= root && first < game.subtreeEnd(root)) {
            BigFraction[] row = new BigFraction[set.numActions()];
            Arrays.fill(row, BigFraction.ZERO);
            if (a >= 0) {
              row[a] = BigFraction.ONE;
            }
            rows.set(set.index(), ImmutableList.copyOf(row));
          }
        }
        BigFraction deviation = new BehaviourProfile(rows).expectedPayoffs(game, root).get(p);
        if (deviation.compareTo(base.get(p)) > 0) {
          return Optional.of(
              "in the subgame at node "
                  + root
                  + " player "
                  + (p + 1)
                  + " gains "
                  + Rationals.format(deviation.subtract(base.get(p)))
                  + " by switching to reduced strategy "
                  + rnf.game().players().get(p).strategies().get(s));
        }
      }
    }
    return Optional.empty();
  }
}
