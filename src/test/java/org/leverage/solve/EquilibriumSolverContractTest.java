package org.leverage.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.catalog.GameKind;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.solve.lcp.LemkeHowsonSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.zerosum.ZeroSumLpSolver;
import org.leverage.testing.Corpus;

/**
 * The {@link EquilibriumSolver} contract, run against every implementation on a table of corpus
 * games (degenerate ones included; three to five players for the pure method): an exact,
 * canonically ordered, immutable list of distinct equilibria, each with exactly zero regret for
 * every player; non-empty for the two-player mixed methods, where an equilibrium always exists; the
 * method's name is the catalog's name for it; the same answer on a second call; and a two-player
 * method refuses a game with more players, naming itself and the player count.
 */
class EquilibriumSolverContractTest {

  /** An implementation under test: its catalog name, a label for the report, a fresh solver. */
  private record Implementation(String method, String label, Supplier<EquilibriumSolver> solver) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final Implementation PURE =
      new Implementation(PureEquilibriumSolver.METHOD, "pure", PureEquilibriumSolver::new);
  private static final Implementation ENUMMIXED =
      new Implementation(EnumMixedSolver.METHOD, "enummixed", EnumMixedSolver::new);
  private static final Implementation LCP_ALL =
      new Implementation(LemkeHowsonSolver.METHOD, "lcp (all paths)", LemkeHowsonSolver::new);
  private static final Implementation LCP_SINGLE =
      new Implementation(
          LemkeHowsonSolver.METHOD,
          "lcp (single path, label 2)",
          () -> new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(2)));
  private static final Implementation LP =
      new Implementation(ZeroSumLpSolver.METHOD, "lp", ZeroSumLpSolver::new);

  private static final List<Implementation> TWO_PLAYER_METHODS =
      List.of(ENUMMIXED, LCP_ALL, LCP_SINGLE, LP);

  /** Two-player constant-sum games: every method applies. */
  private static final List<String> CONSTANT_SUM =
      List.of("2x2const", "csg2", "oneill", "mixdom", "const_sum_game");

  /** Two-player general-sum games, several degenerate (deg1, deg2, the all-zero games). */
  private static final List<String> GENERAL_SUM =
      List.of(
          "deg1",
          "deg2",
          "2x2_bimatrix_all_zero_payoffs",
          "zero",
          "stengel",
          "todd3",
          "coord4",
          "pd");

  /** Games of three to five players, for the pure method. */
  private static final List<String> MORE_PLAYERS =
      List.of("2x2x2", "3x3x3", "coord333", "g1", "g3", "2x2x2x2x2");

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String g : CONSTANT_SUM) {
      for (Implementation i : List.of(PURE, ENUMMIXED, LCP_ALL, LCP_SINGLE, LP)) {
        cases.add(Arguments.of(i, g));
      }
    }
    for (String g : GENERAL_SUM) {
      for (Implementation i : List.of(PURE, ENUMMIXED, LCP_ALL, LCP_SINGLE)) {
        cases.add(Arguments.of(i, g));
      }
    }
    for (String g : MORE_PLAYERS) {
      cases.add(Arguments.of(PURE, g));
    }
    return cases.stream();
  }

  private static NormalFormGame game(String name) {
    return Corpus.nfg("games/" + name + ".nfg");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void honoursTheContract(Implementation implementation, String name) {
    NormalFormGame game = game(name);
    EquilibriumSolver solver = implementation.solver().get();
    if (implementation == LP) {
      assertTrue(ZeroSumLpSolver.isConstantSum(game), name + " is constant-sum");
    }
    Result r = solver.solve(game);

    assertEquals(implementation.method(), r.method());
    assertTrue(
        SolverCatalog.METHODS.stream()
            .anyMatch(m -> m.name().equals(r.method()) && m.appliesTo(GameKind.NORMAL_FORM)),
        r.method());
    assertTrue(
        SolverCatalog.solversFor(r.method(), game).stream()
            .anyMatch(s -> s.getClass() == solver.getClass()),
        "the catalog's " + r.method() + " is this implementation");

    assertTrue(r.exact());
    if (implementation != PURE) {
      assertFalse(r.equilibria().isEmpty(), "a two-player game has an equilibrium");
    }
    assertEquals(r.equilibria().stream().distinct().count(), r.equilibria().size(), "distinct");
    for (int k = 1; k < r.equilibria().size(); k++) {
      assertTrue(
          MixedProfile.CANONICAL_ORDER.compare(r.equilibria().get(k - 1), r.equilibria().get(k))
              < 0,
          "canonical order at " + k);
    }
    for (MixedProfile p : r.equilibria()) {
      assertTrue(p.fits(game), p.toString());
      for (int player = 0; player < game.numPlayers(); player++) {
        assertEquals(BigFraction.ZERO, ProfilePayoffs.regret(game, p, player), p.toString());
      }
    }
    assertThrows(UnsupportedOperationException.class, () -> r.equilibria().clear());
    assertEquals(r, solver.solve(game), "same answer on a second call");
  }

  /**
   * The result type does not hide a solver's duplicates: a list with an equilibrium twice is
   * refused, naming it, so that {@link #honoursTheContract} fails for a solver that finds one
   * equilibrium on two paths and forgets it already had it.
   */
  @Test
  void aResultListingAnEquilibriumTwiceIsRefused() {
    Result r = new PureEquilibriumSolver().solve(game("pd"));
    List<MixedProfile> twice = new ArrayList<>(r.equilibria());
    twice.add(r.equilibria().get(0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Result(r.method(), r.exact(), twice, r.counters()));
    assertEquals("pure listed the equilibrium (0, 1, 0, 1) twice", e.getMessage());
  }

  static Stream<Arguments> twoPlayerMethodsOnThreePlayers() {
    return TWO_PLAYER_METHODS.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoPlayerMethodsOnThreePlayers")
  void twoPlayerMethodsRefuseMorePlayers(Implementation implementation) {
    NormalFormGame game = game("2x2x2");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> implementation.solver().get().solve(game));
    assertEquals(
        implementation.method() + " needs a two-player game but the game has 3 players",
        e.getMessage());
  }
}
