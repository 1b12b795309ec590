package org.leverage.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.EfgCorpus;
import org.leverage.solve.PivotLimitException;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.testing.RandomTrees;

/**
 * Sequence-form Lemke: on every two-player perfect-recall tree of the corpus an exact Nash
 * equilibrium (checked independently, through the reduced strategic form, where it is small) and
 * Gambit's {@code gambit-lcp} row; textbook, degenerate and seeded random trees.
 */
class SequenceFormLcpSolverTest {

  private static final SequenceFormLcpSolver SOLVER = new SequenceFormLcpSolver();

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  private static BigFraction f(long n, long d) {
    return new BigFraction(n, d);
  }

  static Stream<String> twoPlayerPerfectRecallTrees() {
    return EfgCorpus.trees().stream()
        .map(EfgCorpus.Entry::name)
        .distinct()
        .filter(
            n -> {
              ExtensiveGame g = EfgCorpus.game(n);
              return g.numPlayers() == 2 && g.hasPerfectRecall();
            });
  }

  @Test
  void theCorpusHasManyTwoPlayerPerfectRecallTrees() {
    assertTrue(twoPlayerPerfectRecallTrees().count() >= 100);
  }

  /**
   * Our row must be an equilibrium; where Gambit printed a row it must be Gambit's (our covering
   * vector, sequence order, shift and first pivot are Gambit's, so the paths agree); where the
   * reduced form has one equilibrium only, it must agree with it wherever play reaches.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("twoPlayerPerfectRecallTrees")
  void equilibriumAndGambitsRow(String name) {
    ExtensiveGame g = EfgCorpus.game(name);
    SequenceFormLcpSolver.Result r = SOLVER.solve(g);
    BehaviourProfile ours = r.equilibrium();
    assertEquals(ours.expectedPayoffs(g), r.payoffs());
    double cells = EfgCorpus.entry(name).pureCells();
    if (cells <= 20_000) {
      assertEquals(Optional.empty(), SubgamePerfection.nashDeviation(g, ours));
    }
    Optional<List<List<BigFraction>>> gambit = EfgCorpus.equilibria(name + ".lcp.txt");
    gambit
        .filter(rows -> !rows.isEmpty())
        .ifPresent(rows -> assertEquals(rows.get(0), ours.flatten(), "Gambit's lcp row"));
    if (cells <= 500) {
      List<BehaviourProfile> all =
          new ReducedFormSolver(new EnumMixedSolver()).solve(g).behaviour();
      if (all.size() == 1) {
        assertSameWherePlayReaches(g, all.get(0), ours);
      }
    }
  }

  private static void assertSameWherePlayReaches(
      ExtensiveGame g, BehaviourProfile unique, BehaviourProfile ours) {
    BigFraction[] reach = ours.realisationProbabilities(g);
    for (int i = 0; i < g.numPersonalInfosets(); i++) {
      boolean reached = false;
      for (int v : g.infosetNodes(i)) {
        reached |= reach[v].getNumerator().signum() != 0;
      }
      if (reached) {
        assertEquals(unique.probabilities().get(i), ours.probabilities().get(i), "set " + i);
      }
    }
  }

  /** Entry deterrence: Out (0, 2); In then Fight (-1, -1) or Accommodate (1, 1). */
  static ExtensiveGame entryDeterrence() {
    return ExtensiveGame.builder("entry", "", List.of("Entrant", "Incumbent"))
        .infoset(1, 1, "", List.of("Out", "In"))
        .decision("", 1, 1, 0)
        .outcome(1, "", List.of(f(0), f(2)))
        .terminal("", 1)
        .infoset(2, 1, "", List.of("Fight", "Accommodate"))
        .decision("", 2, 1, 0)
        .outcome(2, "", List.of(f(-1), f(-1)))
        .terminal("", 2)
        .outcome(3, "", List.of(f(1), f(1)))
        .terminal("", 3)
        .build();
  }

  /**
   * The Nash equilibria of entry deterrence, by hand: (In, Accommodate), and Out with the incumbent
   * fighting with probability at least 1/2.
   */
  @Test
  void entryDeterrenceGivesOneOfItsEquilibria() {
    ExtensiveGame g = entryDeterrence();
    BehaviourProfile b = SOLVER.solve(g).equilibrium();
    boolean enters = b.probability(0, 1).equals(BigFraction.ONE);
    boolean stays = b.probability(0, 0).equals(BigFraction.ONE);
    assertTrue(
        (enters && b.probability(1, 1).equals(BigFraction.ONE))
            || (stays && b.probability(1, 0).compareTo(f(1, 2)) >= 0),
        b.toString());
  }

  /**
   * Matching pennies in a tree: player 1 picks H or T, player 2 picks without seeing it; the unique
   * equilibrium mixes 1/2, 1/2 for both (by hand: each must make the other indifferent). Player 2's
   * payoff is 2 minus player 1's, so the shift the LCP applies is not the identity.
   */
  @Test
  void matchingPenniesWithImperfectInformationMixesHalfHalf() {
    ExtensiveGame.Builder b =
        ExtensiveGame.builder("pennies", "", List.of("1", "2"))
            .infoset(1, 1, "", List.of("H", "T"))
            .decision("", 1, 1, 0)
            .infoset(2, 1, "", List.of("h", "t"))
            .outcome(1, "", List.of(f(1), f(1)))
            .outcome(2, "", List.of(f(-1), f(3)));
    b.decision("", 2, 1, 0).terminal("", 1).terminal("", 2);
    b.decision("", 2, 1, 0).terminal("", 2).terminal("", 1);
    ExtensiveGame g = b.build();
    BigFraction half = f(1, 2);
    assertEquals(List.of(half, half, half, half), SOLVER.solve(g).equilibrium().flatten());
  }

  /** Every profile of a game with one payoff everywhere is an equilibrium: fully degenerate. */
  @Test
  void allTiesStillEndAtAnEquilibrium() {
    ExtensiveGame.Builder b =
        ExtensiveGame.builder("ties", "", List.of("1", "2"))
            .outcome(1, "", List.of(f(5), f(5)))
            .infoset(1, 1, "", List.of("a", "b", "c"))
            .decision("", 1, 1, 0)
            .infoset(2, 1, "", List.of("x", "y"));
    for (int i = 0; i < 3; i++) {
      b.decision("", 2, 1, 0).terminal("", 1).terminal("", 1);
    }
    ExtensiveGame g = b.build();
    SequenceFormLcpSolver.Result r = SOLVER.solve(g);
    assertEquals(List.of(f(5), f(5)), r.payoffs());
    assertEquals(Optional.empty(), SubgamePerfection.nashDeviation(g, r.equilibrium()));
  }

  /** Player 2 never moves: the LCP has one sequence and one constraint for that player. */
  @Test
  void aPlayerWithoutMovesIsFine() {
    ExtensiveGame g =
        ExtensiveGame.builder("solo", "", List.of("1", "2"))
            .infoset(1, 1, "", List.of("a", "b", "c"))
            .decision("", 1, 1, 0)
            .outcome(1, "", List.of(f(1), f(9)))
            .terminal("", 1)
            .outcome(2, "", List.of(f(3), f(0)))
            .terminal("", 2)
            .outcome(3, "", List.of(f(2), f(2)))
            .terminal("", 3)
            .build();
    SequenceFormLcpSolver.Result r = SOLVER.solve(g);
    assertEquals(List.of(f(0), f(1), f(0)), r.equilibrium().flatten());
    assertEquals(List.of(f(3), f(0)), r.payoffs());
  }

  /** Seeded random trees with chance and many ties: always an exact equilibrium. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomTreesGiveExactEquilibria(long seed) {
    ExtensiveGame g = RandomTrees.perfectInformation(seed, 20 + (int) (seed % 25), 2, 0.2, 3);
    SequenceFormLcpSolver.Result r = SOLVER.solve(g);
    assertEquals(Optional.empty(), SubgamePerfection.nashDeviation(g, r.equilibrium()));
  }

  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  @Test
  void refusesOtherThanTwoPlayersAndImperfectRecall() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SOLVER.solve(EfgCorpus.game("3_player.efg")));
    assertTrue(e.getMessage().contains("sequence-form Lemke"), e.getMessage());
    assertTrue(e.getMessage().contains("two"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SOLVER.solve(EfgCorpus.game("noPR-action-selten-horse.efg")));
    assertTrue(e.getMessage().contains("perfect recall"), e.getMessage());
  }

  @Test
  void pivotLimitSaysWhatToTry() {
    PivotLimitException e =
        assertThrows(
            PivotLimitException.class,
            () ->
                new SequenceFormLcpSolver(new SequenceFormLcpSolver.Options(3))
                    .solve(EfgCorpus.game("2smp.efg")));
    assertTrue(e.getMessage().contains("try --method enummixed"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SequenceFormLcpSolver.Options(0));
  }
}
