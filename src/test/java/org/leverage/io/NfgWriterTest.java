package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Outcome;
import org.leverage.game.Player;

class NfgWriterTest {

  static List<Path> corpus() throws IOException {
    return NfgCorpus.nfgFiles();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpusRoundTrip(Path file) throws Exception {
    NormalFormGame game = NfgReader.read(file);
    String written = NfgWriter.write(game);
    NormalFormGame back = NfgReader.read("written " + file.getFileName(), written);
    assertEquals(game, back);
    assertEquals(game.outcomeTable().isPresent(), back.outcomeTable().isPresent());
    assertEquals(written, NfgWriter.write(back), "writing is deterministic");
  }

  @Test
  void payoffVersionLayout() {
    List<Player> players =
        List.of(new Player("Row", List.of("U", "D")), new Player("Col", List.of("L")));
    BigFraction[][] cells = {
      {new BigFraction(1, 3), BigFraction.ONE}, {new BigFraction(-2), new BigFraction(5, 10)}
    };
    String text = NfgWriter.write(NormalFormGame.ofPayoffs("t", "", players, cells));
    assertEquals(
        "NFG 1 R \"t\" { \"Row\" \"Col\" }\n\n{ { \"U\" \"D\" }\n { \"L\" }\n}\n\"\"\n\n"
            + "1/3 1\n-2 1/2\n",
        text);
  }

  @Test
  void outcomeVersionLayout() {
    List<Player> players =
        List.of(new Player("1", List.of("a", "b")), new Player("2", List.of("c", "d")));
    List<Outcome> outcomes =
        List.of(new Outcome("win", List.of(BigFraction.ONE, BigFraction.ZERO)));
    NormalFormGame game =
        NormalFormGame.ofOutcomes("", "note", players, outcomes, new int[] {0, -1, -1, 0});
    assertEquals(
        "NFG 1 R \"\" { \"1\" \"2\" }\n\n{ { \"a\" \"b\" }\n { \"c\" \"d\" }\n}\n\"note\"\n\n"
            + "{\n{ \"win\" 1, 0 }\n}\n1 0\n0 1\n",
        NfgWriter.write(game));
  }

  @Test
  void awkwardStringsRoundTrip() throws Exception {
    List<Player> players =
        List.of(
            new Player("say \"hi\"", List.of("", "back\\slash", "two\nlines", "{ } , 1")),
            new Player("", List.of("x\\\"y")));
    BigFraction[][] cells = new BigFraction[4][];
    for (int c = 0; c < 4; c++) {
      cells[c] = new BigFraction[] {new BigFraction(c, 7), new BigFraction(-c)};
    }
    NormalFormGame game = NormalFormGame.ofPayoffs("\"quoted\" title\\", "a\tb", players, cells);
    String written = NfgWriter.write(game);
    assertFalse(written.contains("\"quoted\" title"), "quotes are escaped");
    assertEquals(game, NfgReader.read("awkward.nfg", written));
  }

  @Test
  void decimalsAreWrittenAsExactFractions() throws Exception {
    NormalFormGame game = NfgReader.read(NfgCorpus.game("cent2.nfg"));
    String written = NfgWriter.write(game);
    assertTrue(written.contains("{ \"\" 811/1000, 137/500 }"), written);
  }
}
