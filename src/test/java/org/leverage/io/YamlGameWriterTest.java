package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

class YamlGameWriterTest {

  static List<Path> corpus() throws IOException {
    return NfgCorpus.nfgFiles();
  }

  @Test
  void writesTheSchema() throws Exception {
    NormalFormGame pd = YamlGameReader.read("pd.yaml", YamlGameReaderTest.PD);
    assertEquals(
        """
        version: 1
        type: normal-form
        title: Prisoner's dilemma
        comment: the classic
        players:
          - name: Row
            strategies: [Cooperate, Defect]
          - name: Column
            strategies: [Cooperate, Defect]
        payoffs:
          Cooperate:
            Cooperate: [3, 3]
            Defect: [0, 5]
          Defect:
            Cooperate: [5, 0]
            Defect: [1, 1]
        """,
        YamlGameWriter.write(pd));
  }

  @Test
  void yamlRoundTrip() throws Exception {
    NormalFormGame g = YamlGameReader.read("pd.yaml", YamlGameReaderTest.PD);
    String once = YamlGameWriter.write(g);
    NormalFormGame back = YamlGameReader.read("written.yaml", once);
    assertEquals(g, back);
    assertEquals(once, YamlGameWriter.write(back));
  }

  @Test
  void exactNumbersAreWrittenAsDecimalsOrQuotedFractions() throws Exception {
    BigFraction tiny = new BigFraction(BigInteger.ONE, BigInteger.TWO.pow(20));
    List<Player> players = List.of(new Player("P", List.of("a", "b", "c")));
    BigFraction[][] cells = {{new BigFraction(811, 1000)}, {new BigFraction(-1, 3)}, {tiny}};
    NormalFormGame g = NormalFormGame.ofPayoffs("", "", players, cells);
    String text = YamlGameWriter.write(g);
    assertTrue(text.contains("  a: [0.811]\n"), text);
    assertTrue(text.contains("  b: [\"-1/3\"]\n"), text);
    assertTrue(text.contains("  c: [\"1/1048576\"]\n"), text);
    assertEquals(g, YamlGameReader.read("numbers.yaml", text));
  }

  @Test
  void awkwardStringsRoundTrip() throws Exception {
    List<String> names =
        List.of("yes", "null", "1", " lead", "a: b", "# c", "x\ny", "\"q\"", "\\", "é漢", "\u0001");
    List<Player> players =
        List.of(new Player("Name: with colon", names), new Player("No", List.of("[x]", "{y}")));
    BigFraction[][] cells = new BigFraction[names.size() * 2][];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = new BigFraction[] {new BigFraction(c), new BigFraction(c, 3)};
    }
    NormalFormGame g =
        NormalFormGame.ofPayoffs("title 'quoted'", "multi\nline # not a comment", players, cells);
    assertEquals(g, YamlGameReader.read("awkward.yaml", YamlGameWriter.write(g)));
  }

  @Test
  void ambiguousStrategyNamesAreMadeUnique() {
    assertEquals(
        List.of("defect_1", "defect_2"), YamlGameWriter.uniqueNames(List.of("defect", "defect")));
    assertEquals(List.of("_1", "x", "_2"), YamlGameWriter.uniqueNames(List.of("", "x", "")));
    assertEquals(
        List.of("x_2", "x_3", "x_1"), YamlGameWriter.uniqueNames(List.of("x", "x", "x_1")));
  }

  /** .nfg -> game -> YAML -> game keeps players, title, comment and every payoff exactly. */
  @ParameterizedTest
  @MethodSource("corpus")
  void corpusThroughYamlKeepsPayoffs(Path file) throws Exception {
    NormalFormGame g = NfgReader.read(file);
    NormalFormGame back = YamlGameReader.read("converted.yaml", YamlGameWriter.write(g));
    assertEquals(g.title(), back.title());
    assertEquals(g.comment(), back.comment());
    assertEquals(g.numPlayers(), back.numPlayers());
    for (int p = 0; p < g.numPlayers(); p++) {
      assertEquals(g.players().get(p).name(), back.players().get(p).name());
      assertEquals(
          YamlGameWriter.uniqueNames(g.players().get(p).strategies()),
          back.players().get(p).strategies());
    }
    for (int c = 0; c < g.numCells(); c++) {
      for (int p = 0; p < g.numPlayers(); p++) {
        assertEquals(g.payoff(p, c), back.payoff(p, c), "cell " + c + ", player " + (p + 1));
      }
    }
  }

  @Test
  void duplicateLabelsFromGambitConvert() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("2x2_bimatrix_all_zero_payoffs.nfg"));
    NormalFormGame back = YamlGameReader.read("dup.yaml", YamlGameWriter.write(g));
    assertEquals(List.of("defect_1", "defect_2"), back.players().get(1).strategies());
  }
}
