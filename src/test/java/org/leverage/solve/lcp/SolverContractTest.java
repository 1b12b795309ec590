package org.leverage.solve.lcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.EquilibriumSolver.Result;
import org.leverage.solve.zerosum.ZeroSumLpSolver;
import org.leverage.testing.Corpus;

/**
 * The {@link EquilibriumSolver} contract, for each two-player solver of these packages on games it
 * applies to: a non-empty, exact, canonically ordered, immutable list of distinct equilibria, each
 * with exactly zero regret; the method's name; the same answer on a second call.
 */
class SolverContractTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    String[] constantSum = {"2x2const", "csg2", "oneill", "mixdom"};
    String[] general = {"deg1", "deg2", "2x2_bimatrix_all_zero_payoffs", "stengel", "todd3"};
    for (String g : constantSum) {
      cases.add(Arguments.of("lp", new ZeroSumLpSolver(), g));
      cases.add(Arguments.of("lcp", new LemkeHowsonSolver(), g));
    }
    for (String g : general) {
      cases.add(Arguments.of("lcp", new LemkeHowsonSolver(), g));
      cases.add(
          Arguments.of("lcp", new LemkeHowsonSolver(LemkeHowsonSolver.Options.singlePath(2)), g));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void honoursTheContract(String method, EquilibriumSolver solver, String name) {
    NormalFormGame game = Corpus.nfg("games/" + name + ".nfg");
    Result r = solver.solve(game);
    assertEquals(method, r.method());
    assertTrue(r.exact());
    assertTrue(!r.equilibria().isEmpty());
    assertEquals(r.equilibria().stream().distinct().count(), r.equilibria().size());
    for (int k = 1; k < r.equilibria().size(); k++) {
      assertTrue(
          MixedProfile.CANONICAL_ORDER.compare(r.equilibria().get(k - 1), r.equilibria().get(k))
              < 0);
    }
    for (MixedProfile p : r.equilibria()) {
      assertTrue(ProfilePayoffs.isNashEquilibrium(game, p));
    }
    assertThrows(UnsupportedOperationException.class, () -> r.equilibria().clear());
    assertEquals(r, solver.solve(game));
  }
}
