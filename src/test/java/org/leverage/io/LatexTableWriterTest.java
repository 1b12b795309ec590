package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.testing.Corpus;

class LatexTableWriterTest {

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  @Test
  void oneRowPerRowStrategyWithACellPerColumnAndExactFractions() {
    BigFraction half = new BigFraction(1, 2);
    BigFraction[][] cells = new BigFraction[6][];
    for (int c = 0; c < 6; c++) {
      cells[c] = new BigFraction[] {half.multiply(c), new BigFraction(-7, 3).add(c)};
    }
    NormalFormGame game =
        NormalFormGame.ofPayoffs(
            "t",
            "",
            List.of(
                new Player("R & D", List.of("up_1", "down")),
                new Player("50% of #2", List.of("a", "b", "c"))),
            cells);
    String tex = LatexTableWriter.write(game);
    assertEquals(1, count(tex, "\\begin{tabular}{ll|c|c|c|}"), tex);
    assertEquals(1, count(tex, "\\end{tabular}"), tex);
    List<String> body = tex.lines().filter(l -> l.contains("$")).toList();
    assertEquals(2, body.size(), tex);
    for (String row : body) {
      assertEquals(4, count(row, " & "), row);
    }
    // cell (row 1, column 0) is index 1: payoffs 1/2 and -4/3
    assertTrue(body.get(1).contains("$\\frac{1}{2}, -\\frac{4}{3}$"), body.get(1));
    // cell 0: 0 and -7/3; cell 2 (row 0, column 1): 1 and -1/3
    assertTrue(body.get(0).contains("$0, -\\frac{7}{3}$ & $1, -\\frac{1}{3}$"), body.get(0));
    assertTrue(tex.contains("R \\& D & up\\_1"), tex);
    assertTrue(tex.contains("{50\\% of \\#2}"), tex);
  }

  @Test
  void oneTablePerStrategyOfTheLaterPlayers() {
    NormalFormGame game = Corpus.nfg("games/2x2x2x2.nfg");
    String tex = LatexTableWriter.write(game);
    assertEquals(game.numStrategies(2) * game.numStrategies(3), count(tex, "\\begin{tabular}"));
    assertEquals(count(tex, "\\begin{center}"), count(tex, "\\end{center}"));
    assertEquals(game.numCells(), tex.lines().mapToLong(l -> count(l, "$") / 2).sum());
  }

  @Test
  void escapesEveryLatexSpecialCharacter() {
    assertEquals(
        "\\textbackslash{}\\{\\}\\$\\&\\#\\_\\%\\textasciitilde{}\\textasciicircum{}",
        LatexTableWriter.escape("\\{}$&#_%~^"));
  }
}
