package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.solve.tree.SequenceFormLpSolver;
import org.leverage.solve.tree.SubgamePerfection;

/**
 * The sequence-form LP on the corpus's two-player constant-sum trees: the profile is an exact Nash
 * equilibrium (no pure deviation pays; checked where the reduced form is small) and the value
 * equals the value of Gambit's own equilibria (lcp on the tree; enummixed on the reduced form).
 */
class EfgSequenceFormConformanceTest {

  private static final SequenceFormLpSolver SOLVER = new SequenceFormLpSolver();

  static Stream<String> constantSumTrees() {
    return EfgCorpus.trees().stream()
        .map(EfgCorpus.Entry::name)
        .filter(
            n -> {
              ExtensiveGame g = EfgCorpus.game(n);
              return g.hasPerfectRecall() && SequenceFormLpSolver.isConstantSum(g);
            });
  }

  @Test
  void severalCorpusTreesAreConstantSum() {
    assertTrue(
        constantSumTrees().count() >= 10, "constant-sum trees: " + constantSumTrees().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constantSumTrees")
  void valueAndEquilibriumAgreeWithGambit(String name) {
    ExtensiveGame g = EfgCorpus.game(name);
    SequenceFormLpSolver.Result r = SOLVER.solve(g);
    assertEquals(r.value(), r.equilibrium().expectedPayoffs(g).get(0), "value is the payoff");
    for (int i = 0; i < g.numPersonalInfosets(); i++) {
      assertTrue(r.equilibrium().isSpecified(i), "a distribution at every set, not at " + i);
    }
    if (EfgCorpus.entry(name).pureCells() <= 20_000) {
      assertEquals(Optional.empty(), SubgamePerfection.nashDeviation(g, r.equilibrium()));
      NormalFormGame nf = ReducedNormalForm.of(g).game();
      EfgCorpus.equilibria(name + ".enummixed.txt")
          .ifPresent(
              rows ->
                  rows.forEach(
                      row -> {
                        MixedProfile mp =
                            new MixedProfile(
                                List.of(
                                    row.subList(0, nf.numStrategies(0)),
                                    row.subList(nf.numStrategies(0), row.size())));
                        assertEquals(
                            r.value(),
                            ProfilePayoffs.expectedPayoff(nf, mp, 0),
                            "value of Gambit's enummixed equilibrium " + row);
                      }));
    }
    int width =
        g.infosets().stream().filter(s -> !s.isChance()).mapToInt(s -> s.numActions()).sum();
    EfgCorpus.equilibria(name + ".lcp.txt")
        .ifPresent(
            rows ->
                rows.stream()
                    .filter(row -> row.size() == width)
                    .forEach(
                        row ->
                            assertEquals(
                                r.value(),
                                behaviour(g, row).expectedPayoffs(g).get(0),
                                "value of Gambit's lcp equilibrium " + row)));
  }

  /**
   * Regression, found by the Core hardening review (defect 6d): the LP left the set that player 1's
   * own first move excludes unspecified and printed {@code NE,0,1,0,0,0,0,0,0,1}, a row that is not
   * a distribution, where Gambit (and our sequence-form Lemke) mix uniformly. Now the row is
   * Gambit's {@code lcp} row exactly.
   */
  @Test
  void regressionLpPlaysUniformlyWhereThePlayersOwnMovesExcludeASet() {
    String name = "2_player_PI_2_dev_off_eq_path_const_sum.efg";
    List<List<BigFraction>> gambit = EfgCorpus.equilibria(name + ".lcp.txt").orElseThrow();
    assertEquals(
        gambit, List.of(SOLVER.solve(EfgCorpus.game(name)).equilibrium().flatten()), "lcp row");
  }

  @Test
  void refusesGeneralSumAndImperfectRecall() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SOLVER.solve(EfgCorpus.game("2_player_non_zero_sum.efg")));
    assertTrue(e.getMessage().contains("constant-sum"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SOLVER.solve(EfgCorpus.game("AM-unary-hops.efg")));
    assertTrue(e.getMessage().contains("perfect recall"), e.getMessage());
  }

  private static BehaviourProfile behaviour(ExtensiveGame g, List<BigFraction> row) {
    List<List<BigFraction>> split = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < g.numPersonalInfosets(); i++) {
      int m = g.infosets().get(i).numActions();
      split.add(row.subList(k, k + m));
      k += m;
    }
    return new BehaviourProfile(split);
  }
}
