package org.leverage.solve.dominance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Outcome;
import org.leverage.game.StrategySubset;
import org.leverage.testing.TestGames;

/** Tests of {@link StrategySubset}, the restriction the eliminator builds its result with. */
class StrategySubsetTest {

  @Test
  void restrictKeepsLabelsAndExactPayoffsOfEveryKeptCell() {
    NormalFormGame g = TestGames.random(new Random(7L), new int[] {4, 3, 2}, 99);
    StrategySubset subset = new StrategySubset(List.of(List.of(1, 3), List.of(0, 2), List.of(1)));
    NormalFormGame r = subset.restrict(g);
    assertEquals(List.of("s2", "s4"), r.players().get(0).strategies());
    assertEquals(List.of("s1", "s3"), r.players().get(1).strategies());
    assertEquals(List.of("s2"), r.players().get(2).strategies());
    assertEquals(g.players().get(1).name(), r.players().get(1).name());
    assertEquals(g.title(), r.title());
    assertEquals(4, r.numCells());
    for (int c = 0; c < r.numCells(); c++) {
      int[] s = r.strategiesOfCell(c);
      int original =
          g.cellIndex(subset.kept(0).get(s[0]), subset.kept(1).get(s[1]), subset.kept(2).get(s[2]));
      for (int p = 0; p < 3; p++) {
        assertEquals(g.payoff(p, original), r.payoff(p, c));
      }
    }
  }

  @Test
  void restrictingToEverythingKeepsPayoffsButNotTheOutcomeTable() {
    List<Outcome> outcomes = List.of(new Outcome("a", List.of(BigFraction.ONE, BigFraction.TWO)));
    NormalFormGame g =
        NormalFormGame.ofOutcomes("t", "c", TestGames.players(2, 1), outcomes, new int[] {0, -1});
    NormalFormGame r = StrategySubset.all(g).restrict(g);
    assertTrue(r.outcomeTable().isEmpty());
    assertEquals(BigFraction.TWO, r.payoff(1, 0));
    assertEquals(BigFraction.ZERO, r.payoff(1, 1));
    assertEquals("c", r.comment());
  }

  @Test
  void expandPutsZeroOnDroppedStrategies() {
    NormalFormGame g = TestGames.random(new Random(1L), new int[] {3, 2}, 5);
    StrategySubset subset = new StrategySubset(List.of(List.of(0, 2), List.of(1)));
    MixedProfile e = subset.expand(g, MixedProfile.pure(subset.restrict(g), 1, 0));
    assertEquals(MixedProfile.pure(g, 2, 1), e);
  }

  @Test
  void rejectsBadSubsets() {
    assertThrows(IllegalArgumentException.class, () -> new StrategySubset(List.of(List.of())));
    assertThrows(IllegalArgumentException.class, () -> new StrategySubset(List.of(List.of(1, 0))));
    assertThrows(IllegalArgumentException.class, () -> new StrategySubset(List.of(List.of(-1))));
    assertThrows(IllegalArgumentException.class, () -> new StrategySubset(List.of()));
    NormalFormGame g = TestGames.prisonersDilemma();
    StrategySubset tooWide = new StrategySubset(List.of(List.of(0, 2), List.of(0)));
    assertFalse(tooWide.fits(g));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tooWide.restrict(g));
    assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
  }
}
