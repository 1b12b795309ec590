package org.leverage.analysis;

import java.util.Optional;
import org.leverage.model.PayoffComponents;
import org.leverage.model.Regime;

/**
 * The answer to the user's question from one comparison of regimes. Every part is present only when
 * the regimes it needs were solved.
 *
 * @param question FULL_DECOUPLING against STRATEGIC_DEPENDENCY, when both were solved
 * @param best the regime that gives the US the highest payoff among those solved (the first in the
 *     order FULL_DECOUPLING, STRATEGIC_DEPENDENCY, OPEN, EQUILIBRIUM on an exact tie)
 * @param bestCommitted the best regime that fixes the US action in every state, if one was solved
 * @param valueOfCommitment the best committed regime's US payoff minus EQUILIBRIUM's, when both
 *     were solved: positive when committing to a fixed policy pays
 * @param nearTies the nodes, over every regime solved, where a best response won by less than the
 *     tolerance without an exact tie
 */
public record Verdict(
    Optional<Question> question,
    Regime best,
    Optional<Regime> bestCommitted,
    Optional<Double> valueOfCommitment,
    long nearTies) {

  /**
   * Full decoupling against strategic dependency.
   *
   * @param preferred the regime with the higher US payoff, empty on an exact tie
   * @param usAdvantage STRATEGIC_DEPENDENCY's US payoff minus FULL_DECOUPLING's (USD bn): positive
   *     when strategic dependency is preferred
   * @param usAdvantagePercent {@code usAdvantage} as a percentage of {@code |FULL_DECOUPLING's US
   *     payoff|} (NaN when that is zero)
   * @param chinaDifference STRATEGIC_DEPENDENCY's China payoff minus FULL_DECOUPLING's
   * @param components STRATEGIC_DEPENDENCY's payoff terms minus FULL_DECOUPLING's
   */
  public record Question(
      Optional<Regime> preferred,
      double usAdvantage,
      double usAdvantagePercent,
      double chinaDifference,
      PayoffComponents components) {}
}
