package org.leverage.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.EfgReader;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.testing.RandomTrees;

class BackwardInductionSolverTest {

  private static final BackwardInductionSolver SOLVER =
      new BackwardInductionSolver(BackwardInductionSolver.Options.DEFAULT);

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  private static void assertCertified(ExtensiveGame g, BackwardInductionSolver.Result r) {
    for (BackwardInductionSolver.Equilibrium e : r.equilibria()) {
      BehaviourProfile b = e.behaviour(g);
      assertEquals(java.util.Optional.empty(), SubgamePerfection.oneShotDeviation(g, b));
      assertEquals(e.payoffs(), b.expectedPayoffs(g));
      BigFraction total = BigFraction.ZERO;
      for (BigFraction p : e.reached().values()) {
        total = total.add(p);
      }
      assertEquals(BigFraction.ONE, total);
    }
  }

  /**
   * Centipede: at stage s the mover may take (2^(s+2) to itself, 2^s to the other) or pass; after
   * the last stage both get 2^stages. Every mover prefers taking to the other's taking next, so the
   * unique SPE takes at once. With {@code doubling} false the stakes stay (2, 0) and the end (1,
   * 1): same logic, small numbers for very long chains.
   */
  private static ExtensiveGame centipede(int stages, boolean doubling) {
    ExtensiveGame.Builder b = ExtensiveGame.builder("centipede", "", List.of("1", "2"));
    int outcome = 0;
    for (int s = 0; s < stages; s++) {
      int player = 1 + s % 2;
      b.infoset(player, s / 2 + 1, "", List.of("take", "pass"));
      b.decision("", player, s / 2 + 1, 0);
      // Mover takes 2^(s+2), the other gets 2^s: passing lets the other take next.
      BigFraction big = doubling ? f(2).pow(s + 2) : f(2);
      BigFraction small = doubling ? f(2).pow(s) : f(0);
      b.outcome(++outcome, "", player == 1 ? List.of(big, small) : List.of(small, big));
      b.terminal("", outcome);
    }
    BigFraction end = doubling ? f(2).pow(stages) : f(1);
    b.outcome(++outcome, "", List.of(end, end));
    b.terminal("", outcome);
    return b.build();
  }

  @Test
  void centipedeUnravelsToTakingAtOnce() {
    ExtensiveGame g = centipede(40, true);
    BackwardInductionSolver.Result r = SOLVER.solve(g);
    assertEquals(1, r.equilibria().size());
    BackwardInductionSolver.Equilibrium e = r.equilibria().get(0);
    assertTrue(e.actions().stream().allMatch(a -> a == 0), "take everywhere");
    assertEquals(List.of(f(4), f(1)), e.payoffs());
    assertEquals(Map.of(1, BigFraction.ONE), e.reached());
    assertEquals(List.of(0, 1), BackwardInductionSolver.Equilibrium.path(g, 1));
    assertCertified(g, r);
  }

  @Test
  void entryDeterrenceHasOneSpeWithoutTheEmptyThreat() throws Exception {
    ExtensiveGame g =
        EfgReader.read(
            "entry.efg",
            """
            EFG 2 R "Entry deterrence" { "Entrant" "Incumbent" }
            ""
            p "" 1 1 "" { "Out" "In" } 0
            t "" 1 "out" { 0, 2 }
            p "" 2 1 "" { "Fight" "Accommodate" } 0
            t "" 2 "fight" { -1, -1 }
            t "" 3 "share" { 1, 1 }
            """);
    BackwardInductionSolver.Result r = SOLVER.solve(g);
    assertEquals(1, r.equilibria().size());
    assertEquals(List.of(1, 1), r.equilibria().get(0).actions());
    assertEquals(List.of(f(1), f(1)), r.equilibria().get(0).payoffs());
    assertEquals(Map.of(4, BigFraction.ONE), r.equilibria().get(0).reached());
  }

  /**
   * Ultimatum over a pie of {@code pie} units: the proposer offers k, the responder accepts (k, pie
   * - k to the proposer) or rejects (0, 0). Accepting 0 is a tie, so for a pie of at least 2 there
   * are exactly two SPE: offer 0 accepted everywhere, and offer 1 with 0 rejected.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 5, 10})
  void ultimatumGridHasTwoSpeFromTheTieAtZero(int pie) {
    ExtensiveGame g = ultimatum(pie);
    BackwardInductionSolver.Result r = SOLVER.solve(g);
    assertEquals(2, r.equilibria().size());
    Set<List<BigFraction>> payoffs = new HashSet<>();
    for (BackwardInductionSolver.Equilibrium e : r.equilibria()) {
      payoffs.add(e.payoffs());
      for (int k = 1; k <= pie; k++) {
        assertEquals(0, e.actions().get(k + 1), "accept every positive offer");
      }
    }
    assertEquals(Set.of(List.of(f(pie), f(0)), List.of(f(pie - 1), f(1))), payoffs);
    assertCertified(g, r);
  }

  private static ExtensiveGame ultimatum(int pie) {
    ExtensiveGame.Builder b =
        ExtensiveGame.builder("ultimatum", "", List.of("Proposer", "Responder"));
    List<String> offers = new ArrayList<>();
    for (int k = 0; k <= pie; k++) {
      offers.add("offer " + k);
    }
    b.infoset(1, 1, "", offers).decision("", 1, 1, 0);
    b.outcome(1, "reject", List.of(f(0), f(0)));
    for (int k = 0; k <= pie; k++) {
      b.infoset(2, k + 1, "after " + k, List.of("accept", "reject")).decision("", 2, k + 1, 0);
      b.outcome(k + 2, "", List.of(f(pie - k), f(k))).terminal("", k + 2);
      b.terminal("", 1);
    }
    return b.build();
  }

  /** A pie of 1: rejecting 0 leaves the proposer indifferent between its offers: 3 SPE. */
  @Test
  void ultimatumWithPieOneHasThreeSpe() {
    assertEquals(3, SOLVER.solve(ultimatum(1)).equilibria().size());
  }

  @Test
  void chanceNodeExpectationsAndPaths() throws Exception {
    // Nature picks a good (1/3) or bad (2/3) market; the firm learns it and invests or not.
    ExtensiveGame g =
        EfgReader.read(
            "chance.efg",
            """
            EFG 2 R "invest" { "Firm" }
            ""
            c "" 1 "market" { "good" 1/3 "bad" 2/3 } 1 "fee" { -1 }
            p "" 1 1 "good" { "invest" "wait" } 0
            t "" 2 "" { 6 }
            t "" 0
            p "" 1 2 "bad" { "invest" "wait" } 0
            t "" 3 "" { -3 }
            t "" 0
            """);
    BackwardInductionSolver.Result r = SOLVER.solve(g);
    assertEquals(1, r.equilibria().size());
    BackwardInductionSolver.Equilibrium e = r.equilibria().get(0);
    assertEquals(List.of(0, 1), e.actions());
    assertEquals(List.of(f(1)), e.payoffs()); // 1/3 * 6 - 1
    assertEquals(Map.of(2, new BigFraction(1, 3), 6, new BigFraction(2, 3)), e.reached());
    assertCertified(g, r);
  }

  /** Brute force: the pure profiles without a profitable one-shot deviation. */
  private static Set<List<Integer>> bruteForce(ExtensiveGame g) {
    int n = g.numPersonalInfosets();
    int[] actions = new int[n];
    Set<List<Integer>> out = new HashSet<>();
    while (true) {
      if (SubgamePerfection.oneShotDeviation(g, BehaviourProfile.pure(g, actions)).isEmpty()) {
        List<Integer> l = new ArrayList<>();
        for (int a : actions) {
          l.add(a);
        }
        out.add(l);
      }
      int i = n - 1;
      while (i >= 0 && ++actions[i] == g.infosets().get(i).numActions()) {
        actions[i--] = 0;
      }
      if (i < 0) {
        return out;
      }
    }
  }

  @Test
  void randomTreesEquilibriaAreExactlyTheProfilesWithoutOneShotDeviations() {
    for (long seed = 1; seed <= 60; seed++) {
      ExtensiveGame g = RandomTrees.perfectInformation(seed, 9 + (int) (seed % 14), 2, 0.25, 3);
      BackwardInductionSolver.Result r = SOLVER.solve(g);
      assertCertified(g, r);
      Set<List<Integer>> ours = new HashSet<>();
      r.equilibria().forEach(e -> ours.add(e.actions()));
      assertEquals(r.equilibria().size(), ours.size(), "no duplicates, seed " + seed);
      assertEquals(bruteForce(g), ours, "seed " + seed);
    }
  }

  @Test
  void largerRandomTreesWithThreePlayersAreCertified() {
    for (long seed = 100; seed < 104; seed++) {
      ExtensiveGame g = RandomTrees.perfectInformation(seed, 20_000, 3, 0.2, 1_000_000);
      assertEquals(20_000, g.numNodes());
      BackwardInductionSolver.Result r = SOLVER.solve(g);
      assertEquals(1, r.equilibria().size(), "generic payoffs: unique SPE, seed " + seed);
      assertCertified(g, r);
    }
  }

  @Test
  void deepChainDoesNotOverflowTheStack() {
    ExtensiveGame g = centipede(100_000, false);
    assertEquals(200_001, g.numNodes());
    BackwardInductionSolver.Result r =
        new BackwardInductionSolver(new BackwardInductionSolver.Options(1)).solve(g);
    assertEquals(1, r.equilibria().size());
    assertEquals(0, r.equilibria().get(0).actions().get(0));
  }

  @Test
  void tooManyTiesHitTheLimitWithAMessage() {
    // 12 independent indifferent choices under a chance root: 2^12 equilibria.
    ExtensiveGame.Builder b = ExtensiveGame.builder("", "", List.of("1"));
    List<String> twelve = new ArrayList<>();
    List<BigFraction> probs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      twelve.add("c" + i);
      probs.add(new BigFraction(1, 12));
    }
    b.chanceInfoset(1, "", twelve, probs).chance("", 1, 0);
    for (int i = 1; i <= 12; i++) {
      b.infoset(1, i, "", List.of("x", "y")).decision("", 1, i, 0).terminal("", 0).terminal("", 0);
    }
    ExtensiveGame g = b.build();
    BackwardInductionSolver.Result all =
        new BackwardInductionSolver(new BackwardInductionSolver.Options(5000)).solve(g);
    assertEquals(4096, all.equilibria().size());
    assertCertified(g, all);
    EquilibriumLimitException e =
        assertThrows(
            EquilibriumLimitException.class,
            () -> new BackwardInductionSolver(new BackwardInductionSolver.Options(100)).solve(g));
    assertTrue(e.getMessage().contains("more than 100"), e.getMessage());
  }

  @Test
  void refusesImperfectInformation() throws Exception {
    ExtensiveGame g =
        EfgReader.read(
            "mp.efg",
            """
            EFG 2 R "" { "1" "2" } ""
            p "" 1 1 "" { "H" "T" } 0
            p "" 2 1 "" { "h" "t" } 0
            t "" 1 "" { 1, -1 }
            t "" 2 "" { -1, 1 }
            p "" 2 1 "" { "h" "t" } 0
            t "" 2
            t "" 1
            """);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SOLVER.solve(g));
    assertTrue(e.getMessage().contains("needs perfect information"), e.getMessage());
  }
}
