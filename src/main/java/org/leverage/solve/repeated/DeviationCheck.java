package org.leverage.solve.repeated;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The result of the one-shot-deviation check of a pair of strategy automata.
 *
 * @param subgamePerfect whether no player gains by a one-shot deviation at any reachable joint
 *     state
 * @param profitable every profitable one-shot deviation, by joint state in breadth-first order from
 *     the start, then player, then action
 * @param jointStates the number of joint states checked (reachable under any history)
 */
public record DeviationCheck(boolean subgamePerfect, List<Deviation> profitable, int jointStates) {

  public DeviationCheck {
    profitable = ImmutableList.copyOf(profitable);
  }

  /**
   * A profitable one-shot deviation.
   *
   * @param state0 player 1's automaton state
   * @param state1 player 2's automaton state
   * @param player the deviating player, 0 or 1
   * @param action the action it deviates to
   * @param gain its gain in normalised discounted payoff, positive
   */
  public record Deviation(int state0, int state1, int player, int action, BigFraction gain) {}
}
