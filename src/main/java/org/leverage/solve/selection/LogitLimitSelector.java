package org.leverage.solve.selection;

import java.util.List;
import java.util.Locale;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.qre.LogitSelection;

/**
 * The logit limit (McKelvey and Palfrey 1995): the equilibrium that the principal branch of the
 * logit quantal response correspondence converges to as precision grows, matched to the list within
 * {@link LogitSelection#TOLERANCE} in max-norm; none when the limit is not in the list.
 */
final class LogitLimitSelector implements Selector {

  @Override
  public Selection select(NormalFormGame game, List<MixedProfile> equilibria) {
    LogitSelection.Selection s = LogitSelection.selectExact(game, equilibria);
    if (s.index().isPresent()) {
      int k = s.index().getAsInt();
      return new Selection(
          Criterion.LOGIT,
          List.of(k),
          String.format(
              Locale.ROOT,
              "the principal logit branch converges to equilibrium %d (max-norm distance %.1e)",
              k + 1,
              s.distance()));
    }
    return new Selection(
        Criterion.LOGIT,
        List.of(),
        String.format(
            Locale.ROOT,
            "not defined: the limit of the principal logit branch is none of the equilibria"
                + " listed (the nearest is %.1e away in max-norm)",
            s.distance()));
  }
}
