package org.leverage.solve.selection;

import java.util.ArrayList;
import java.util.List;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;

/**
 * Pareto efficiency within the list: the equilibria that no other equilibrium of the list
 * Pareto-dominates, where {@code f} Pareto-dominates {@code e} when it pays every player at least
 * as much (expected payoffs, exactly) and some player more. Never empty for a non-empty list (the
 * relation is a strict partial order on a finite set).
 */
final class ParetoSelector implements Selector {

  @Override
  public Selection select(NormalFormGame game, List<MixedProfile> equilibria) {
    ExpectedPayoffs payoffs = new ExpectedPayoffs(game, equilibria);
    if (equilibria.isEmpty()) {
      return new Selection(Criterion.PARETO, List.of(), "there are no equilibria to select from");
    }
    List<Integer> kept = payoffs.undominated();
    List<String> dominated = new ArrayList<>();
    for (int e = 0; e < payoffs.size(); e++) {
      int f = payoffs.dominator(e);
      if (f >= 0) {
        dominated.add((e + 1) + " by " + (f + 1));
      }
    }
    String reason =
        ExpectedPayoffs.describe(kept)
            + (kept.size() == 1 ? " is" : " are")
            + " not Pareto-dominated by another equilibrium"
            + (dominated.isEmpty() ? "" : "; Pareto-dominated: " + String.join(", ", dominated));
    return new Selection(Criterion.PARETO, kept, reason);
  }
}
