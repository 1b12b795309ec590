package org.leverage.solve.dominance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.game.StrategySubset;

/**
 * Replays an elimination and checks every step's dominator exactly, with the game's own
 * expected-payoff code rather than the eliminator's: a test oracle.
 */
final class Certificates {

  private Certificates() {}

  /**
   * Checks that the steps come in the documented order, that each one's dominator strictly
   * dominates it in the game at the start of its round, and that the result is what the steps
   * leave.
   */
  static void check(NormalFormGame game, DominanceEliminator.Result result) {
    List<DominanceEliminator.Step> steps = result.steps();
    StrategySubset subset = StrategySubset.all(game);
    int i = 0;
    for (int round = 1; i < steps.size(); round++) {
      NormalFormGame current = subset.restrict(game);
      List<List<Integer>> next = new ArrayList<>();
      for (List<Integer> kept : subset.kept()) {
        next.add(new ArrayList<>(kept));
      }
      int previousPlayer = -1;
      int previousStrategy = -1;
      for (; i < steps.size() && steps.get(i).round() == round; i++) {
        DominanceEliminator.Step step = steps.get(i);
        assertTrue(
            step.player() > previousPlayer
                || (step.player() == previousPlayer && step.strategy() > previousStrategy),
            "steps out of order at " + step);
        previousPlayer = step.player();
        previousStrategy = step.strategy();
        assertEquals(
            game.players().get(step.player()).strategies().get(step.strategy()), step.label());
        assertStrictlyDominated(current, subset, step);
        next.get(step.player()).remove(Integer.valueOf(step.strategy()));
      }
      assertTrue(i == steps.size() || steps.get(i).round() > round, "rounds out of order");
      subset = new StrategySubset(next);
    }
    assertEquals(subset, result.kept());
    assertEquals(subset.restrict(game), result.reduced());
  }

  private static void assertStrictlyDominated(
      NormalFormGame current, StrategySubset subset, DominanceEliminator.Step step) {
    int p = step.player();
    List<Integer> kept = subset.kept(p);
    int s = kept.indexOf(step.strategy());
    assertTrue(s >= 0, "step removes a strategy already gone: " + step);
    for (int c = 0; c < current.numCells(); c++) {
      int[] profile = current.strategiesOfCell(c);
      if (profile[p] != 0) {
        continue;
      }
      BigFraction[] values =
          ProfilePayoffs.strategyValues(current, MixedProfile.pure(current, profile), p);
      BigFraction mixture = BigFraction.ZERO;
      for (Map.Entry<Integer, BigFraction> w : step.dominator().weights().entrySet()) {
        int k = kept.indexOf(w.getKey());
        if (k < 0) {
          fail("dominator uses a strategy already gone: " + step);
        }
        mixture = mixture.add(w.getValue().multiply(values[k]));
      }
      assertTrue(
          mixture.compareTo(values[s]) > 0,
          "dominator does not strictly dominate against profile " + c + ": " + step);
    }
  }

  /** Whether some strategy of the game is strictly dominated by another pure strategy. */
  static boolean hasPureStrictlyDominated(NormalFormGame game) {
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int s = 0; s < game.numStrategies(p); s++) {
        for (int t = 0; t < game.numStrategies(p); t++) {
          if (t != s && pureDominates(game, p, t, s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean pureDominates(NormalFormGame game, int p, int t, int s) {
    for (int c = 0; c < game.numCells(); c++) {
      int[] profile = game.strategiesOfCell(c);
      if (profile[p] == s) {
        profile[p] = t;
        if (game.payoff(p, game.cellIndex(profile)).compareTo(game.payoff(p, c)) <= 0) {
          return false;
        }
      }
    }
    return true;
  }
}
