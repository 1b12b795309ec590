package org.leverage.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.Watch;
import org.leverage.testing.TestGames;

/** The floating-point reverse search and the exact basis search find the same vertices. */
class VertexTraversalTest {

  private static Set<BitSet> labelSets(Traversal t) {
    Set<BitSet> sets = new HashSet<>();
    for (int v = 0; v < t.vertices().size(); v++) {
      sets.add(t.vertices().labels(v));
    }
    assertEquals(t.vertices().size(), sets.size(), "each vertex once");
    return sets;
  }

  @ParameterizedTest(name = "{0}x{1} payoffs 0..{2}")
  @CsvSource({"3, 3, 1", "4, 4, 2", "5, 4, 2", "4, 6, 3", "6, 6, 99", "3, 7, 9"})
  void floatAndExactTraversalsAgree(int m, int n, int maxPayoff) {
    Random random = new Random(31L * m + 7L * n + maxPayoff);
    for (int trial = 0; trial < 10; trial++) {
      NormalFormGame g = BimatrixGames.random(random, m, n, maxPayoff);
      for (BestResponsePolytope p :
          new BestResponsePolytope[] {
            BestResponsePolytope.rowPlayer(g.bimatrix()),
            BestResponsePolytope.columnPlayer(g.bimatrix())
          }) {
        Traversal exact = ExactBasisSearch.enumerate(p, 1_000_000L, Watch.NONE);
        Traversal fast =
            FloatReverseSearch.enumerate(
                p,
                EnumMixedSolver.Options.SEARCH_TOLERANCE,
                1_000_000L,
                Watch.NONE,
                VertexVisitor.NONE);
        assertTrue(exact.exact());
        assertFalse(fast.exact());
        assertEquals(labelSets(exact), labelSets(fast), "trial " + trial);
        // Every vertex is rebuilt exactly from the basis the search recorded.
        for (int v = 0; v < fast.vertices().size(); v++) {
          Optional<BigFraction[]> point =
              p.rebuild(fast.vertices().labels(v), fast.vertices().basis(v));
          assertTrue(point.isPresent(), "vertex " + fast.vertices().labels(v));
        }
      }
    }
  }

  /** The 2 x 2 all-zero game: P is a triangle whose two non-origin vertices are degenerate. */
  @Test
  void degenerateVerticesCarryAllTheirLabels() {
    NormalFormGame g = TestGames.bimatrix(new long[2][2], new long[2][2]);
    Traversal t =
        FloatReverseSearch.enumerate(
            BestResponsePolytope.rowPlayer(g.bimatrix()),
            EnumMixedSolver.Options.SEARCH_TOLERANCE,
            1000L,
            Watch.NONE,
            VertexVisitor.NONE);
    // x = (1, 0): x_2 = 0 (label 1) and both columns tight (labels 2, 3).
    BitSet first = new BitSet();
    first.set(1, 4);
    BitSet second = new BitSet();
    second.set(0);
    second.set(2, 4);
    assertEquals(Set.of(first, second), labelSets(t));
  }

  @Test
  void rebuildRejectsLabelsThatAreNotExactlyTight() {
    NormalFormGame g = TestGames.bimatrix(new long[2][2], new long[2][2]);
    BestResponsePolytope p = BestResponsePolytope.rowPlayer(g.bimatrix());
    BitSet basis = new BitSet();
    basis.set(1);
    basis.set(2);
    // The point (1, 0) also has column 2's constraint tight: claiming fewer labels fails.
    assertTrue(p.rebuild(basis, basis).isEmpty());
    BitSet all = (BitSet) basis.clone();
    all.set(3);
    assertEquals(BigFraction.ONE, p.rebuild(all, basis).orElseThrow()[0]);
  }

  @Test
  void ambiguousBandIsDecidedExactly() {
    NormalFormGame g = BimatrixGames.random(new Random(3), 5, 5, 2);
    BestResponsePolytope p = BestResponsePolytope.columnPlayer(g.bimatrix());
    Traversal timid =
        FloatReverseSearch.enumerate(
            p, new Tolerance(1e-12, 0.999), 1_000_000L, Watch.NONE, VertexVisitor.NONE);
    assertTrue(timid.exactDecisions() > 0);
    assertEquals(
        labelSets(ExactBasisSearch.enumerate(p, 1_000_000L, Watch.NONE)), labelSets(timid));
  }

  /**
   * The row player's polytope of B = ((1, 0), (0, 2)) has rows (2, 1) and (1, 3) once payoffs are
   * shifted to start at one; with both rows tight, 2x + y = 1 and x + 3y = 1.
   */
  @Test
  void solveBasisSolvesTheTightSystemExactly() {
    BitSet bothRowsTight = new BitSet();
    bothRowsTight.set(2, 4);
    BestResponsePolytope p =
        BestResponsePolytope.rowPlayer(
            TestGames.bimatrix(new long[2][2], new long[][] {{1, 0}, {0, 2}}).bimatrix());
    BigFraction[] z = p.solveBasis(bothRowsTight).orElseThrow();
    assertEquals(new BigFraction(2, 5), z[0]);
    assertEquals(new BigFraction(1, 5), z[1]);
    // Rows (1, 2) and (2, 4): singular.
    BestResponsePolytope singular =
        BestResponsePolytope.rowPlayer(
            TestGames.bimatrix(new long[2][2], new long[][] {{0, 1}, {1, 3}}).bimatrix());
    assertTrue(singular.solveBasis(bothRowsTight).isEmpty());
  }

  @Test
  void labelTableDeduplicatesAndFindsMultiWordSets() {
    LabelTable t = new LabelTable(130);
    assertEquals(3, t.words());
    long[] a = {1L, 0L, 1L << 1};
    long[] b = {1L, 1L << 63, 0L};
    assertTrue(t.add(a, a));
    assertFalse(t.add(a.clone(), b));
    assertTrue(t.add(b, b));
    for (int i = 0; i < 5000; i++) {
      assertTrue(t.add(new long[] {i + 2L, 7L, 0L}, a));
    }
    assertEquals(5002, t.size());
    assertEquals(0, t.find(a));
    assertEquals(1, t.find(b));
    assertEquals(-1, t.find(new long[] {0L, 0L, 0L}));
    assertEquals(2, t.cardinality(0));
    assertTrue(t.hasLabel(1, 127));
    assertTrue(t.containsAll(1, new long[] {1L, 0L, 0L}));
    assertFalse(t.containsAll(1, a));
  }
}
