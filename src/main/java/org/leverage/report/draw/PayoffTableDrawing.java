package org.leverage.report.draw;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.numeric.Rationals;

/**
 * A normal-form game drawn as payoff tables: the first player's strategies as rows, the second's as
 * columns, every player's payoff in each cell as an exact fraction (first player's first); with
 * three or more players, one table per combination of the later players' strategies, as Gambit's
 * graphical interface shows them. Cells of pure equilibria are shaded, their payoffs bold, and the
 * SVG id of their rectangle is {@code ID-pure-CELL} (the cell index of {@link
 * NormalFormGame#cellIndex}). Under the tables: the pure equilibria, and the mixed equilibria when
 * given (enummixed's, for two players).
 */
public final class PayoffTableDrawing {

  private static final int PAD = 12;
  private static final int ROW = 28;
  private static final int LINE = 18;
  private static final int MARGIN = 16;

  private final NormalFormGame game;
  private final Set<Integer> pureCells;
  private final List<String> notes;
  private final int rowLabelWidth;
  private final int player1Width;
  private final int colWidth;
  private final int blockHeight;

  private PayoffTableDrawing(
      NormalFormGame game, List<MixedProfile> pure, List<MixedProfile> mixed, String mixedMethod) {
    this.game = game;
    this.pureCells = new TreeSet<>();
    for (MixedProfile p : pure) {
      pureCells.add(cellOf(game, p));
    }
    this.notes = notes(game, pure, mixed, mixedMethod);
    Player rows = game.players().get(0);
    Player cols = game.players().get(1);
    this.player1Width = Ink.width(rows.name(), Ink.BOLD) + PAD;
    this.rowLabelWidth =
        rows.strategies().stream().mapToInt(s -> Ink.width(s, Ink.PLAIN)).max().orElse(0) + 2 * PAD;
    int widest = Ink.width(cols.name(), Ink.BOLD) / cols.numStrategies();
    for (String s : cols.strategies()) {
      widest = Math.max(widest, Ink.width(s, Ink.PLAIN));
    }
    for (int cell = 0; cell < game.numCells(); cell++) {
      widest = Math.max(widest, Ink.width(cellText(cell), Ink.BOLD));
    }
    this.colWidth = widest + 2 * PAD;
    this.blockHeight =
        (game.numPlayers() > 2 ? LINE + 6 : 0) + 2 * ROW + rows.numStrategies() * ROW;
  }

  /**
   * The picture of {@code game}.
   *
   * @param id the picture's id
   * @param pure the pure equilibria to mark (each a pure profile of {@code game})
   * @param mixed equilibria to list under the tables; empty for none
   * @param mixedMethod the method that found {@code mixed}, for its heading
   * @throws IllegalArgumentException if {@code game} has fewer than two players or an equilibrium
   *     in {@code pure} is not pure
   */
  public static Picture of(
      String id,
      NormalFormGame game,
      List<MixedProfile> pure,
      List<MixedProfile> mixed,
      String mixedMethod) {
    if (game.numPlayers() < 2) {
      throw new IllegalArgumentException(
          "a payoff table needs at least two players but the game has " + game.numPlayers());
    }
    PayoffTableDrawing d = new PayoffTableDrawing(game, pure, mixed, mixedMethod);
    int tableWidth = d.player1Width + d.rowLabelWidth + d.colWidth * game.numStrategies(1);
    int width = tableWidth;
    for (String note : d.notes) {
      width = Math.max(width, Ink.width(note, Ink.SMALL));
    }
    width = Math.max(width, Ink.width(game.title(), Ink.TITLE));
    int blocks = d.numBlocks();
    int height =
        titleHeight(game) + blocks * (d.blockHeight + MARGIN) + d.notes.size() * LINE + MARGIN;
    return new Picture(id, width + 2 * MARGIN, height + MARGIN, g -> d.paint(g, id));
  }

  private static int titleHeight(NormalFormGame game) {
    return game.title().isEmpty() ? MARGIN : MARGIN + 26;
  }

  private int numBlocks() {
    return game.numCells() / (game.numStrategies(0) * game.numStrategies(1));
  }

  private void paint(Graphics2D g, String id) {
    g.setColor(Ink.TEXT);
    if (!game.title().isEmpty()) {
      Ink.leftAligned(g, game.title(), Ink.TITLE, MARGIN, MARGIN + 8);
    }
    int y = titleHeight(game);
    int perBlock = game.numStrategies(0) * game.numStrategies(1);
    for (int b = 0; b < numBlocks(); b++) {
      paintBlock(g, id, b * perBlock, MARGIN, y);
      y += blockHeight + MARGIN;
    }
    g.setColor(Ink.TEXT);
    for (String note : notes) {
      Ink.leftAligned(g, note, Ink.SMALL, MARGIN, y + LINE / 2.0);
      y += LINE;
    }
  }

  /** One table: the cells whose later players' strategies are those of cell {@code first}. */
  private void paintBlock(Graphics2D g, String id, int first, int x0, int y0) {
    Player rows = game.players().get(0);
    Player cols = game.players().get(1);
    int y = y0;
    if (game.numPlayers() > 2) {
      g.setColor(Ink.TEXT);
      Ink.leftAligned(g, laterStrategies(first), Ink.BOLD, x0, y + LINE / 2.0);
      y += LINE + 6;
    }
    int tableX = x0 + player1Width + rowLabelWidth;
    int tableW = colWidth * cols.numStrategies();
    g.setColor(Ink.TEXT);
    Ink.centred(g, cols.name(), Ink.BOLD, tableX + tableW / 2.0, y + ROW / 2.0);
    for (int c = 0; c < cols.numStrategies(); c++) {
      Ink.centred(
          g, cols.strategies().get(c), Ink.PLAIN, tableX + (c + 0.5) * colWidth, y + 1.5 * ROW);
    }
    int bodyY = y + 2 * ROW;
    Ink.leftAligned(g, rows.name(), Ink.BOLD, x0, bodyY + rows.numStrategies() * ROW / 2.0);
    for (int r = 0; r < rows.numStrategies(); r++) {
      double cy = bodyY + (r + 0.5) * ROW;
      g.setColor(Ink.TEXT);
      Ink.leftAligned(g, rows.strategies().get(r), Ink.PLAIN, x0 + player1Width + PAD, cy);
      for (int c = 0; c < cols.numStrategies(); c++) {
        int cell = first + r * game.stride(0) + c * game.stride(1);
        Rectangle2D box =
            new Rectangle2D.Double(tableX + c * colWidth, bodyY + r * ROW, colWidth, ROW);
        boolean marked = pureCells.contains(cell);
        if (marked) {
          g.setColor(Ink.MARK_FILL);
          Ink.nextId(g, id + "-pure-" + cell);
          g.fill(box);
        }
        g.setColor(Ink.GRID);
        g.setStroke(Ink.stroke(1f));
        g.draw(box);
        g.setColor(Ink.TEXT);
        Ink.centred(
            g, cellText(cell), marked ? Ink.BOLD : Ink.PLAIN, box.getCenterX(), box.getCenterY());
      }
    }
  }

  /** {@code "Player 3: L, Player 4: U"} for the later players' strategies of {@code cell}. */
  private String laterStrategies(int cell) {
    int[] s = game.strategiesOfCell(cell);
    List<String> parts = new ArrayList<>();
    for (int p = 2; p < game.numPlayers(); p++) {
      Player pl = game.players().get(p);
      parts.add(pl.name() + ": " + pl.strategies().get(s[p]));
    }
    return String.join(", ", parts);
  }

  private String cellText(int cell) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      parts.add(Rationals.format(game.payoff(p, cell)));
    }
    return String.join(", ", parts);
  }

  private static int cellOf(NormalFormGame game, MixedProfile profile) {
    int[] s = new int[game.numPlayers()];
    for (int p = 0; p < game.numPlayers(); p++) {
      s[p] = -1;
      for (int k = 0; k < game.numStrategies(p); k++) {
        if (profile.probability(p, k).equals(BigFraction.ONE)) {
          s[p] = k;
        }
      }
      if (s[p] < 0) {
        throw new IllegalArgumentException(
            "profile " + Rationals.tuple(profile.flatten()) + " is not pure");
      }
    }
    return game.cellIndex(s);
  }

  private static List<String> notes(
      NormalFormGame game, List<MixedProfile> pure, List<MixedProfile> mixed, String method) {
    List<String> notes = new ArrayList<>();
    notes.add(
        pure.isEmpty()
            ? "No pure equilibrium."
            : "Pure equilibria (shaded): "
                + pure.stream().map(p -> support(game, p, true)).collect(Collectors.joining("; ")));
    if (!mixed.isEmpty()) {
      notes.add("Equilibria (" + method + "):");
      for (int k = 0; k < mixed.size(); k++) {
        notes.add("  " + (k + 1) + ". " + support(game, mixed.get(k), false));
      }
    }
    return notes;
  }

  /**
   * {@code "(Cooperate, Cooperate)"} when {@code pureOnly}, else each player's strategies with
   * positive probability: {@code "Row: 1/2 T + 1/2 B; Column: L"}.
   */
  private static String support(NormalFormGame game, MixedProfile p, boolean pureOnly) {
    List<String> players = new ArrayList<>();
    for (int i = 0; i < game.numPlayers(); i++) {
      Player pl = game.players().get(i);
      List<String> terms = new ArrayList<>();
      for (int k = 0; k < pl.numStrategies(); k++) {
        BigFraction q = p.probability(i, k);
        if (q.equals(BigFraction.ONE)) {
          terms.add(pl.strategies().get(k));
        } else if (q.compareTo(BigFraction.ZERO) > 0) {
          terms.add(Rationals.format(q) + " " + pl.strategies().get(k));
        }
      }
      String played = String.join(" + ", terms);
      players.add(pureOnly ? played : pl.name() + ": " + played);
    }
    return pureOnly ? "(" + String.join(", ", players) + ")" : String.join("; ", players);
  }
}
