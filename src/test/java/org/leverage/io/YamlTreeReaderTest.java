package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;

class YamlTreeReaderTest {

  /** Selten's horse-like example with a shared set, chance, and payoffs at an inner node. */
  static final String TREE =
      """
      version: 1
      type: extensive-form
      title: Small tree
      players: [Ann, Bob]
      root:
        chance: {good: 1/3, bad: "2/3"}
        actions:
          good:
            player: Ann
            payoffs: [1, 0]          # added to every play below
            actions:
              left:
                player: Bob
                infoset: guess
                actions:
                  up: {payoffs: [2, 2]}
                  down: {payoffs: [0, 1], outcome: low}
              right: {payoffs: [3, 0]}
          bad:
            player: Bob
            infoset: guess
            label: after bad news
            actions:
              up: {}
              down: {payoffs: [0.5, -1]}
      """;

  private static ExtensiveGame read(String text) throws GameFormatException {
    return YamlTreeReader.read("t.yaml", text);
  }

  private static BigFraction f(long n, long d) {
    return new BigFraction(n, d);
  }

  @Test
  void readsPlayersChanceSharedSetsAndLabels() throws GameFormatException {
    ExtensiveGame g = read(TREE);
    assertEquals(List.of("Ann", "Bob"), g.players());
    assertEquals("Small tree", g.title());
    assertEquals(9, g.numNodes());
    // Ann has one set, Bob one set with two nodes, chance one set.
    assertEquals(3, g.infosets().size());
    Infoset guess = g.infosetsOf(2).get(0);
    assertEquals("guess", guess.label());
    assertEquals(2, g.infosetNodes(guess.index()).length);
    assertEquals(List.of("up", "down"), guess.actions());
    Infoset chance = g.infoset(0);
    assertTrue(chance.isChance());
    assertEquals(List.of(f(1, 3), f(2, 3)), chance.probabilities());
    assertEquals("after bad news", g.nodeLabel(g.child(0, 1)));
    assertEquals("low", g.outcomes().get(g.outcomeNumber(4)).label());
    assertEquals(ExtensiveGame.TERMINAL, g.player(g.child(g.child(0, 1), 0)));
    assertTrue(g.outcomePayoffs(g.child(g.child(0, 1), 0)).isEmpty(), "a leaf {} pays nothing");
  }

  @Test
  void payoffsAtInnerNodesAddAlongThePlay() throws GameFormatException {
    ExtensiveGame g = read(TREE);
    // Ann plays left, Bob plays up: good (1/3) pays [1,0] + [2,2]; bad (2/3) pays [0,0].
    BehaviourProfile b = BehaviourProfile.pure(g, new int[] {0, 0}); // Ann left, Bob up
    assertEquals(List.of(BigFraction.ONE, f(2, 3)), b.expectedPayoffs(g));
  }

  @Test
  void equalOutcomesShareANumber() throws GameFormatException {
    ExtensiveGame g =
        read(
            """
            version: 1
            type: extensive-form
            players: [A]
            root:
              player: A
              actions:
                x: {payoffs: [1]}
                y: {payoffs: [1]}
                z: {payoffs: [1], outcome: named}
            """);
    assertEquals(2, g.outcomes().size());
    assertEquals(g.outcomeNumber(1), g.outcomeNumber(2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // chance probabilities that do not sum to 1: line of the chance mapping
        "root: {chance: {a: 1/2, b: 1/3}, actions: {a: {}, b: {}}}"
            + "| t.yaml:4: root.chance: probabilities must sum to exactly 1 but sum to 5/6",
        "root: {player: A}| t.yaml:4: root: a player node needs actions (at least one)",
        "root: {player: A, actions: {}}"
            + "| t.yaml:4: root.actions: expected a non-empty mapping from action names",
        "root: {player: Z, actions: {a: {}}}"
            + "| t.yaml:4: root.player: unknown player \"Z\"; expected one of A, B",
        "root: {actions: {a: {}}}| t.yaml:4: root: a node with actions needs player",
        "root: {player: A, chance: {a: 1}, actions: {a: {}}}"
            + "| t.yaml:4: root: a node has either player (a decision) or chance, not both",
        "root: {player: A, actions: {a: {payoffs: [1]}}}"
            + "| t.yaml:4: root.actions.a.payoffs: expected a list of 2 payoffs (one per player)"
            + " but found 1 entries",
        "root: {player: A, actions: {a: {payoffs: [1, x]}}}"
            + "| t.yaml:4: root.actions.a.payoffs[1]: expected a payoff",
        "root: {chance: {a: 1/2, c: 1/2}, actions: {a: {}, b: {}}}"
            + "| t.yaml:4: root.chance: probabilities are given for [a, c] but the actions are"
            + " [a, b]",
        "root: {chance: {a: -1, b: 2}, actions: {a: {}, b: {}}}"
            + "| t.yaml:4: root.chance.a: probability must be non-negative but was -1",
        "root: {player: A, actions: {a: {}}, colour: red}"
            + "| t.yaml:4: root: unknown key \"colour\"",
        "root: {infoset: x}| t.yaml:4: root: a leaf has no information set",
        "root: {outcome: x}| t.yaml:4: root: an outcome label needs payoffs at the same node",
      })
  void malformedTreesNameLineFieldAndRule(String root, String expected) {
    String text = "version: 1\ntype: extensive-form\nplayers: [A, B]\n" + root + "\n";
    GameFormatException e = assertThrows(GameFormatException.class, () -> read(text));
    assertTrue(e.getMessage().startsWith(expected.strip()), e.getMessage());
  }

  @Test
  void informationSetWithOtherActionsIsAnError() {
    String text =
        """
        version: 1
        type: extensive-form
        players: [A, B]
        root:
          player: A
          actions:
            l:
              player: B
              infoset: h
              actions: {x: {}, y: {}}
            r:
              player: B
              infoset: h
              actions: {y: {}, x: {}}
        """;
    GameFormatException e = assertThrows(GameFormatException.class, () -> read(text));
    assertTrue(
        e.getMessage()
            .startsWith(
                "t.yaml:14: root.actions.r.actions: information set \"h\" has actions [x, y] at"
                    + " its first node but [y, x] here"),
        e.getMessage());
  }

  @Test
  void absentMindedSetsAreReadThenRefusedBySolvers() throws GameFormatException {
    ExtensiveGame g =
        read(
            """
            version: 1
            type: extensive-form
            players: [Driver]
            root:
              player: Driver
              infoset: junction
              actions:
                exit: {payoffs: [0]}
                continue:
                  player: Driver
                  infoset: junction
                  actions:
                    exit: {payoffs: [4]}
                    continue: {payoffs: [1]}
            """);
    assertTrue(g.perfectRecallViolation().orElseThrow().contains("absent-minded"));
  }

  @Test
  void wrongTypeAndDuplicatePlayersAreErrors() {
    GameFormatException type =
        assertThrows(
            GameFormatException.class,
            () -> read("version: 1\ntype: normal-form\nplayers: [A]\nroot: {}\n"));
    assertEquals(
        "t.yaml:2: type: expected extensive-form but found \"normal-form\"", type.getMessage());
    GameFormatException dup =
        assertThrows(
            GameFormatException.class,
            () -> read("version: 1\ntype: extensive-form\nplayers: [A, A]\nroot: {}\n"));
    assertTrue(
        dup.getMessage().startsWith("t.yaml:3: players[1]: duplicate player name"),
        dup.getMessage());
  }
}
