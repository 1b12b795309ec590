package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.numeric.Rationals;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.tree.ReducedFormSolver;

/**
 * Pure Nash equilibria of the corpus's trees without perfect recall (absent-minded drivers, moves
 * forgotten). Gambit 16.7 refuses every one of them ("Computing equilibria of games with imperfect
 * recall is not supported", the {@code .err} files; holdout.efg already for its repeated labels),
 * so there is no Gambit answer to match; ours is checked against an independent brute force over
 * the unreduced strategic form (every action at every information set), and on the
 * absent-minded-driver trees against answers worked out by hand.
 */
class EfgImperfectRecallConformanceTest {

  static Stream<String> imperfectRecallTrees() {
    return EfgCorpus.trees().stream()
        .map(EfgCorpus.Entry::name)
        .filter(n -> !EfgCorpus.game(n).hasPerfectRecall());
  }

  @Test
  void theCorpusHasImperfectRecallTreesAndGambitRefusesThem() {
    List<String> names = imperfectRecallTrees().toList();
    assertTrue(names.size() >= 25, names.toString());
    for (String name : names) {
      // holdout.efg is refused earlier, for repeated labels.
      String err = EfgCorpus.resource("expected/" + name + ".enumpure.err").orElseThrow();
      assertTrue(
          err.contains("imperfect recall is not supported") || err.contains("must be unique"),
          name + ": " + err);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("imperfectRecallTrees")
  void pureEquilibriaEqualABruteForceOverEveryPureProfile(String name) {
    ExtensiveGame g = EfgCorpus.game(name);
    assertEquals(bruteForce(g), ours(g));
  }

  /**
   * Regression, found by the Core hardening review (defect 6a): pure equilibria of the
   * absent-minded-driver trees were refused (exit 2). Worked out by hand (payoffs are (k, -k) at
   * outcome k; a pure strategy takes the same action every time its set is met):
   *
   * <ul>
   *   <li>AM-driver-one-infoset: S twice reaches outcome 1, T at once outcome 3: T ({@code 0,1}).
   *   <li>AM-driver-subgame: S then S gives 1 and T gives 4, so T; player 2's set is then never
   *       reached and either action is a best response: two equilibria.
   *   <li>AM-subgames: action 1 (twice) reaches player 2's set 1 (outcomes 1, 2), action 2 reaches
   *       set 2 (outcomes 5, 6): player 1 plays 2 whatever player 2 does; player 2 answers 1 at set
   *       2 (-5 against -6) and anything at sets 1 and 3 (first appearance: 1, 3, 2): four.
   *   <li>AM-unary-hops: one real choice, T (outcome 1) or B (outcome 2): B; every other set has
   *       one action.
   *   <li>AM-unary-branches: after T, player 1 picks b (2) over t (1); player 2 then compares T
   *       (-2) with B (-3) and plays T.
   * </ul>
   */
  @Test
  void regressionAbsentMindedDriverTreesHavePureEquilibria() {
    assertEquals(rows("0,1"), ours(EfgCorpus.game("AM-driver-one-infoset.efg")));
    assertEquals(rows("0,1,1,0", "0,1,0,1"), ours(EfgCorpus.game("AM-driver-subgame.efg")));
    assertEquals(
        rows("0,1,1,0,1,0,1,0", "0,1,1,0,0,1,1,0", "0,1,0,1,1,0,1,0", "0,1,0,1,0,1,1,0"),
        ours(EfgCorpus.game("AM-subgames.efg")));
    assertEquals(rows("1,1,0,1,1,1"), ours(EfgCorpus.game("AM-unary-hops.efg")));
    assertEquals(rows("1,1,0,1,1,0,1"), ours(EfgCorpus.game("AM-unary-branches.efg")));
  }

  @Test
  void mixedMethodsStillRefuseImperfectRecall() {
    ExtensiveGame g = EfgCorpus.game("AM-driver-subgame.efg");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReducedFormSolver(new EnumMixedSolver()).solve(g));
    assertTrue(e.getMessage().contains("absent-minded"), e.getMessage());
  }

  private static Set<List<BigFraction>> ours(ExtensiveGame g) {
    Set<List<BigFraction>> out = new HashSet<>();
    ReducedFormSolver.pureEquilibria().solve(g).behaviour().forEach(b -> out.add(b.flatten()));
    return out;
  }

  private static Set<List<BigFraction>> rows(String... rows) {
    Set<List<BigFraction>> out = new HashSet<>();
    for (String r : rows) {
      out.add(Arrays.stream(r.split(",")).map(Rationals::parseOrThrow).toList());
    }
    return out;
  }

  /**
   * Every profile of unreduced pure strategies (an action at every set) from which no player gains
   * by switching to another of its unreduced strategies, printed as Gambit prints pure tree
   * equilibria: zeros at the sets the player's own strategy never reaches. Profiles are numbered in
   * mixed radix (player 1's strategy the lowest digit); each payoff is computed once.
   */
  private static Set<List<BigFraction>> bruteForce(ExtensiveGame g) {
    int n = g.numPlayers();
    List<List<int[]>> own = new ArrayList<>();
    int profiles = 1;
    for (int p = 1; p <= n; p++) {
      List<Integer> sets = g.infosetsOf(p).stream().map(Infoset::index).toList();
      List<int[]> strategies = new ArrayList<>();
      enumerate(g, sets, new int[sets.size()], 0, strategies);
      own.add(strategies);
      profiles = Math.multiplyExact(profiles, strategies.size());
    }
    BigFraction[][] u = new BigFraction[profiles][];
    for (int k = 0; k < profiles; k++) {
      u[k] = playOut(g, actions(g, own, k));
    }
    Set<List<BigFraction>> out = new HashSet<>();
    for (int k = 0; k < profiles; k++) {
      boolean equilibrium = true;
      int stride = 1;
      for (int p = 0; p < n && equilibrium; p++) {
        int m = own.get(p).size();
        int base = k - (k / stride % m) * stride;
        for (int s = 0; s < m && equilibrium; s++) {
          equilibrium = u[base + s * stride][p].compareTo(u[k][p]) <= 0;
        }
        stride *= m;
      }
      if (equilibrium) {
        out.add(printed(g, actions(g, own, k)));
      }
    }
    return out;
  }

  /** Every assignment of an action to each of {@code sets}, the first set the slowest digit. */
  private static void enumerate(
      ExtensiveGame g, List<Integer> sets, int[] actions, int k, List<int[]> out) {
    if (k == actions.length) {
      out.add(actions.clone());
      return;
    }
    for (int a = 0; a < g.infosets().get(sets.get(k)).numActions(); a++) {
      actions[k] = a;
      enumerate(g, sets, actions, k + 1, out);
    }
  }

  /** The action at every personal set in profile number {@code k}. */
  private static int[] actions(ExtensiveGame g, List<List<int[]>> own, int k) {
    int[] actions = new int[g.numPersonalInfosets()];
    int rest = k;
    for (int p = 1; p <= g.numPlayers(); p++) {
      List<int[]> strategies = own.get(p - 1);
      int[] mine = strategies.get(rest % strategies.size());
      rest /= strategies.size();
      List<Infoset> sets = g.infosetsOf(p);
      for (int j = 0; j < sets.size(); j++) {
        actions[sets.get(j).index()] = mine[j];
      }
    }
    return actions;
  }

  /** Expected payoffs: every path, chance-weighted, outcomes summed along it. */
  private static BigFraction[] playOut(ExtensiveGame g, int[] actions) {
    BigFraction[] total = new BigFraction[g.numPlayers()];
    Arrays.fill(total, BigFraction.ZERO);
    visit(g, 0, BigFraction.ONE, actions, total);
    return total;
  }

  private static void visit(
      ExtensiveGame g, int v, BigFraction prob, int[] actions, BigFraction[] total) {
    g.outcomePayoffs(v)
        .ifPresent(
            pay -> {
              for (int p = 0; p < total.length; p++) {
                total[p] = total[p].add(prob.multiply(pay.get(p)));
              }
            });
    if (g.isTerminal(v)) {
      return;
    }
    Infoset s = g.infoset(v);
    if (s.isChance()) {
      for (int a = 0; a < g.numChildren(v); a++) {
        visit(g, g.child(v, a), prob.multiply(s.probabilities().get(a)), actions, total);
      }
    } else {
      visit(g, g.child(v, actions[s.index()]), prob, actions, total);
    }
  }

  private static List<BigFraction> printed(ExtensiveGame g, int[] actions) {
    boolean[] reached = new boolean[actions.length];
    for (int p = 1; p <= g.numPlayers(); p++) {
      mark(g, 0, p, actions, reached);
    }
    List<BigFraction> row = new ArrayList<>();
    for (int i = 0; i < actions.length; i++) {
      for (int a = 0; a < g.infosets().get(i).numActions(); a++) {
        row.add(reached[i] && a == actions[i] ? BigFraction.ONE : BigFraction.ZERO);
      }
    }
    return row;
  }

  /** Marks {@code player}'s sets met when it follows its actions and every other move is tried. */
  private static void mark(ExtensiveGame g, int v, int player, int[] actions, boolean[] reached) {
    if (g.isTerminal(v)) {
      return;
    }
    Infoset s = g.infoset(v);
    if (!s.isChance() && s.player() == player) {
      reached[s.index()] = true;
      mark(g, g.child(v, actions[s.index()]), player, actions, reached);
      return;
    }
    for (int a = 0; a < g.numChildren(v); a++) {
      mark(g, g.child(v, a), player, actions, reached);
    }
  }
}
