package org.leverage.game.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExtensiveGameTest {

  private static BigFraction f(long n, long d) {
    return new BigFraction(n, d);
  }

  private static BigFraction f(long n) {
    return new BigFraction(n);
  }

  private static final List<String> AB = List.of("a", "b");

  private static ExtensiveGame.Builder two() {
    return ExtensiveGame.builder("t", "c", List.of("1", "2"));
  }

  /** P1 In/Out; after In, P2 l/r unseen by P1, then P1 x/y (one set). */
  private static ExtensiveGame entryWithLaterMove() {
    return two()
        .infoset(1, 1, "start", List.of("Out", "In"))
        .decision("root", 1, 1, 0)
        .outcome(1, "out", List.of(f(1), f(1)))
        .terminal("", 1)
        .infoset(2, 1, "", List.of("l", "r"))
        .decision("", 2, 1, 0)
        .infoset(1, 2, "later", List.of("x", "y"))
        .decision("", 1, 2, 0)
        .outcome(2, "", List.of(f(3), f(0)))
        .terminal("", 2)
        .outcome(3, "", List.of(f(0), f(2)))
        .terminal("", 3)
        .decision("", 1, 2, 0)
        .terminal("", 3)
        .terminal("", 2)
        .build();
  }

  @Test
  void structureInPreorder() {
    ExtensiveGame g = entryWithLaterMove();
    assertEquals(9, g.numNodes());
    assertEquals(2, g.numChildren(0));
    assertEquals(1, g.child(0, 0));
    assertEquals(2, g.child(0, 1));
    assertEquals(6, g.child(2, 1));
    assertEquals(1, g.actionLeadingTo(6));
    assertEquals(2, g.parent(6));
    assertEquals(9, g.subtreeEnd(0));
    assertEquals(6, g.subtreeEnd(3));
    assertEquals(ExtensiveGame.TERMINAL, g.player(1));
    assertEquals(3, g.numPersonalInfosets());
    assertEquals(List.of(1, 1, 2), g.infosets().stream().map(Infoset::player).toList());
    assertArrayEquals(new int[] {3, 6}, g.infosetNodes(1));
    assertTrue(g.hasPerfectRecall(), "P1 forgets only P2's move");
    assertFalse(g.isPerfectInformation());
    assertArrayEquals(new int[] {0, 2}, g.subgameRoots(), "P2 moves first in a subgame");
  }

  @Test
  void subgameRootsOfAPerfectInformationTree() {
    ExtensiveGame g =
        two()
            .infoset(1, 1, "", AB)
            .decision("", 1, 1, 0)
            .infoset(2, 1, "", AB)
            .decision("", 2, 1, 0)
            .terminal("", 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    assertArrayEquals(new int[] {0, 1}, g.subgameRoots());
    assertTrue(g.isPerfectInformation());
  }

  @Test
  void forgettingOwnActionBreaksPerfectRecall() {
    ExtensiveGame g =
        two()
            .infoset(1, 1, "", List.of("L", "R"))
            .decision("", 1, 1, 0)
            .infoset(1, 2, "again", AB)
            .decision("", 1, 2, 0)
            .terminal("", 0)
            .terminal("", 0)
            .decision("", 1, 2, 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    String why = g.perfectRecallViolation().orElseThrow();
    assertTrue(
        why.contains(
            "player 1's information set 2 (\"again\") has nodes with different " + "own histories"),
        why);
    assertTrue(why.contains("action 1 (\"L\")") && why.contains("action 2 (\"R\")"), why);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> g.requirePerfectRecall("lp"));
    assertTrue(e.getMessage().startsWith("lp needs a game with perfect recall, but player 1"));
  }

  @Test
  void absentMindednessBreaksPerfectRecall() {
    ExtensiveGame g =
        two()
            .infoset(1, 1, "driver", List.of("exit", "go"))
            .decision("", 1, 1, 0)
            .terminal("", 0)
            .decision("", 1, 1, 0)
            .terminal("", 0)
            .terminal("", 0)
            .build();
    assertEquals(
        Optional.of(
            "player 1's information set 1 (\"driver\") is absent-minded: nodes 0 and 2 "
                + "lie on one path"),
        g.perfectRecallViolation());
  }

  @Test
  void builderRejectsBrokenRules() {
    assertThrows(
        IllegalArgumentException.class,
        () -> two().chanceInfoset(1, "", AB, List.of(f(1, 2), f(1, 3))));
    assertThrows(
        IllegalArgumentException.class,
        () -> two().chanceInfoset(1, "", AB, List.of(f(3, 2), f(-1, 2))));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> two().infoset(1, 1, "", AB).infoset(1, 1, "", List.of("a")));
    assertTrue(e.getMessage().contains("declared with 2 actions but is used here with 1"));
    assertThrows(IllegalArgumentException.class, () -> two().infoset(3, 1, "", AB));
    assertThrows(IllegalArgumentException.class, () -> two().infoset(1, 1, "", List.of()));
    assertThrows(IllegalArgumentException.class, () -> two().decision("", 1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> two().terminal("", 1));
    assertThrows(IllegalArgumentException.class, () -> two().outcome(1, "", List.of(f(1))));
    assertThrows(IllegalArgumentException.class, () -> two().terminal("", 0).terminal("", 0));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> two().infoset(1, 1, "", AB).decision("", 1, 1, 0).terminal("", 0).build());
    assertTrue(e.getMessage().contains("1 more node(s) expected"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> two().outcome(1, "", List.of(f(1), f(2))).outcome(1, "", List.of(f(1), f(3))));
    assertTrue(e.getMessage().contains("payoffs [1, 2] but is used here with [1, 3]"));
  }

  @Test
  void equalityIsStructuralAndIncludesLabels() {
    new EqualsTester()
        .addEqualityGroup(entryWithLaterMove(), entryWithLaterMove())
        .addEqualityGroup(two().terminal("", 0).build(), two().terminal("", 0).build())
        .addEqualityGroup(two().terminal("x", 0).build())
        .addEqualityGroup(
            ExtensiveGame.builder("t", "other", List.of("1", "2")).terminal("", 0).build())
        .testEquals();
  }

  /** Chance 1/3 : 2/3, outcome at the root and at an inner node, then P1's choice. */
  private static ExtensiveGame chanceGame() {
    return ExtensiveGame.builder("", "", List.of("1"))
        .outcome(1, "fee", List.of(f(-1)))
        .chanceInfoset(1, "", List.of("g", "b"), List.of(f(1, 3), f(2, 3)))
        .chance("", 1, 1)
        .outcome(2, "bonus", List.of(f(2)))
        .infoset(1, 1, "", AB)
        .decision("", 1, 1, 2)
        .outcome(3, "", List.of(f(6)))
        .terminal("", 3)
        .terminal("", 0)
        .decision("", 1, 1, 0)
        .terminal("", 3)
        .terminal("", 0)
        .build();
  }

  @Test
  void behaviourProfileValuesProbabilitiesAndBeliefs() {
    ExtensiveGame g = chanceGame();
    BehaviourProfile half = new BehaviourProfile(List.of(List.of(f(1, 2), f(1, 2))));
    BigFraction[] reach = half.realisationProbabilities(g);
    assertArrayEquals(
        new BigFraction[] {f(1), f(1, 3), f(1, 6), f(1, 6), f(2, 3), f(1, 3), f(1, 3)}, reach);
    // -1 + 1/3 (2 + 1/2 * 6) + 2/3 (1/2 * 6) = -1 + 5/3 + 2 = 8/3
    assertEquals(List.of(f(8, 3)), half.expectedPayoffs(g));
    assertEquals(List.of(f(5)), half.expectedPayoffs(g, 1));
    assertEquals(Optional.of(List.of(f(1, 3), f(2, 3))), half.beliefs(g, 0));
    assertEquals(List.of(f(1, 2), f(1, 2)), half.flatten());
  }

  @Test
  void unspecifiedRowsAreAllowedOnlyWhereUnreached() {
    ExtensiveGame g = chanceGame();
    BehaviourProfile none = BehaviourProfile.pure(g, new int[] {-1});
    assertFalse(none.isSpecified(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> none.expectedPayoffs(g));
    assertTrue(e.getMessage().contains("unspecified"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> none.realisationProbabilities(g));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BehaviourProfile(List.of(List.of(f(1, 2), f(1, 3)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BehaviourProfile(List.of(List.of(f(3, 2), f(-1, 2)))));
  }

  /** Where action labels would not tell reduced strategies apart, Gambit's digits name them. */
  @Test
  void repeatedActionLabelsFallBackToGambitsDigits() {
    ExtensiveGame g =
        two()
            .infoset(1, 1, "", List.of("go", "go"))
            .decision("", 1, 1, 0)
            .outcome(1, "", List.of(f(1), f(0)))
            .terminal("", 1)
            .outcome(2, "", List.of(f(0), f(1)))
            .terminal("", 2)
            .build();
    assertEquals(List.of("1", "2"), ReducedNormalForm.of(g).game().players().get(0).strategies());
  }

  @Test
  void reducedStrategiesInGambitOrderWithLabels() {
    ExtensiveGame g = entryWithLaterMove();
    ReducedNormalForm rnf = ReducedNormalForm.of(g);
    // Out makes the later set irrelevant: strategies Out, In-x, In-y, named by their actions per
    // information set ("*" where the strategy never gets there), as Gambit's GUI names them.
    assertEquals(List.of("Out/*", "In/x", "In/y"), rnf.game().players().get(0).strategies());
    assertEquals(List.of("l", "r"), rnf.game().players().get(1).strategies());
    // (In-x, r) reaches x at node 6: payoff (0, 2); (Out, l): (1, 1).
    int inXr = rnf.game().cellIndex(1, 1);
    assertEquals(f(0), rnf.game().payoff(0, inXr));
    assertEquals(f(2), rnf.game().payoff(1, inXr));
    assertEquals(f(1), rnf.game().payoff(0, rnf.game().cellIndex(0, 0)));
    assertEquals(List.of(f(1), f(0), f(0), f(0), f(1), f(0)), rnf.behaviour(0, 0).flatten());
    org.leverage.game.MixedProfile mixed =
        new org.leverage.game.MixedProfile(
            List.of(List.of(f(1, 2), f(1, 8), f(3, 8)), List.of(f(1), f(0))));
    assertEquals(
        List.of(f(1, 2), f(1, 2), f(1, 4), f(3, 4), f(1), f(0)), rnf.behaviour(mixed).flatten());
  }
}
