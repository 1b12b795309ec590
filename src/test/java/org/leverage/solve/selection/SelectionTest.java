package org.leverage.solve.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.UsageException;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.testing.TestGames;

class SelectionTest {

  /** The equilibria enummixed finds, in canonical order (pure ones first). */
  private static List<MixedProfile> equilibria(NormalFormGame g) {
    return new EnumMixedSolver().solve(g).equilibria();
  }

  private static MixedProfile selectedProfile(NormalFormGame g, Criterion c) {
    List<MixedProfile> eqs = equilibria(g);
    Selection s = c.select(g, eqs);
    assertEquals(1, s.selected().size(), s.reason());
    return eqs.get(s.selected().get(0));
  }

  /** Stag hunt: stag pays 4 if both hunt it, else 0; hare pays 3 whatever the other does. */
  static NormalFormGame stagHunt() {
    return TestGames.bimatrix(new long[][] {{4, 0}, {3, 3}}, new long[][] {{4, 3}, {0, 3}});
  }

  @Test
  void stagHuntPayoffDominantIsStagRiskDominantIsHare() {
    NormalFormGame g = stagHunt();
    assertEquals(3, equilibria(g).size());
    assertEquals(MixedProfile.pure(g, 0, 0), selectedProfile(g, Criterion.PAYOFF));
    // Deviation losses: at (stag, stag) 4 - 3 = 1 each, product 1; at (hare, hare) 3 - 0 = 3
    // each, product 9 > 1.
    assertEquals(MixedProfile.pure(g, 1, 1), selectedProfile(g, Criterion.RISK));
    Selection risk = Criterion.RISK.select(g, equilibria(g));
    assertTrue(risk.reason().contains("N(3, 1) = 9 > N(1, 3) = 1"), risk.reason());
    assertTrue(risk.reason().contains("not compared"), risk.reason());
  }

  @Test
  void twoByTwoRiskDominanceByTheProductOfLosses() {
    // (A, A) pays 2, 2 and (B, B) 1, 1, off-diagonal 0: products 4 and 1.
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{2, 0}, {0, 1}});
    assertEquals(MixedProfile.pure(g, 0, 0), selectedProfile(g, Criterion.RISK));
    // Unequal losses: at (A, A) 3 and 1 (product 3); at (B, B) 2 and 2 (product 4): B wins though
    // A pays Row more.
    NormalFormGame h =
        TestGames.bimatrix(new long[][] {{5, 0}, {2, 2}}, new long[][] {{1, 0}, {0, 2}});
    assertEquals(MixedProfile.pure(h, 1, 1), selectedProfile(h, Criterion.RISK));
  }

  @Test
  void aRiskDominanceTieSelectsNothing() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}});
    Selection s = Criterion.RISK.select(g, equilibria(g));
    assertTrue(s.selected().isEmpty());
    assertTrue(s.reason().startsWith("not defined: equilibria 1 and 3 tie"), s.reason());
  }

  @Test
  void battleOfTheSexesParetoKeepsBothPureAndDropsTheMixed() {
    NormalFormGame g =
        TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
    List<MixedProfile> eqs = equilibria(g);
    assertEquals(3, eqs.size());
    Selection s = Criterion.PARETO.select(g, eqs);
    assertEquals(
        List.of(MixedProfile.pure(g, 0, 0), MixedProfile.pure(g, 1, 1)),
        s.selected().stream().map(eqs::get).toList());
    assertTrue(Criterion.PAYOFF.select(g, eqs).selected().isEmpty());
    assertTrue(
        Criterion.PAYOFF.select(g, eqs).reason().startsWith("not defined"),
        Criterion.PAYOFF.select(g, eqs).reason());
  }

  /**
   * A symmetric 3x3 game given by the row player's matrix; the column player's is its transpose.
   */
  private static NormalFormGame symmetric(long[][] r) {
    long[][] c = new long[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c[i][j] = r[j][i];
      }
    }
    return TestGames.bimatrix(r, c);
  }

  @Test
  void threeByThreeCoordinationRiskAndPayoffDominanceDiffer() {
    // X pays 5 on (X, X) and 0 against anything else; Y is safer: 4 on (Y, Y), 2 otherwise; Z 3
    // and 1. Losses L(p -> q) = R[p][p] - R[q][p]: X->Y 3, Y->X 4, Y->Z 3, Z->Y 1, X->Z 4, Z->X 3.
    // Symmetric, so N(p, q) = L(p -> q)^2: Y beats X (16 > 9) and Z (9 > 1); X beats Z.
    NormalFormGame g = symmetric(new long[][] {{5, 0, 0}, {2, 4, 2}, {1, 1, 3}});
    assertEquals(MixedProfile.pure(g, 1, 1), selectedProfile(g, Criterion.RISK));
    assertEquals(MixedProfile.pure(g, 0, 0), selectedProfile(g, Criterion.PAYOFF));
  }

  @Test
  void aCycleOfRiskDominanceSelectsNothing() {
    // Diagonal 3; L(X->Y) = L(Y->Z) = L(Z->X) = 3 and the reverse losses 1: X beats Y, Y beats Z,
    // Z beats X.
    NormalFormGame g = symmetric(new long[][] {{3, 2, 0}, {0, 3, 2}, {2, 0, 3}});
    List<MixedProfile> pure = new PureEquilibriumSolver().solve(g).equilibria();
    assertEquals(3, pure.size());
    Selection s = Criterion.RISK.select(g, pure);
    assertTrue(s.selected().isEmpty());
    assertTrue(s.reason().contains("not transitive"), s.reason());
  }

  @Test
  void riskDominanceNeedsTwoStrictEquilibria() {
    NormalFormGame g = TestGames.prisonersDilemma();
    Selection s = Criterion.RISK.select(g, equilibria(g));
    assertTrue(s.selected().isEmpty());
    assertTrue(s.reason().startsWith("not defined"), s.reason());
    // The payoff criterion takes the only equilibrium.
    assertEquals(List.of(0), Criterion.PAYOFF.select(g, equilibria(g)).selected());
  }

  @Test
  void threePlayerRiskDominanceMultipliesTheLossesOfThePlayersThatDiffer() {
    // Each player gets 2 when all play A, 1 when all play B, else 0: losses 2 at A and 1 at B for
    // all three players, so N(A, B) = 8 > N(B, A) = 1.
    int[][] cells = new int[8][];
    for (int c = 0; c < 8; c++) {
      int v = c == 0 ? 2 : c == 7 ? 1 : 0;
      cells[c] = new int[] {v, v, v};
    }
    NormalFormGame g = TestGames.ofInts("three", new int[] {2, 2, 2}, cells);
    List<MixedProfile> pure = new PureEquilibriumSolver().solve(g).equilibria();
    Selection s = Criterion.RISK.select(g, pure);
    assertEquals(
        List.of(MixedProfile.pure(g, 0, 0, 0)), s.selected().stream().map(pure::get).toList());
    assertTrue(s.reason().contains("= 8 > N("), s.reason());
  }

  @Test
  void unknownNamesListTheChoices() {
    UsageException other = assertThrows(UsageException.class, () -> Criterion.named("nash"));
    assertTrue(other.getMessage().contains("pareto, payoff, risk, logit"), other.getMessage());
    assertEquals(Criterion.RISK, Criterion.named("risk"));
    assertEquals(Criterion.LOGIT, Criterion.named("logit"));
  }

  /**
   * The logit branch of the stag hunt converges to the risk-dominant (hare, hare); without it in
   * the list nothing is selected.
   */
  @Test
  void logitLimitOfTheStagHuntIsHareHare() {
    NormalFormGame g = stagHunt();
    List<MixedProfile> eqs = equilibria(g);
    Selection logit = Criterion.LOGIT.select(g, eqs);
    assertEquals(Criterion.RISK.select(g, eqs).selected(), logit.selected());
    assertTrue(logit.reason().contains("converges to equilibrium"), logit.reason());
    List<MixedProfile> withoutIt =
        eqs.stream().filter(e -> !logit.selected().contains(eqs.indexOf(e))).toList();
    Selection none = Criterion.LOGIT.select(g, withoutIt);
    assertTrue(none.selected().isEmpty());
    assertTrue(none.reason().startsWith("not defined"), none.reason());
  }

  /** Properties on seeded random games: each criterion's selection is what its definition says. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void selectionsSatisfyTheirDefinitions(long seed) {
    Random random = new Random(seed);
    NormalFormGame g =
        TestGames.randomBimatrix(seed, 2 + random.nextInt(3), 2 + random.nextInt(3), 3);
    List<MixedProfile> eqs = equilibria(g);
    Selection pareto = Criterion.PARETO.select(g, eqs);
    assertFalse(pareto.selected().isEmpty());
    for (int e = 0; e < eqs.size(); e++) {
      boolean dominated = false;
      for (int f = 0; f < eqs.size(); f++) {
        dominated |= f != e && paretoDominates(g, eqs.get(f), eqs.get(e));
      }
      assertEquals(!dominated, pareto.isSelected(e), "seed " + seed + " equilibrium " + e);
    }
    Selection payoff = Criterion.PAYOFF.select(g, eqs);
    for (int f : payoff.selected()) {
      for (int e = 0; e < eqs.size(); e++) {
        assertTrue(e == f || paretoDominates(g, eqs.get(f), eqs.get(e)));
      }
      assertEquals(List.of(f), pareto.selected());
    }
    Selection risk = Criterion.RISK.select(g, eqs);
    for (int a : risk.selected()) {
      int[] pa = pureOf(eqs.get(a));
      assertTrue(RiskDominanceSelector.isStrict(g, pa));
      for (int b = 0; b < eqs.size(); b++) {
        int[] pb = pureOf(eqs.get(b));
        if (b != a && pb != null && RiskDominanceSelector.isStrict(g, pb)) {
          // Recomputed by hand for two players: product of both deviation losses.
          BigFraction nab = losses(g, pa, pb);
          BigFraction nba = losses(g, pb, pa);
          assertTrue(nab.compareTo(nba) > 0, "seed " + seed);
        }
      }
    }
  }

  private static boolean paretoDominates(NormalFormGame g, MixedProfile f, MixedProfile e) {
    boolean better = false;
    for (int i = 0; i < g.numPlayers(); i++) {
      int c =
          ProfilePayoffs.expectedPayoff(g, f, i).compareTo(ProfilePayoffs.expectedPayoff(g, e, i));
      if (c < 0) {
        return false;
      }
      better |= c > 0;
    }
    return better;
  }

  private static int[] pureOf(MixedProfile p) {
    int[] s = new int[p.numPlayers()];
    for (int i = 0; i < s.length; i++) {
      s[i] = p.strategies().get(i).indexOf(BigFraction.ONE);
      if (s[i] < 0) {
        return null;
      }
    }
    return s;
  }

  /** Two players: (u1(a) - u1(b1, a2)) (u2(a) - u2(a1, b2)), a factor 1 where they agree. */
  private static BigFraction losses(NormalFormGame g, int[] a, int[] b) {
    BigFraction l1 =
        a[0] == b[0]
            ? BigFraction.ONE
            : g.payoff(0, g.cellIndex(a[0], a[1])).subtract(g.payoff(0, g.cellIndex(b[0], a[1])));
    BigFraction l2 =
        a[1] == b[1]
            ? BigFraction.ONE
            : g.payoff(1, g.cellIndex(a[0], a[1])).subtract(g.payoff(1, g.cellIndex(a[0], b[1])));
    return l1.multiply(l2);
  }
}
