package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.leverage.game.tree.ExtensiveGame;

class YamlTreeWriterTest {

  /**
   * Gambit allows what the YAML schema cannot express by name: repeated action labels, an
   * unlabelled information set with two nodes, a player without a name. The writer makes those
   * names unique (the set by the moves leading to its nodes: chance's repeated "x" by number) and
   * writes exact numbers; leaves go on one line.
   */
  @Test
  void makesNamesUniqueAndWritesLeavesInline() throws GameFormatException {
    ExtensiveGame g =
        EfgReader.read(
            "g.efg",
            """
            EFG 2 R "t" { "" "B" }
            ""
            c "" 1 "" { "x" 1/3 "x" 2/3 } 0
            p "" 1 1 "" { "go" "stop" } 0
            p "" 2 1 "" { "l" "r" } 0
            t "" 1 "win" { 1/2, 1 }
            t "" 0
            t "" 2 "" { 0, 3 }
            p "" 2 1 0
            t "" 2
            t "" 0
            """);
    String expected =
        """
        version: 1
        type: extensive-form
        title: t
        players: ["_1", B]
        root:
          chance: {x_1: "1/3", x_2: "2/3"}
          actions:
            x_1:
              player: "_1"
              actions:
                go:
                  player: B
                  infoset: "after (1/go|2)"
                  actions:
                    l: {payoffs: [0.5, 1], outcome: win}
                    r: {}
                stop: {payoffs: [0, 3]}
            x_2:
              player: B
              infoset: "after (1/go|2)"
              actions:
                l: {payoffs: [0, 3]}
                r: {}
        """;
    assertEquals(expected, YamlTreeWriter.write(g));
    YamlTreeRoundTripTest.assertSameGame(g, YamlTreeReader.read("g.yaml", expected));
  }
}
