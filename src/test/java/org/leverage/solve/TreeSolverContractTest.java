package org.leverage.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.TreeSolver.Equilibrium;
import org.leverage.solve.TreeSolver.Play;
import org.leverage.solve.TreeSolver.Result;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.tree.ReducedFormTreeSolver;
import org.leverage.solve.tree.SequenceFormLcpSolver;
import org.leverage.solve.tree.SequenceFormLcpTreeSolver;
import org.leverage.solve.tree.SequenceFormLpSolver;
import org.leverage.solve.tree.SequenceFormLpTreeSolver;
import org.leverage.solve.tree.SpeTreeSolver;
import org.leverage.solve.tree.SubgamePerfection;
import org.leverage.testing.Corpus;

/**
 * The {@link TreeSolver} contract, run against every implementation on a table of corpus trees
 * (perfect and imperfect information, chance, outcomes at inner nodes, two and three players): an
 * exact, immutable list of distinct equilibria, each a Nash equilibrium (subgame perfect for {@code
 * spe}) whose payoffs and plays are those of its behaviour profile; at least one where one is
 * guaranteed; the method's name is the catalog's name for it and the catalog gives this
 * implementation; the same answer on a second call; two-player methods refuse three players, every
 * method refuses a tree without perfect recall, and a result listing an equilibrium twice is
 * refused.
 */
class TreeSolverContractTest {

  /**
   * An implementation under test.
   *
   * @param twoPlayers whether it needs two players
   * @param constantSum whether it needs a constant-sum tree
   * @param findsOne whether it always finds an equilibrium where it applies
   */
  private record Implementation(
      String method,
      Supplier<TreeSolver> solver,
      boolean twoPlayers,
      boolean constantSum,
      boolean findsOne) {
    @Override
    public String toString() {
      return method;
    }
  }

  private static final Implementation SPE =
      new Implementation(
          SpeTreeSolver.METHOD,
          () -> new SpeTreeSolver(SolverCatalog.MAX_TREE_EQUILIBRIA),
          false,
          false,
          false);
  private static final Implementation PURE =
      new Implementation("pure", ReducedFormTreeSolver::pure, false, false, false);
  private static final Implementation ENUMMIXED =
      new Implementation("enummixed", ReducedFormTreeSolver::enumMixed, true, false, true);
  private static final Implementation LCP =
      new Implementation(
          SequenceFormLcpTreeSolver.METHOD,
          () -> new SequenceFormLcpTreeSolver(SequenceFormLcpSolver.Options.DEFAULT),
          true,
          false,
          true);
  private static final Implementation LP =
      new Implementation(
          SequenceFormLpTreeSolver.METHOD, SequenceFormLpTreeSolver::new, true, true, true);

  private static final List<Implementation> ALL = List.of(SPE, PURE, ENUMMIXED, LCP, LP);

  private static final List<String> TREES =
      List.of(
          "2_player_PI_2_dev_off_eq_path_const_sum.efg",
          "2_player_chance_nonterm_outcomes_and_missing_term_outcomes.efg",
          "2_player_non_zero_sum.efg",
          "2smp.efg",
          "basic_extensive_game.efg",
          "cent2.efg",
          "3_player.efg",
          "3_player_with_nonterm_outcomes.efg",
          "3_player_perfect_info_1_move_each.efg");

  private static ExtensiveGame tree(String name) {
    return Corpus.efg("games/" + name);
  }

  private static boolean applies(Implementation i, ExtensiveGame game) {
    return (!i.twoPlayers() || game.numPlayers() == 2)
        && (!i.constantSum() || SequenceFormLpSolver.isConstantSum(game));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : TREES) {
      ExtensiveGame game = tree(name);
      for (Implementation i : ALL) {
        if (applies(i, game)) {
          cases.add(Arguments.of(i, name));
        }
      }
    }
    return cases.stream();
  }

  /** The table exercises every implementation, the constant-sum one included. */
  @Test
  void everyImplementationHasCases() {
    List<Object> covered = cases().map(a -> a.get()[0]).distinct().toList();
    assertEquals(ALL.size(), covered.size(), covered.toString());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void honoursTheContract(Implementation implementation, String name) {
    ExtensiveGame game = tree(name);
    TreeSolver solver = implementation.solver().get();
    Result r = solver.solve(game);

    assertEquals(implementation.method(), r.method());
    List<TreeSolver> catalogs = SolverCatalog.treeSolversFor(r.method(), game);
    assertEquals(1, catalogs.size());
    assertEquals(solver.getClass(), catalogs.get(0).getClass(), "the catalog's " + r.method());
    assertTrue(r.exact());
    assertFalse(r.description().isEmpty());
    if (implementation.findsOne() || (implementation == SPE && game.numPlayers() == 2)) {
      assertFalse(r.equilibria().isEmpty(), "an equilibrium exists and the method finds one");
    }
    for (Equilibrium e : r.equilibria()) {
      assertEquals(Optional.empty(), SubgamePerfection.nashDeviation(game, e.behaviour()));
      if (implementation == SPE) {
        assertEquals(Optional.empty(), SubgamePerfection.profitableDeviation(game, e.behaviour()));
      }
      assertEquals(e.behaviour().expectedPayoffs(game), e.payoffs());
      assertEquals(
          BigFraction.ONE,
          e.plays().stream().map(Play::probability).reduce(BigFraction.ZERO, BigFraction::add));
      r.reducedForm()
          .ifPresent(rnf -> assertEquals(rnf.behaviour(e.mixed().orElseThrow()), e.behaviour()));
    }
    assertThrows(UnsupportedOperationException.class, () -> r.equilibria().clear());
    Result again = catalogs.get(0).solve(game);
    assertEquals(r.equilibria(), again.equilibria(), "same equilibria on a second call");
    assertEquals(r.counters(), again.counters(), "same work on a second call");
  }

  static Stream<Implementation> twoPlayerImplementations() {
    return ALL.stream().filter(Implementation::twoPlayers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoPlayerImplementations")
  void twoPlayerMethodsRefuseThreePlayers(Implementation implementation) {
    ExtensiveGame game = tree("3_player.efg");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> implementation.solver().get().solve(game));
    assertTrue(e.getMessage().contains("two-player"), e.getMessage());
  }

  static Stream<Implementation> implementations() {
    return ALL.stream();
  }

  static Stream<Implementation> implementationsNeedingPerfectRecall() {
    return ALL.stream().filter(i -> i != PURE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementationsNeedingPerfectRecall")
  void everyMethodButPureRefusesATreeWithoutPerfectRecall(Implementation implementation) {
    ExtensiveGame game = tree("myerson.efg");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> implementation.solver().get().solve(game));
    assertTrue(e.getMessage().contains("perfect recall"), e.getMessage());
  }

  /** Pure equilibria are defined without perfect recall; pure finds them and says so. */
  @Test
  void pureSolvesATreeWithoutPerfectRecall() {
    ExtensiveGame game = tree("AM-driver-subgame.efg");
    Result r = PURE.solver().get().solve(game);
    assertEquals(2, r.equilibria().size(), r.toString());
    assertTrue(r.description().contains("lacks perfect recall"), r.description());
  }

  /** Each subgame method of spe gives subgame-perfect equilibria; lcp gives exactly one. */
  @ParameterizedTest
  @MethodSource("subgameMethods")
  void speBySubgameMethod(String subgameMethod) {
    ExtensiveGame game = tree("catalog_books_shohamleytonbrown2008_fig5_10.efg");
    Result r = new SpeTreeSolver(SolverCatalog.MAX_TREE_EQUILIBRIA, subgameMethod).solve(game);
    assertFalse(r.equilibria().isEmpty());
    if (subgameMethod.equals("lcp")) {
      assertEquals(1, r.equilibria().size());
    }
    assertTrue(r.description().contains("--subgame-method " + subgameMethod), r.description());
    for (Equilibrium e : r.equilibria()) {
      assertEquals(Optional.empty(), SubgamePerfection.profitableDeviation(game, e.behaviour()));
    }
  }

  static Stream<String> subgameMethods() {
    return SpeTreeSolver.SUBGAME_METHODS.stream();
  }

  @Test
  void aResultListingAnEquilibriumTwiceIsRefused() {
    ExtensiveGame game = tree("cent2.efg");
    Result r = SPE.solver().get().solve(game);
    List<Equilibrium> twice = new ArrayList<>(r.equilibria());
    twice.add(r.equilibria().get(0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Result(
                    r.method(), r.description(), r.exact(), twice, r.counters(), r.reducedForm()));
    assertTrue(e.getMessage().startsWith("spe listed the equilibrium ("), e.getMessage());
  }
}
