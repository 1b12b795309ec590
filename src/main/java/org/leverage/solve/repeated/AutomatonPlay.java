package org.leverage.solve.repeated;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.numeric.ExactLinearSystem;
import org.leverage.solve.StateLimitException;

/**
 * Exact play of two strategy automata in an infinitely repeated game: normalised discounted payoffs
 * {@code (1 - delta) sum_t delta^t u_t} and the one-shot-deviation check of subgame perfection.
 *
 * <p>The joint states are the pairs of automaton states reachable from the start under any history
 * (not only the equilibrium path), found by breadth-first search over every stage profile. On them
 * the values solve the linear system {@code V(q) = (1 - delta) u(q) + delta V(next(q))}, solved
 * exactly ({@link ExactLinearSystem}; {@code I - delta P} is nonsingular for {@code delta < 1}). By
 * the one-shot deviation principle (Mailath and Samuelson 2006, Prop. 2.2.1), the pair is a
 * subgame-perfect equilibrium iff at no reachable joint state a player gains by deviating for one
 * period and then following its automaton: {@code (1 - delta) u_i(d, a_-i(q)) + delta V_i(next(q,
 * d)) <= V_i(q)} for all actions d, compared exactly.
 *
 * <p>Cost: {@code O(J^3)} exact arithmetic for {@code J <= |Q_0| |Q_1|} joint states; refused above
 * {@link #MAX_JOINT_STATES}.
 */
public final class AutomatonPlay {

  /** The most joint states solved exactly. */
  public static final int MAX_JOINT_STATES = 400;

  private AutomatonPlay() {}

  /** The normalised discounted payoffs of both players from the start. */
  public static List<BigFraction> payoffs(
      NormalFormGame game, StrategyAutomaton first, StrategyAutomaton second, BigFraction delta) {
    Joint j = new Joint(game, first, second, delta);
    return ImmutableList.of(j.values[0][0], j.values[1][0]);
  }

  /** Checks whether the pair is a subgame-perfect equilibrium at discount {@code delta}. */
  public static DeviationCheck checkSubgamePerfect(
      NormalFormGame game, StrategyAutomaton first, StrategyAutomaton second, BigFraction delta) {
    Joint j = new Joint(game, first, second, delta);
    List<DeviationCheck.Deviation> profitable = new ArrayList<>();
    BigFraction keep = BigFraction.ONE.subtract(delta);
    for (int k = 0; k < j.size; k++) {
      int q0 = j.states[k] / second.numStates();
      int q1 = j.states[k] % second.numStates();
      int[] profile = {first.action(q0), second.action(q1)};
      for (int p = 0; p < 2; p++) {
        int[] deviation = profile.clone();
        for (int d = 0; d < game.numStrategies(p); d++) {
          if (d == profile[p]) {
            continue;
          }
          deviation[p] = d;
          int cell = game.cellIndex(deviation);
          BigFraction value =
              keep.multiply(game.payoff(p, cell))
                  .add(delta.multiply(j.values[p][j.indexOf(j.next(k, cell))]));
          BigFraction gain = value.subtract(j.values[p][k]).reduce();
          if (gain.compareTo(BigFraction.ZERO) > 0) {
            profitable.add(new DeviationCheck.Deviation(q0, q1, p, d, gain));
          }
        }
      }
    }
    return new DeviationCheck(profitable.isEmpty(), profitable, j.size);
  }

  /** The joint automaton on the reachable pairs of states and its exact values. */
  private static final class Joint {
    final StrategyAutomaton first;
    final StrategyAutomaton second;
    final NormalFormGame game;
    final int[] index;
    final int[] states;
    final int size;
    final BigFraction[][] values;

    Joint(
        NormalFormGame game, StrategyAutomaton first, StrategyAutomaton second, BigFraction delta) {
      this.game = Objects.requireNonNull(game, "game");
      this.first = Objects.requireNonNull(first, "first");
      this.second = Objects.requireNonNull(second, "second");
      RepeatedGame.checkDiscount(delta);
      requireTwoPlayers("automaton play", game.numPlayers());
      if (first.player() != 0 || second.player() != 1) {
        throw new IllegalArgumentException(
            "need an automaton for player 1 and one for player 2, but got "
                + first
                + " and "
                + second);
      }
      first.checkFits(game);
      second.checkFits(game);
      index = new int[first.numStates() * second.numStates()];
      Arrays.fill(index, -1);
      int[] order = new int[index.length];
      int n = 0;
      order[n++] = 0;
      index[0] = 0;
      for (int head = 0; head < n; head++) {
        for (int c = 0; c < game.numCells(); c++) {
          int to = nextOf(order[head], c);
          if (index[to] < 0) {
            if (n == MAX_JOINT_STATES) {
              throw new StateLimitException(
                  "the automata "
                      + first
                      + " and "
                      + second
                      + " reach more than "
                      + MAX_JOINT_STATES
                      + " joint states",
                  "minimise the automata (merge equivalent states) first");
            }
            index[to] = n;
            order[n++] = to;
          }
        }
      }
      size = n;
      states = Arrays.copyOf(order, n);
      values = new BigFraction[2][];
      BigFraction keep = BigFraction.ONE.subtract(delta);
      for (int p = 0; p < 2; p++) {
        BigFraction[][] a = new BigFraction[n][n];
        BigFraction[] b = new BigFraction[n];
        for (int k = 0; k < n; k++) {
          Arrays.fill(a[k], BigFraction.ZERO);
          int cell = cellOf(k);
          int to = indexOf(next(k, cell));
          a[k][k] = BigFraction.ONE;
          a[k][to] = a[k][to].subtract(delta);
          b[k] = keep.multiply(game.payoff(p, cell));
        }
        values[p] =
            ExactLinearSystem.solve(a, b)
                .orElseThrow(() -> new IllegalStateException("I - delta P is singular: a bug"));
      }
    }

    int cellOf(int k) {
      int q0 = states[k] / second.numStates();
      int q1 = states[k] % second.numStates();
      return game.cellIndex(first.action(q0), second.action(q1));
    }

    /** The joint state code after stage cell {@code cell} in joint state number {@code k}. */
    int next(int k, int cell) {
      return nextOf(states[k], cell);
    }

    private int nextOf(int code, int cell) {
      int q0 = code / second.numStates();
      int q1 = code % second.numStates();
      return first.next(q0, cell) * second.numStates() + second.next(q1, cell);
    }

    int indexOf(int code) {
      return index[code];
    }
  }
}
