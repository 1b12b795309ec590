package org.leverage.solve.selection;

import java.util.List;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;

/**
 * Payoff dominance (Harsanyi and Selten 1988, section 5.6): the equilibrium that pays every player
 * strictly more than every other equilibrium of the list. At most one exists; where none does (two
 * Pareto-undominated equilibria, or two paying the same) the selection is empty. A list of one
 * equilibrium selects it.
 */
final class PayoffDominanceSelector implements Selector {

  @Override
  public Selection select(NormalFormGame game, List<MixedProfile> equilibria) {
    ExpectedPayoffs payoffs = new ExpectedPayoffs(game, equilibria);
    for (int f = 0; f < payoffs.size(); f++) {
      boolean all = true;
      for (int e = 0; e < payoffs.size() && all; e++) {
        all = e == f || payoffs.strictlyBetterForAll(f, e);
      }
      if (all) {
        String reason =
            payoffs.size() == 1
                ? "equilibrium 1 is the only equilibrium"
                : "equilibrium "
                    + (f + 1)
                    + " pays every player strictly more than every other equilibrium";
        return new Selection(Criterion.PAYOFF, List.of(f), reason);
      }
    }
    String reason =
        payoffs.size() == 0
            ? "there are no equilibria to select from"
            : "not defined: no equilibrium pays every player strictly more than every other ("
                + ExpectedPayoffs.describe(payoffs.undominated())
                + (payoffs.undominated().size() == 1
                    ? " is the only Pareto-undominated one, but another pays some player as much)"
                    : " are Pareto-undominated)");
    return new Selection(Criterion.PAYOFF, List.of(), reason);
  }
}
