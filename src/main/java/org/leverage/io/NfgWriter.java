package org.leverage.io;

import org.leverage.game.NormalFormGame;
import org.leverage.game.Outcome;
import org.leverage.game.OutcomeTable;
import org.leverage.game.Player;
import org.leverage.numeric.Rationals;

/**
 * Writes a game as a Gambit strategic-form file ({@code .nfg}, version 1, number type {@code R})
 * that {@link NfgReader} and Gambit read back to the same game: the outcome version when the game
 * has an outcome table, the payoff version otherwise. Strategy names are always written; payoffs
 * are exact ({@code a} or {@code a/b}, via {@link Rationals#format}); the comment is always
 * written, possibly as {@code ""}.
 *
 * <p>Strings are quoted with {@code \"} for a quote and {@code \\} for a backslash. Gambit itself
 * reads a doubled backslash as two characters, so a label containing a backslash reads back
 * differently in Gambit (never in {@link NfgReader}); no label in Gambit's corpus has one.
 *
 * <p>Layout: one cell per line in the payoff version; in the outcome version one outcome per line,
 * then the outcome numbers with one line per column of the first player's strategies. Linear in the
 * number of cells.
 */
public final class NfgWriter {

  private NfgWriter() {}

  public static String write(NormalFormGame game) {
    StringBuilder sb = new StringBuilder();
    sb.append("NFG 1 R ").append(quote(game.title())).append(" {");
    for (Player p : game.players()) {
      sb.append(' ').append(quote(p.name()));
    }
    sb.append(" }\n\n{");
    for (Player p : game.players()) {
      sb.append(" {");
      for (String s : p.strategies()) {
        sb.append(' ').append(quote(s));
      }
      sb.append(" }\n");
    }
    sb.append("}\n").append(quote(game.comment())).append("\n\n");
    if (game.outcomeTable().isPresent()) {
      writeOutcomes(game, game.outcomeTable().get(), sb);
    } else {
      writePayoffs(game, sb);
    }
    return sb.toString();
  }

  private static void writePayoffs(NormalFormGame game, StringBuilder sb) {
    for (int c = 0; c < game.numCells(); c++) {
      for (int p = 0; p < game.numPlayers(); p++) {
        sb.append(p == 0 ? "" : " ").append(Rationals.format(game.payoff(p, c)));
      }
      sb.append('\n');
    }
  }

  private static void writeOutcomes(NormalFormGame game, OutcomeTable table, StringBuilder sb) {
    sb.append("{\n");
    for (Outcome o : table.outcomes()) {
      sb.append("{ ").append(quote(o.label()));
      for (int p = 0; p < o.payoffs().size(); p++) {
        sb.append(p == 0 ? " " : ", ").append(Rationals.format(o.payoffs().get(p)));
      }
      sb.append(" }\n");
    }
    sb.append("}\n");
    int row = game.numStrategies(0);
    for (int c = 0; c < table.numCells(); c++) {
      sb.append(table.outcomeOfCell(c) + 1).append((c + 1) % row == 0 ? '\n' : ' ');
    }
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }
}
