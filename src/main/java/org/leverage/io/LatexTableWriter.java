package org.leverage.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/**
 * Writes a normal-form game as LaTeX payoff tables for papers, as Gambit's {@code gambit-nfg2tex}
 * does: the first player's strategies as rows, the second's as columns, each cell the players'
 * payoffs in order in math mode ({@code $3, \frac{1}{2}$}, integers plain, every non-integer as
 * {@code \frac}); with three or more players, one table per combination of the later players'
 * strategies, captioned with them. Plain {@code tabular} with {@code \cline}, so the document needs
 * no package; labels are escaped for LaTeX's special characters. Each table is a {@code center}
 * block (not a float), so that a document may place it where it likes. Linear in the number of
 * cells.
 */
public final class LatexTableWriter {

  private LatexTableWriter() {}

  /** The tables of {@code game}, preceded by a comment naming the game. */
  public static String write(NormalFormGame game) {
    if (game.numPlayers() < 2) {
      throw new IllegalArgumentException(
          "a payoff table needs at least two players but the game has " + game.numPlayers());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("% ").append(game.title().replace('\n', ' ')).append('\n');
    sb.append("% Written by leverage convert: rows are ")
        .append(game.players().get(0).name().replace('\n', ' '))
        .append("'s strategies, columns ")
        .append(game.players().get(1).name().replace('\n', ' '))
        .append("'s; each cell lists the payoffs of every player in order.\n");
    int perTable = game.numStrategies(0) * game.numStrategies(1);
    for (int first = 0; first < game.numCells(); first += perTable) {
      table(sb, game, first);
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, NormalFormGame game, int first) {
    Player rows = game.players().get(0);
    Player cols = game.players().get(1);
    int n = cols.numStrategies();
    sb.append("\n\\begin{center}\n");
    if (game.numPlayers() > 2) {
      sb.append(laterStrategies(game, first)).append("\\\\[1ex]\n");
    }
    sb.append("\\begin{tabular}{ll|").append("c|".repeat(n)).append("}\n");
    sb.append("\\multicolumn{2}{c}{} & \\multicolumn{")
        .append(n)
        .append("}{c}{")
        .append(escape(cols.name()))
        .append("} \\\\\n");
    sb.append("\\multicolumn{2}{c}{}");
    for (String s : cols.strategies()) {
      sb.append(" & \\multicolumn{1}{c}{").append(escape(s)).append('}');
    }
    sb.append(" \\\\\n");
    String cline = "\\cline{3-" + (n + 2) + "}\n";
    sb.append(cline);
    for (int r = 0; r < rows.numStrategies(); r++) {
      sb.append(r == 0 ? escape(rows.name()) : "")
          .append(" & ")
          .append(escape(rows.strategies().get(r)));
      for (int c = 0; c < n; c++) {
        int cell = first + r * game.stride(0) + c * game.stride(1);
        sb.append(" & ").append(cellText(game, cell));
      }
      sb.append(" \\\\\n").append(cline);
    }
    sb.append("\\end{tabular}\n\\end{center}\n");
  }

  private static String laterStrategies(NormalFormGame game, int cell) {
    int[] s = game.strategiesOfCell(cell);
    List<String> parts = new ArrayList<>();
    for (int p = 2; p < game.numPlayers(); p++) {
      Player pl = game.players().get(p);
      parts.add(escape(pl.name()) + ": " + escape(pl.strategies().get(s[p])));
    }
    return String.join(", ", parts);
  }

  private static String cellText(NormalFormGame game, int cell) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      parts.add(number(game.payoff(p, cell)));
    }
    return "$" + String.join(", ", parts) + "$";
  }

  /** {@code 3}, {@code -2}, {@code \frac{1}{2}}, {@code -\frac{7}{3}}: in lowest terms. */
  static String number(BigFraction value) {
    BigFraction f = value.reduce();
    if (f.getDenominator().equals(BigInteger.ONE)) {
      return f.getNumerator().toString();
    }
    String sign = f.getNumerator().signum() < 0 ? "-" : "";
    return sign + "\\frac{" + f.getNumerator().abs() + "}{" + f.getDenominator() + "}";
  }

  /** {@code text} with LaTeX's special characters written so that they print as themselves. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '\\' -> sb.append("\\textbackslash{}");
        case '{', '}', '$', '&', '#', '_', '%' -> sb.append('\\').append(ch);
        case '~' -> sb.append("\\textasciitilde{}");
        case '^' -> sb.append("\\textasciicircum{}");
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
