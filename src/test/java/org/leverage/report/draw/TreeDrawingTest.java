package org.leverage.report.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.io.EfgReader;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.tree.SpeTreeSolver;
import org.leverage.testing.Corpus;

class TreeDrawingTest {

  /**
   * Entry deterrence: the entrant moves In or Out; after In the incumbent Fights or Accommodates.
   */
  private static final String ENTRY =
      """
      EFG 2 R "Entry" { "Entrant" "Incumbent" }
      ""

      p "" 1 1 "" { "In" "Out" } 0
      p "" 2 1 "" { "Fight" "Accommodate" } 0
      t "" 1 "" { -1, -1 }
      t "" 2 "" { 1, 1 }
      t "" 3 "" { 0, 2 }
      """;

  private static Picture drawWithSpe(ExtensiveGame game) {
    TreeSolver.Equilibrium e = new SpeTreeSolver(1000, "lcp").solve(game).equilibria().get(0);
    return TreeDrawing.of("t", game, Optional.of(e), "note", TreeDrawing.DEFAULT_MAX_NODES);
  }

  @Test
  void highlightsTheSubgamePerfectPathOfEntryDeterrence() throws Exception {
    ExtensiveGame game = EfgReader.read("entry.efg", ENTRY);
    Svg svg = Svg.of(drawWithSpe(game));
    // Backward induction: the incumbent accommodates (1 > -1), so the entrant enters (1 > 0).
    // Nodes in preorder: 0 root, 1 incumbent, 2 fight, 3 accommodate, 4 out.
    assertEquals(Set.of("t-spe-0-1", "t-spe-1-3"), svg.ids("t-spe-"));
    List<String> texts = svg.texts();
    for (String label : List.of("In", "Out", "Fight", "Accommodate", "Entrant", "Incumbent")) {
      assertTrue(texts.contains(label), label + " in " + texts);
    }
    for (String payoff : List.of("(-1, -1)", "(1, 1)", "(0, 2)")) {
      assertTrue(texts.contains(payoff), payoff + " in " + texts);
    }
  }

  @Test
  void joinsTheNodesOfEachInformationSetAndLabelsChanceProbabilities() {
    ExtensiveGame game = Corpus.efg("games/2smp.efg");
    Svg svg = Svg.of(TreeDrawing.of("t", game, Optional.empty(), "", 100));
    Set<String> expected = new TreeSet<>();
    for (Infoset set : game.infosets()) {
      if (!set.isChance() && game.infosetNodes(set.index()).length > 1) {
        expected.add("t-infoset-" + set.index());
      }
    }
    assertTrue(expected.size() > 0);
    assertEquals(expected, svg.ids("t-infoset-"));
    assertEquals(Set.of(), svg.ids("t-spe-"));

    ExtensiveGame chance = Corpus.efg("games/2_player_chance.efg");
    List<String> texts = Svg.of(drawWithSpe(chance)).texts();
    Infoset set = chance.infosets().stream().filter(Infoset::isChance).findFirst().orElseThrow();
    String first =
        set.actions().get(0)
            + " ("
            + org.leverage.numeric.Rationals.format(set.probabilities().get(0))
            + ")";
    assertTrue(texts.contains(first), first + " in " + texts);
  }

  @Test
  void everyHighlightedBranchIsPlayedByTheEquilibrium() {
    ExtensiveGame game = Corpus.efg("games/2_player_chance.efg");
    TreeSolver.Equilibrium e = new SpeTreeSolver(1000, "lcp").solve(game).equilibria().get(0);
    Svg svg = Svg.of(TreeDrawing.of("t", game, Optional.of(e), "", 100));
    Set<String> expected = new TreeSet<>();
    for (int v = 1; v < game.numNodes(); v++) {
      Infoset set = game.infoset(game.parent(v));
      if (!set.isChance()
          && e.behaviour().probability(set.index(), game.actionLeadingTo(v)).getNumerator().signum()
              > 0) {
        expected.add("t-spe-" + game.parent(v) + "-" + v);
      }
    }
    assertTrue(expected.size() > 0);
    assertEquals(expected, svg.ids("t-spe-"));
  }

  @Test
  void refusesTreesAboveTheNodeLimitNamingTheOption() throws Exception {
    ExtensiveGame game = EfgReader.read("entry.efg", ENTRY);
    DrawingLimitException e =
        assertThrows(
            DrawingLimitException.class, () -> TreeDrawing.of("t", game, Optional.empty(), "", 4));
    assertTrue(e.getMessage().contains("5 nodes"), e.getMessage());
    assertTrue(e.getMessage().contains("--max-nodes"), e.getMessage());
    TreeDrawing.of("t", game, Optional.empty(), "", 5);
  }

  @Test
  void sameTreeSameBytes() {
    ExtensiveGame game = Corpus.efg("games/2smp.efg");
    assertEquals(PictureFormat.svg(drawWithSpe(game)), PictureFormat.svg(drawWithSpe(game)));
  }
}
