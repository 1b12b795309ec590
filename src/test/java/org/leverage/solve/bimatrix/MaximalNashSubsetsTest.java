package org.leverage.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.bimatrix.MaximalNashSubsets.Subset;
import org.leverage.testing.TestGames;

class MaximalNashSubsetsTest {

  private static List<BigFraction> s(int... numeratorsOverTwo) {
    List<BigFraction> p = new ArrayList<>();
    for (int v : numeratorsOverTwo) {
      p.add(new BigFraction(v, 2));
    }
    return p;
  }

  /**
   * deg1.nfg: row strategies a = (1,0,0), b = (1/2,1/2,0), c = (0,0,1) and column strategies p =
   * (1,0,0), q = (1/2,1/2,0), r = (0,0,1); a meets r, b meets q and r, c meets all three. The
   * maximal bicliques are {a,b,c} x {r}, {b,c} x {q,r} and {c} x {p,q,r}.
   */
  @Test
  void degenerateGameOneHasThreeOverlappingSubsets() {
    NormalFormGame g =
        TestGames.bimatrix(
            new long[][] {{1, 3, 2}, {2, 2, 2}, {3, 1, 2}},
            new long[][] {{1, 2, 3}, {3, 2, 1}, {2, 2, 2}});
    List<Subset> subsets = MaximalNashSubsets.of(new EnumMixedSolver().solve(g).equilibria());
    List<BigFraction> a = s(2, 0, 0);
    List<BigFraction> b = s(1, 1, 0);
    List<BigFraction> c = s(0, 0, 2);
    assertEquals(
        List.of(
            new Subset(List.of(a, b, c), List.of(c)),
            new Subset(List.of(b, c), List.of(b, c)),
            new Subset(List.of(c), List.of(a, b, c))),
        subsets);
  }

  @Test
  void isolatedEquilibriaAreTheirOwnSubsets() {
    NormalFormGame coordination =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
    List<MixedProfile> eq = new EnumMixedSolver().solve(coordination).equilibria();
    assertEquals(3, eq.size());
    assertEquals(3, MaximalNashSubsets.of(eq).size());
  }

  /** Seeded degenerate games: subsets are maximal, cover everything, and are convex. */
  @Test
  void subsetsAreMaximalCoveringAndConvex() {
    Random random = new Random(2010);
    for (int trial = 0; trial < 30; trial++) {
      NormalFormGame g = BimatrixGames.random(random, 2 + trial % 3, 2 + trial % 4, 1);
      List<MixedProfile> eq = new EnumMixedSolver().solve(g).equilibria();
      Set<MixedProfile> all = new HashSet<>(eq);
      Set<MixedProfile> covered = new HashSet<>();
      List<Subset> subsets = MaximalNashSubsets.of(eq);
      for (Subset sub : subsets) {
        for (List<BigFraction> x : sub.rowStrategies()) {
          for (List<BigFraction> y : sub.columnStrategies()) {
            MixedProfile p = new MixedProfile(List.of(x, y));
            assertTrue(all.contains(p), "pair of a subset is an extreme equilibrium");
            covered.add(p);
          }
        }
        assertTrue(
            ProfilePayoffs.isNashEquilibrium(
                g,
                new MixedProfile(
                    List.of(average(sub.rowStrategies()), average(sub.columnStrategies())))),
            "the barycentre of a subset is an equilibrium");
        for (MixedProfile e : eq) {
          boolean addsRow =
              !sub.rowStrategies().contains(e.strategies().get(0))
                  && sub.columnStrategies().stream()
                      .allMatch(
                          y -> all.contains(new MixedProfile(List.of(e.strategies().get(0), y))));
          boolean addsColumn =
              !sub.columnStrategies().contains(e.strategies().get(1))
                  && sub.rowStrategies().stream()
                      .allMatch(
                          x -> all.contains(new MixedProfile(List.of(x, e.strategies().get(1)))));
          assertFalse(addsRow || addsColumn, "subset " + sub + " is not maximal");
        }
      }
      assertEquals(all, covered);
      assertEquals(subsets.size(), new HashSet<>(subsets).size());
    }
  }

  @Test
  void rejectsProfilesOfThreePlayers() {
    List<BigFraction> one = List.of(BigFraction.ONE);
    MixedProfile three = new MixedProfile(List.of(one, one, one));
    assertThrows(IllegalArgumentException.class, () -> MaximalNashSubsets.of(List.of(three)));
  }

  private static List<BigFraction> average(List<List<BigFraction>> strategies) {
    List<BigFraction> sum = new ArrayList<>();
    for (int i = 0; i < strategies.get(0).size(); i++) {
      BigFraction total = BigFraction.ZERO;
      for (List<BigFraction> st : strategies) {
        total = total.add(st.get(i));
      }
      sum.add(total.divide(strategies.size()));
    }
    return sum;
  }
}
