package org.leverage.solve.bimatrix;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;

/**
 * The maximal Nash subsets ("convex components", as {@code gambit-enummixed -c} prints them) of a
 * two-player game, from its extreme equilibria.
 *
 * <p>Call an extreme strategy x of the row player and y of the column player compatible when (x, y)
 * is an extreme equilibrium. For sets X' and Y' of pairwise compatible extreme strategies every
 * profile of conv(X') x conv(Y') is an equilibrium (the labels of a convex combination are the
 * common labels), and the equilibrium set of the game is the union of these products over the
 * maximal such pairs, the maximal bicliques of the bipartite compatibility graph (C. Winkels, "An
 * improved algorithm for the selection of all Nash equilibria", 1979; Avis, Rosenberg, Savani, von
 * Stengel, Economic Theory 42, 2010, section 4). Maximal subsets can overlap; the equilibrium set's
 * topological components are the unions of overlapping ones.
 *
 * <p>Algorithm: a biclique (X', Y') is maximal exactly when Y' is the intersection of the
 * neighbourhoods of X' and X' is every x whose neighbourhood contains Y'. The non-empty
 * intersections of neighbourhoods form a family closed under intersection, generated from the
 * single neighbourhoods by intersecting with one more at a time; each member gives one maximal
 * subset. Time O(F x |X| x |Y| / 64) for F maximal subsets.
 */
public final class MaximalNashSubsets {

  private MaximalNashSubsets() {}

  /**
   * One maximal Nash subset: every profile mixing the row strategies with any weights, against any
   * mixture of the column strategies, is an equilibrium.
   *
   * @param rowStrategies extreme strategies of player 1, in canonical order
   * @param columnStrategies extreme strategies of player 2, in canonical order
   */
  public record Subset(
      List<List<BigFraction>> rowStrategies, List<List<BigFraction>> columnStrategies) {

    public Subset {
      rowStrategies = copy(rowStrategies);
      columnStrategies = copy(columnStrategies);
      if (rowStrategies.isEmpty() || columnStrategies.isEmpty()) {
        throw new IllegalArgumentException("a Nash subset needs strategies of both players");
      }
    }

    private static List<List<BigFraction>> copy(List<List<BigFraction>> strategies) {
      return strategies.stream()
          .map(ImmutableList::copyOf)
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** Larger probabilities first, as in {@link MixedProfile#CANONICAL_ORDER}. */
  private static final Comparator<List<BigFraction>> STRATEGY_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = b.get(i).compareTo(a.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  /**
   * The maximal Nash subsets spanned by {@code extremeEquilibria} (for instance the result of
   * {@link EnumMixedSolver}), ordered lexicographically by their row strategies, then by their
   * column strategies, each in canonical order.
   *
   * @throws IllegalArgumentException if a profile is not of two players
   */
  public static List<Subset> of(List<MixedProfile> extremeEquilibria) {
    TreeSet<List<BigFraction>> xSet = new TreeSet<>(STRATEGY_ORDER);
    TreeSet<List<BigFraction>> ySet = new TreeSet<>(STRATEGY_ORDER);
    for (MixedProfile e : extremeEquilibria) {
      if (e.numPlayers() != 2) {
        throw new IllegalArgumentException(
            "Nash subsets need two-player profiles but one has " + e.numPlayers() + " players");
      }
      xSet.add(e.strategies().get(0));
      ySet.add(e.strategies().get(1));
    }
    List<List<BigFraction>> xs = new ArrayList<>(xSet);
    List<List<BigFraction>> ys = new ArrayList<>(ySet);
    BitSet[] neighbours = new BitSet[xs.size()];
    for (int x = 0; x < xs.size(); x++) {
      neighbours[x] = new BitSet(ys.size());
    }
    for (MixedProfile e : extremeEquilibria) {
      int x = xSet.headSet(e.strategies().get(0)).size();
      int y = ySet.headSet(e.strategies().get(1)).size();
      neighbours[x].set(y);
    }
    Set<BitSet> family = new HashSet<>();
    Deque<BitSet> queue = new ArrayDeque<>();
    for (BitSet n : neighbours) {
      if (family.add(n)) {
        queue.add(n);
      }
    }
    while (!queue.isEmpty()) {
      BitSet t = queue.poll();
      for (BitSet n : neighbours) {
        BitSet meet = (BitSet) t.clone();
        meet.and(n);
        if (!meet.isEmpty() && family.add(meet)) {
          queue.add(meet);
        }
      }
    }
    // Members are listed by index in canonical order; subsets sort by their row indices,
    // then column indices, lexicographically, so that no hash order leaks into the result.
    List<int[][]> members = new ArrayList<>();
    for (BitSet t : family) {
      BitSet rows = new BitSet(xs.size());
      for (int x = 0; x < xs.size(); x++) {
        BitSet missing = (BitSet) t.clone();
        missing.andNot(neighbours[x]);
        rows.set(x, missing.isEmpty());
      }
      members.add(new int[][] {rows.stream().toArray(), t.stream().toArray()});
    }
    members.sort(
        Comparator.<int[][], int[]>comparing(mem -> mem[0], Arrays::compare)
            .thenComparing(mem -> mem[1], Arrays::compare));
    return members.stream()
        .map(
            mem ->
                new Subset(
                    Arrays.stream(mem[0]).mapToObj(xs::get).toList(),
                    Arrays.stream(mem[1]).mapToObj(ys::get).toList()))
        .collect(ImmutableList.toImmutableList());
  }
}
