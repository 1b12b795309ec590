package org.leverage.model;

import java.util.Optional;

/**
 * The expected state of the game at the start of one period of a regime's expected path (period
 * {@code T} is the state after the last period), and, for periods that are played, what the players
 * do in it.
 *
 * @param period t, from 0
 * @param year {@code t * dt}
 * @param selfSufficiency E[s]
 * @param chokepoint E[e]
 * @param crisisProbability P(crisis)
 * @param leverageBase E[f e], the share of China's compute that US controls can still reach
 * @param leverage what denial would be worth to the US in a crisis at this state, {@code theta W
 *     S_t E[f e]} (USD bn per period): the military-risk cut of FULL against OPEN
 * @param play what happens in the period, empty after the last one
 */
public record PathPoint(
    int period,
    double year,
    double selfSufficiency,
    double chokepoint,
    double crisisProbability,
    double leverageBase,
    double leverage,
    Optional<Play> play) {

  /**
   * What the players do in one period, in expectation.
   *
   * @param open P(US plays OPEN)
   * @param targeted P(US plays TARGETED)
   * @param full P(US plays FULL)
   * @param indigenize P(China plays INDIGENIZE)
   * @param commercialReach E[Kc], China's commercial compute reach
   * @param militaryReach E[Km], China's military compute reach
   * @param usPayoff the US's expected stage payoff (USD bn, undiscounted)
   * @param chinaPayoff China's expected stage payoff (USD bn, undiscounted)
   */
  public record Play(
      double open,
      double targeted,
      double full,
      double indigenize,
      double commercialReach,
      double militaryReach,
      double usPayoff,
      double chinaPayoff) {}
}
