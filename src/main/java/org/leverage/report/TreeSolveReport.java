package org.leverage.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;

/**
 * What {@code leverage solve} found on a game tree: per method, its equilibria as behaviour
 * profiles (a probability for every action at every information set), with expected payoffs and the
 * plays that happen with positive probability. Everything is computed exactly here; renderers only
 * format.
 */
public record TreeSolveReport(String source, ExtensiveGame game, List<Section> sections) {

  public TreeSolveReport {
    Objects.requireNonNull(game, "game");
    sections = ImmutableList.copyOf(sections);
  }

  /**
   * The equilibria one method found.
   *
   * @param method the command-line name ({@code spe}, {@code pure}, ...)
   * @param description what was computed and how, in a few words, for readers
   * @param exact whether every equilibrium is exact
   * @param counters work done, by name
   * @param reducedForm present when the method's native answer is a mixed profile of the reduced
   *     strategic form ({@code enummixed}), which CSV then prints as Gambit does
   */
  public record Section(
      String method,
      String description,
      boolean exact,
      Map<String, Long> counters,
      List<Equilibrium> equilibria,
      Optional<ReducedNormalForm> reducedForm) {
    public Section {
      counters = ImmutableSortedMap.copyOf(counters);
      equilibria = ImmutableList.copyOf(equilibria);
      if (reducedForm.isPresent() && equilibria.stream().anyMatch(e -> e.mixed().isEmpty())) {
        throw new IllegalArgumentException(
            "a section over the reduced form needs the mixed profile of every equilibrium");
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
  public record Equilibrium(
      BehaviourProfile behaviour,
      Optional<MixedProfile> mixed,
      List<BigFraction> payoffs,
      List<Play> plays) {
    public Equilibrium {
      Objects.requireNonNull(behaviour, "behaviour");
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
  public record Play(List<Integer> nodes, BigFraction probability, List<BigFraction> payoffs) {
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
