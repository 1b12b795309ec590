package org.leverage.solve.tree;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.numeric.Rationals;

/**
 * The sequence form of a two-player tree with perfect recall (D. Koller, N. Megiddo, B. von
 * Stengel, Games and Economic Behavior 14, 1996), shared by the sequence-form LP and LCP solvers.
 *
 * <p>Player {@code i}'s sequences are numbered 0 (the empty sequence), then the actions of the
 * player's information sets in {@link ExtensiveGame#infosets()} order, each set's actions
 * consecutively. This is Gambit's numbering. Because of perfect recall every set has one leading
 * sequence, and a set that follows sequence {@code s} has a larger index than the set {@code s}
 * belongs to (its first node is met later in preorder), which lets {@link #nashDeviation} sweep the
 * sets backwards.
 *
 * <p>Payoffs are accumulated at the leaves: {@code payoff(i)[s][t]} sums, over the leaves whose
 * sequences are {@code (s, t)}, the chance probability of the leaf times player {@code i}'s payoff
 * along its path (outcomes of inner nodes included). {@code leafChance()[s][t]} sums the chance
 * probabilities alone; for any two realisation plans {@code x' leafChance y = 1}, so subtracting a
 * constant times it shifts every payoff by that constant. Building is linear in the tree plus the
 * two dense {@code sequences1 x sequences2} matrices.
 */
final class SequenceForm {

  private final ExtensiveGame game;
  private final int[] offset;
  private final int[] leading;
  private final int[] numSeq = {1, 1};
  private final BigFraction[][][] payoff;
  private final BigFraction[][] leafChance;
  private final BigFraction maxLeafPayoff;

  private SequenceForm(ExtensiveGame game) {
    this.game = game;
    int n = game.numNodes();
    offset = new int[game.numPersonalInfosets()];
    leading = new int[game.numPersonalInfosets()];
    for (Infoset s : game.infosets()) {
      if (!s.isChance()) {
        offset[s.index()] = numSeq[s.player() - 1];
        numSeq[s.player() - 1] += s.numActions();
      }
    }
    payoff = new BigFraction[2][numSeq[0]][numSeq[1]];
    leafChance = new BigFraction[numSeq[0]][numSeq[1]];
    for (BigFraction[][] m : payoff) {
      fillZero(m);
    }
    fillZero(leafChance);
    int[][] seq = new int[2][n];
    BigFraction[] chance = new BigFraction[n];
    BigFraction[][] path = new BigFraction[2][n];
    BigFraction max = null;
    for (int v = 0; v < n; v++) {
      int p = game.parent(v);
      if (p < 0) {
        chance[v] = BigFraction.ONE;
        path[0][v] = BigFraction.ZERO;
        path[1][v] = BigFraction.ZERO;
      } else {
        seq[0][v] = seq[0][p];
        seq[1][v] = seq[1][p];
        path[0][v] = path[0][p];
        path[1][v] = path[1][p];
        Infoset s = game.infoset(p);
        int action = game.actionLeadingTo(v);
        if (s.isChance()) {
          chance[v] = chance[p].multiply(s.probabilities().get(action));
        } else {
          chance[v] = chance[p];
          seq[s.player() - 1][v] = offset[s.index()] + action;
        }
      }
      Optional<List<BigFraction>> pay = game.outcomePayoffs(v);
      if (pay.isPresent()) {
        path[0][v] = path[0][v].add(pay.get().get(0));
        path[1][v] = path[1][v].add(pay.get().get(1));
      }
      if (!game.isTerminal(v)) {
        Infoset s = game.infoset(v);
        if (!s.isChance()) {
          leading[s.index()] = seq[s.player() - 1][v];
        }
        continue;
      }
      for (int i = 0; i < 2; i++) {
        max = max == null || path[i][v].compareTo(max) > 0 ? path[i][v] : max;
      }
      if (chance[v].getNumerator().signum() != 0) {
        int s1 = seq[0][v];
        int s2 = seq[1][v];
        leafChance[s1][s2] = leafChance[s1][s2].add(chance[v]);
        for (int i = 0; i < 2; i++) {
          payoff[i][s1][s2] = payoff[i][s1][s2].add(chance[v].multiply(path[i][v]));
        }
      }
    }
    maxLeafPayoff = max;
  }

  /**
   * The sequence form of {@code game}.
   *
   * @param method named in the messages of the {@link IllegalArgumentException} thrown for trees
   *     with other than two players or without perfect recall
   */
  static SequenceForm of(ExtensiveGame game, String method) {
    requireTwoPlayers(method, game.numPlayers());
    game.requirePerfectRecall(method);
    return new SequenceForm(game);
  }

  /** The number of sequences of {@code player} (1 or 2), the empty one included. */
  int numSequences(int player) {
    return numSeq[player - 1];
  }

  /** Player {@code player}'s (1 or 2) chance-weighted payoffs, rows player 1's sequences. */
  BigFraction[][] payoff(int player) {
    return payoff[player - 1];
  }

  /** The chance probability of the leaves at each pair of sequences. */
  BigFraction[][] leafChance() {
    return leafChance;
  }

  /** The largest payoff of either player along any path (outcomes summed), leaves only. */
  BigFraction maxLeafPayoff() {
    return maxLeafPayoff;
  }

  /**
   * Rows of the constraint matrix {@code E} of {@code player}: the empty sequence (weight 1), then
   * one row per information set: minus its leading sequence plus its actions (weight 0).
   */
  BigFraction[][] constraints(int player) {
    List<Infoset> sets = game.infosetsOf(player);
    BigFraction[][] e = new BigFraction[sets.size() + 1][numSeq[player - 1]];
    fillZero(e);
    e[0][0] = BigFraction.ONE;
    for (int h = 0; h < sets.size(); h++) {
      Infoset s = sets.get(h);
      e[h + 1][leading[s.index()]] = BigFraction.MINUS_ONE;
      for (int act = 0; act < s.numActions(); act++) {
        e[h + 1][offset[s.index()] + act] = BigFraction.ONE;
      }
    }
    return e;
  }

  /**
   * Behaviour strategies from two sequence weightings: at each set the weights of its actions
   * divided by their sum (for a realisation plan, the weight of the leading sequence). Where that
   * sum is 0 the row is all zeros (unspecified) or, if {@code centroid}, uniform.
   */
  BehaviourProfile behaviour(BigFraction[] plan1, BigFraction[] plan2, boolean centroid) {
    List<List<BigFraction>> rows = new ArrayList<>();
    for (Infoset s : game.infosets()) {
      if (s.isChance()) {
        continue;
      }
      BigFraction[] plan = s.player() == 1 ? plan1 : plan2;
      BigFraction total = BigFraction.ZERO;
      for (int act = 0; act < s.numActions(); act++) {
        total = total.add(plan[offset[s.index()] + act]);
      }
      BigFraction[] row = new BigFraction[s.numActions()];
      for (int act = 0; act < row.length; act++) {
        if (total.getNumerator().signum() != 0) {
          row[act] = plan[offset[s.index()] + act].divide(total);
        } else {
          row[act] = centroid ? new BigFraction(1, row.length) : BigFraction.ZERO;
        }
      }
      rows.add(Arrays.asList(row));
    }
    return new BehaviourProfile(rows);
  }

  /**
   * The realisation plan of {@code player} under {@code profile}: the product of the player's own
   * move probabilities along each sequence. Unspecified rows count as probability 0.
   */
  private BigFraction[] realisationPlan(BehaviourProfile profile, int player) {
    BigFraction[] x = new BigFraction[numSeq[player - 1]];
    x[0] = BigFraction.ONE;
    // Sets in index order: each set's leading sequence is set before the set is met.
    for (Infoset s : game.infosetsOf(player)) {
      for (int act = 0; act < s.numActions(); act++) {
        x[offset[s.index()] + act] =
            x[leading[s.index()]].multiply(profile.probability(s.index(), act));
      }
    }
    return x;
  }

  /**
   * How much {@code player} gains by a best response to {@code profile} (0 when the profile's
   * strategy is a best response), exactly: the best response is found by one backward sweep over
   * the player's information sets (at each, the best action given the payoff of its sequence and of
   * the sets that follow it), linear in the sequences once the opponent's plan is applied.
   */
  private BigFraction bestResponseGain(BehaviourProfile profile, int player) {
    int other = 3 - player;
    BigFraction[] own = realisationPlan(profile, player);
    BigFraction[] opp = realisationPlan(profile, other);
    BigFraction[][] u = payoff[player - 1];
    BigFraction[] value = new BigFraction[numSeq[player - 1]];
    for (int s = 0; s < value.length; s++) {
      BigFraction sum = BigFraction.ZERO;
      for (int t = 0; t < opp.length; t++) {
        BigFraction entry = player == 1 ? u[s][t] : u[t][s];
        if (entry.getNumerator().signum() != 0 && opp[t].getNumerator().signum() != 0) {
          sum = sum.add(entry.multiply(opp[t]));
        }
      }
      value[s] = sum;
    }
    BigFraction current = BigFraction.ZERO;
    for (int s = 0; s < value.length; s++) {
      current = current.add(own[s].multiply(value[s]));
    }
    List<Infoset> sets = game.infosetsOf(player);
    for (int h = sets.size() - 1; h >= 0; h--) {
      Infoset s = sets.get(h);
      BigFraction best = value[offset[s.index()]];
      for (int act = 1; act < s.numActions(); act++) {
        BigFraction v = value[offset[s.index()] + act];
        best = v.compareTo(best) > 0 ? v : best;
      }
      value[leading[s.index()]] = value[leading[s.index()]].add(best);
    }
    return value[0].subtract(current).reduce();
  }

  /** The first player who gains by deviating from {@code profile}, described, or empty. */
  Optional<String> nashDeviation(BehaviourProfile profile) {
    for (int player = 1; player <= 2; player++) {
      BigFraction gain = bestResponseGain(profile, player);
      if (gain.getNumerator().signum() > 0) {
        return Optional.of(
            "player " + player + " gains " + Rationals.format(gain) + " by a best response");
      }
    }
    return Optional.empty();
  }

  private static void fillZero(BigFraction[][] m) {
    for (BigFraction[] row : m) {
      Arrays.fill(row, BigFraction.ZERO);
    }
  }
}
