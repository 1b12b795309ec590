package org.leverage.game.tree;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * An exact behaviour profile: for every personal information set, in {@link
 * ExtensiveGame#infosets()} order, one probability per action. Each row is either a distribution
 * (non-negative, summing to exactly 1) or all zeros, meaning <em>unspecified</em>: the set cannot
 * be reached under its own player's strategy (Gambit prints such rows as zeros when it converts a
 * reduced strategy). Methods that evaluate the profile throw {@link IllegalArgumentException} if an
 * unspecified set is reached with positive probability.
 *
 * <p>{@link #flatten()} is Gambit's {@code NE,} order for trees.
 */
public record BehaviourProfile(List<List<BigFraction>> probabilities) {

  public BehaviourProfile {
    ImmutableList.Builder<List<BigFraction>> copy = ImmutableList.builder();
    for (int i = 0; i < probabilities.size(); i++) {
      List<BigFraction> row =
          probabilities.get(i).stream()
              .map(BigFraction::reduce)
              .collect(ImmutableList.toImmutableList());
      BigFraction sum = BigFraction.ZERO;
      for (BigFraction x : row) {
        if (x.compareTo(BigFraction.ZERO) < 0) {
          throw new IllegalArgumentException(
              "probability at information set " + i + " must be non-negative but was " + x);
        }
        sum = sum.add(x);
      }
      if (!sum.equals(BigFraction.ONE) && !sum.equals(BigFraction.ZERO)) {
        throw new IllegalArgumentException(
            "probabilities at information set "
                + i
                + " must sum to 1 (or all be 0 for "
                + "unspecified) but sum to "
                + sum);
      }
      copy.add(row);
    }
    probabilities = copy.build();
  }

  /**
   * The pure profile playing {@code actions[i]} at personal information set {@code i}; -1 leaves
   * the set unspecified.
   */
  public static BehaviourProfile pure(ExtensiveGame game, int[] actions) {
    if (actions.length != game.numPersonalInfosets()) {
      throw new IllegalArgumentException(
          "pure profile has "
              + actions.length
              + " actions; expected "
              + game.numPersonalInfosets()
              + " (one per personal information set)");
    }
    ImmutableList.Builder<List<BigFraction>> rows = ImmutableList.builder();
    for (int i = 0; i < actions.length; i++) {
      int m = game.infosets().get(i).numActions();
      if (actions[i] < -1 || actions[i] >= m) {
        throw new IllegalArgumentException(
            "action " + actions[i] + " at information set " + i + " is out of range 0.." + (m - 1));
      }
      BigFraction[] row = new BigFraction[m];
      for (int a = 0; a < m; a++) {
        row[a] = a == actions[i] ? BigFraction.ONE : BigFraction.ZERO;
      }
      rows.add(Arrays.asList(row));
    }
    return new BehaviourProfile(rows.build());
  }

  /** Every probability, set by set: Gambit's {@code NE,} order for trees. */
  public List<BigFraction> flatten() {
    ImmutableList.Builder<BigFraction> b = ImmutableList.builder();
    probabilities.forEach(b::addAll);
    return b.build();
  }

  public BigFraction probability(int infoset, int action) {
    return probabilities.get(infoset).get(action);
  }

  /** Whether the row of {@code infoset} is a distribution rather than unspecified. */
  public boolean isSpecified(int infoset) {
    return probabilities.get(infoset).stream().anyMatch(x -> x.getNumerator().signum() != 0);
  }

  private void checkFits(ExtensiveGame game) {
    if (probabilities.size() != game.numPersonalInfosets()) {
      throw new IllegalArgumentException(
          "profile has "
              + probabilities.size()
              + " information sets; the game has "
              + game.numPersonalInfosets());
    }
    for (int i = 0; i < probabilities.size(); i++) {
      if (probabilities.get(i).size() != game.infosets().get(i).numActions()) {
        throw new IllegalArgumentException(
            "profile has "
                + probabilities.get(i).size()
                + " actions at "
                + InfosetNames.of(game).describe(game.infosets().get(i))
                + "; expected "
                + game.infosets().get(i).numActions());
      }
    }
  }

  /** The probability of the move from {@code node} to its child number {@code action}. */
  private BigFraction moveProbability(ExtensiveGame game, int node, int action) {
    Infoset s = game.infoset(node);
    return s.isChance() ? s.probabilities().get(action) : probability(s.index(), action);
  }

  /**
   * The probability of reaching each node from the root (chance and all players moving as the
   * profile says). Linear in the tree.
   *
   * @throws IllegalArgumentException if an unspecified set is reached with positive probability
   */
  public BigFraction[] realisationProbabilities(ExtensiveGame game) {
    checkFits(game);
    BigFraction[] reach = new BigFraction[game.numNodes()];
    reach[0] = BigFraction.ONE;
    for (int v = 0; v < game.numNodes(); v++) {
      if (game.isTerminal(v)) {
        continue;
      }
      Infoset s = game.infoset(v);
      if (!s.isChance() && !isSpecified(s.index()) && reach[v].getNumerator().signum() != 0) {
        throw new IllegalArgumentException(
            InfosetNames.of(game).describe(s)
                + " is reached with probability "
                + reach[v]
                + " but the profile leaves it unspecified");
      }
      for (int a = 0; a < game.numChildren(v); a++) {
        BigFraction p =
            reach[v].getNumerator().signum() == 0
                ? BigFraction.ZERO
                : reach[v].multiply(moveProbability(game, v, a));
        reach[game.child(v, a)] = p;
      }
    }
    return reach;
  }

  /**
   * Each node's expected payoff vector from the node on (its own outcome included, outcomes above
   * it excluded): the subgame values. {@code null} where the value depends on an unspecified set.
   * Linear in the tree.
   */
  public BigFraction[][] nodeValues(ExtensiveGame game) {
    checkFits(game);
    int k = game.numPlayers();
    BigFraction[][] value = new BigFraction[game.numNodes()][];
    for (int v = game.numNodes() - 1; v >= 0; v--) {
      BigFraction[] x = new BigFraction[k];
      Arrays.fill(x, BigFraction.ZERO);
      if (!game.isTerminal(v)) {
        Infoset s = game.infoset(v);
        if (!s.isChance() && !isSpecified(s.index())) {
          continue;
        }
        boolean defined = true;
        for (int a = 0; a < game.numChildren(v) && defined; a++) {
          BigFraction p = moveProbability(game, v, a);
          if (p.getNumerator().signum() == 0) {
            continue;
          }
          BigFraction[] c = value[game.child(v, a)];
          if (c == null) {
            defined = false;
          } else {
            for (int j = 0; j < k; j++) {
              x[j] = x[j].add(p.multiply(c[j]));
            }
          }
        }
        if (!defined) {
          continue;
        }
      }
      Optional<List<BigFraction>> own = game.outcomePayoffs(v);
      if (own.isPresent()) {
        for (int j = 0; j < k; j++) {
          x[j] = x[j].add(own.get().get(j));
        }
      }
      value[v] = x;
    }
    return value;
  }

  /**
   * The expected payoff of each player, in player order.
   *
   * @throws IllegalArgumentException if an unspecified set is reached with positive probability
   */
  public List<BigFraction> expectedPayoffs(ExtensiveGame game) {
    return expectedPayoffs(game, 0);
  }

  /** The expected payoffs of the subgame (or subtree) starting at {@code node}. */
  public List<BigFraction> expectedPayoffs(ExtensiveGame game, int node) {
    BigFraction[] v = nodeValues(game)[node];
    if (v == null) {
      throw new IllegalArgumentException(
          "the profile leaves an information set unspecified that is reached from node " + node);
    }
    return Arrays.stream(v).map(BigFraction::reduce).collect(ImmutableList.toImmutableList());
  }

  /**
   * The beliefs at {@code infoset}: the conditional probability of each of its nodes (in preorder)
   * given that the set is reached; empty when it is reached with probability 0.
   */
  public Optional<List<BigFraction>> beliefs(ExtensiveGame game, int infoset) {
    BigFraction[] reach = realisationProbabilities(game);
    int[] nodes = game.infosetNodes(infoset);
    BigFraction total = BigFraction.ZERO;
    for (int v : nodes) {
      total = total.add(reach[v]);
    }
    if (total.getNumerator().signum() == 0) {
      return Optional.empty();
    }
    ImmutableList.Builder<BigFraction> b = ImmutableList.builder();
    for (int v : nodes) {
      b.add(reach[v].divide(total).reduce());
    }
    return Optional.of(b.build());
  }
}
