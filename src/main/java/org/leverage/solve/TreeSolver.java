package org.leverage.solve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.numeric.Rationals;

/**
 * Finds equilibria of game trees, each as a behaviour profile with its expected payoffs and the
 * plays it makes. Implementations are stateless; the solver catalog names them ({@code spe}, {@code
 * pure}, {@code enummixed}, {@code lcp}, {@code lp}).
 */
public interface TreeSolver {

  /**
   * Solves {@code game} under {@code watch}: the solver looks at the watch between units of work,
   * tells it of its progress, and stops when it says so.
   *
   * @throws IllegalArgumentException if the method does not apply to this tree (too many players,
   *     no perfect recall, not constant-sum); the catalog checks these first and tells the user
   * @throws SolverLimitException if a limit was reached before the answer was complete, {@link
   *     TimeLimitException} if the watch stopped the solver
   */
  Result solve(ExtensiveGame game, Watch watch);

  /** Solves {@code game} with nothing watching. */
  default Result solve(ExtensiveGame game) {
    return solve(game, Watch.NONE);
  }

  /**
   * What a tree solver found.
   *
   * @param method the method's command-line name
   * @param description what was computed and how, in a few words, for readers
   * @param exact whether every equilibrium is exact
   * @param equilibria distinct equilibria, in the method's order (Gambit's where it has one)
   * @param counters work done, by name
   * @param reducedForm present when the method's native answer is a mixed profile of the reduced
   *     strategic form ({@code enummixed}), which every equilibrium then carries
   * @throws IllegalArgumentException if an equilibrium is listed twice, or the reduced form is
   *     given and an equilibrium has no mixed profile
   */
  record Result(
      String method,
      String description,
      boolean exact,
      List<Equilibrium> equilibria,
      Map<String, Long> counters,
      Optional<ReducedNormalForm> reducedForm) {

    public Result {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(description, "description");
      equilibria = ImmutableList.copyOf(equilibria);
      counters = ImmutableSortedMap.copyOf(counters);
      Objects.requireNonNull(reducedForm, "reducedForm");
      Set<Equilibrium> seen = new HashSet<>();
      for (Equilibrium e : equilibria) {
        if (!seen.add(e)) {
          throw new IllegalArgumentException(
              method
                  + " listed the equilibrium "
                  + Rationals.tuple(e.behaviour().flatten())
                  + " twice");
        }
        if (reducedForm.isPresent() && e.mixed().isEmpty()) {
          throw new IllegalArgumentException(
              method + " answers on the reduced form but an equilibrium has no mixed profile");
        }
      }
    }
  }

  /**
   * One equilibrium.
   *
   * @param behaviour the behaviour profile (zeros at sets it leaves unspecified)
   * @param mixed the mixed profile of the reduced strategic form it came from, if any
   * @param payoffs expected payoff of each player
   * @param plays the plays with positive probability, in preorder of their leaves
   */
  record Equilibrium(
      BehaviourProfile behaviour,
      Optional<MixedProfile> mixed,
      List<BigFraction> payoffs,
      List<Play> plays) {

    public Equilibrium {
      Objects.requireNonNull(behaviour, "behaviour");
      Objects.requireNonNull(mixed, "mixed");
      payoffs = ImmutableList.copyOf(payoffs);
      plays = ImmutableList.copyOf(plays);
    }

    /** The payoffs and plays of {@code behaviour} in {@code game}, computed exactly. */
    public static Equilibrium of(
        ExtensiveGame game, BehaviourProfile behaviour, Optional<MixedProfile> mixed) {
      BigFraction[] reach = behaviour.realisationProbabilities(game);
      List<Play> plays = new ArrayList<>();
      for (int v = 0; v < game.numNodes(); v++) {
        if (game.isTerminal(v) && reach[v].getNumerator().signum() != 0) {
          plays.add(Play.of(game, v, reach[v]));
        }
      }
      return new Equilibrium(behaviour, mixed, behaviour.expectedPayoffs(game), plays);
    }
  }

  /**
   * One play: the nodes from the root to a leaf.
   *
   * @param nodes node numbers (preorder), root first
   * @param probability the probability of this play under the equilibrium
   * @param payoffs the sum of the payoffs along the play
   */
  record Play(List<Integer> nodes, BigFraction probability, List<BigFraction> payoffs) {

    public Play {
      nodes = ImmutableList.copyOf(nodes);
      probability = probability.reduce();
      payoffs = ImmutableList.copyOf(payoffs);
    }

    static Play of(ExtensiveGame game, int leaf, BigFraction probability) {
      List<Integer> nodes = new ArrayList<>();
      BigFraction[] total = new BigFraction[game.numPlayers()];
      Arrays.fill(total, BigFraction.ZERO);
      for (int v = leaf; v >= 0; v = game.parent(v)) {
        nodes.add(v);
        Optional<List<BigFraction>> own = game.outcomePayoffs(v);
        if (own.isPresent()) {
          for (int p = 0; p < total.length; p++) {
            total[p] = total[p].add(own.get().get(p));
          }
        }
      }
      Collections.reverse(nodes);
      return new Play(nodes, probability, List.of(total));
    }
  }
}
