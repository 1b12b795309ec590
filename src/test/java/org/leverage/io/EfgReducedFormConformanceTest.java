package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.tree.ReducedFormSolver;

/**
 * The reduced strategic form against Gambit: the number of reduced strategies and Gambit's
 * enummixed equilibria (mixed strategies over reduced strategies in Gambit's order) must be
 * equilibria of our reduced form, and Gambit's enumpure rows (behaviour profiles) must be exactly
 * our pure equilibria converted to behaviour profiles.
 */
class EfgReducedFormConformanceTest {

  private static final long MAX_CELLS = 20_000;

  static Stream<EfgCorpus.Entry> trees() {
    return EfgCorpus.trees().stream();
  }

  @ParameterizedTest
  @MethodSource("trees")
  void matchesGambitsReducedForm(EfgCorpus.Entry e) {
    ExtensiveGame tree = EfgCorpus.game(e.name());
    Assumptions.assumeTrue(tree.hasPerfectRecall(), "Gambit refuses imperfect recall");
    Matcher m = Pattern.compile("pure=(\\S+)").matcher(e.shape());
    assertTrue(m.find());
    String[] counts = m.group(1).split("/");
    double cells = 1;
    for (String c : counts) {
      cells *= Double.parseDouble(c);
    }
    Assumptions.assumeTrue(cells <= MAX_CELLS, "reduced form too large for a unit test");
    ReducedNormalForm rnf = ReducedNormalForm.of(tree);
    NormalFormGame g = rnf.game();
    for (int p = 0; p < g.numPlayers(); p++) {
      // MANIFEST counts unreduced pure strategies, an upper bound of the reduced ones.
      assertTrue(g.numStrategies(p) <= Integer.parseInt(counts[p]), "strategies of " + (p + 1));
    }
    EfgCorpus.equilibria(e.name() + ".enummixed.txt")
        .ifPresent(
            rows -> {
              for (List<BigFraction> row : rows) {
                MixedProfile mp = split(g, row);
                assertTrue(ProfilePayoffs.isNashEquilibrium(g, mp), "enummixed row " + row);
              }
            });
    boolean gambitRefused =
        EfgCorpus.resource("expected/" + e.name() + ".enumpure.err").isPresent();
    // A tree without personal moves: Gambit prints the empty profile, a bare NE line.
    EfgCorpus.equilibria(e.name() + ".enumpure.txt")
        .filter(rows -> !gambitRefused)
        .ifPresent(
            rows -> {
              Set<List<BigFraction>> ours = new HashSet<>();
              new ReducedFormSolver(new PureEquilibriumSolver())
                  .solve(tree)
                  .behaviour()
                  .forEach(b -> ours.add(b.flatten()));
              assertEquals(new HashSet<>(rows), ours, "pure equilibria as behaviour profiles");
            });
  }

  private static MixedProfile split(NormalFormGame g, List<BigFraction> row) {
    List<List<BigFraction>> parts = new ArrayList<>();
    int k = 0;
    for (int p = 0; p < g.numPlayers(); p++) {
      parts.add(row.subList(k, k + g.numStrategies(p)));
      k += g.numStrategies(p);
    }
    assertEquals(row.size(), k, "row length");
    return new MixedProfile(parts);
  }
}
