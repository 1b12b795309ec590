package org.leverage.report.draw;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.numeric.Rationals;
import org.leverage.report.chart.Palette;
import org.leverage.solve.TreeSolver;

/**
 * A game tree drawn top-down. Layout (a simple tidy tree): the leaves evenly spaced left to right
 * in preorder, each parent centred over its first and last child, one row per depth; linear in the
 * number of nodes. Decision nodes are discs in their player's colour with the player's name, chance
 * nodes hollow; branches carry their action labels (chance: with the probability); payoffs stand
 * under the leaves (and beside inner nodes that carry an outcome); the nodes of one information set
 * (of a player) are joined by a dashed line (SVG id {@code ID-infoset-INDEX}). When an equilibrium
 * is given, the branches it plays with positive probability are drawn thick in red (SVG id {@code
 * ID-spe-PARENT-CHILD}, nodes in preorder), with the probability when it is below one.
 */
public final class TreeDrawing {

  /** The default limit on the nodes of a drawn tree ({@code --max-nodes}). */
  public static final int DEFAULT_MAX_NODES = 2_000;

  private static final int LEVEL = 90;
  private static final int MARGIN = 24;
  private static final int NODE = 7;
  private static final int LINE = 18;

  /** Where on its branch an action label sits: the fraction of the way from parent to child. */
  private static final double LABEL_AT = 0.55;

  private final ExtensiveGame game;
  private final Optional<TreeSolver.Equilibrium> highlight;
  private final List<String> notes;
  private final double[] x;
  private final double[] y;

  private TreeDrawing(
      ExtensiveGame game,
      Optional<TreeSolver.Equilibrium> highlight,
      List<String> notes,
      double spacing,
      int top) {
    this.game = game;
    this.highlight = highlight;
    this.notes = notes;
    int n = game.numNodes();
    this.x = new double[n];
    this.y = new double[n];
    int leaves = 0;
    for (int v = 0; v < n; v++) {
      y[v] = v == 0 ? top : y[game.parent(v)] + LEVEL;
      if (game.numChildren(v) == 0) {
        x[v] = MARGIN + spacing * (leaves + 0.5);
        leaves++;
      }
    }
    for (int v = n - 1; v >= 0; v--) {
      int k = game.numChildren(v);
      if (k > 0) {
        x[v] = (x[game.child(v, 0)] + x[game.child(v, k - 1)]) / 2;
      }
    }
  }

  /**
   * The picture of {@code game}.
   *
   * @param id the picture's id
   * @param highlight the equilibrium whose choices are highlighted, if any
   * @param note a line under the tree saying what is highlighted, or why nothing is
   * @param maxNodes the most nodes drawn
   * @throws DrawingLimitException if the tree has more than {@code maxNodes} nodes
   */
  public static Picture of(
      String id,
      ExtensiveGame game,
      Optional<TreeSolver.Equilibrium> highlight,
      String note,
      int maxNodes) {
    if (game.numNodes() > maxNodes) {
      throw new DrawingLimitException(
          "the tree has " + game.numNodes() + " nodes, more than the drawing limit of " + maxNodes,
          "raise it with --max-nodes (the picture grows with the number of leaves)");
    }
    int widest = 0;
    int leaves = 0;
    int depth = 0;
    int[] depths = new int[game.numNodes()];
    for (int v = 0; v < game.numNodes(); v++) {
      depths[v] = v == 0 ? 0 : depths[game.parent(v)] + 1;
      depth = Math.max(depth, depths[v]);
      if (game.numChildren(v) == 0) {
        leaves++;
        widest = Math.max(widest, Ink.width(payoffText(game, v), Ink.SMALL));
      }
      if (v > 0) {
        // Sibling labels sit LABEL_AT of the way down their branches: at least that far apart.
        int label = Ink.width(branchLabel(game, highlight, v), Ink.SMALL) + 8;
        widest = Math.max(widest, (int) Math.ceil(label / LABEL_AT) - 16);
      }
    }
    double spacing = Math.max(70, widest + 16);
    List<String> notes = new ArrayList<>();
    if (!note.isEmpty()) {
      notes.add(note);
    }
    int top = MARGIN + (game.title().isEmpty() ? 10 : 36);
    TreeDrawing d = new TreeDrawing(game, highlight, notes, spacing, top);
    int width = (int) Math.ceil(2 * MARGIN + spacing * leaves);
    for (String line : notes) {
      width = Math.max(width, Ink.width(line, Ink.SMALL) + 2 * MARGIN);
    }
    width = Math.max(width, Ink.width(game.title(), Ink.TITLE) + 2 * MARGIN);
    int height = top + depth * LEVEL + 40 + notes.size() * LINE + MARGIN;
    return new Picture(id, width, height, g -> d.paint(g, id, height));
  }

  private void paint(Graphics2D g, String id, int height) {
    if (!game.title().isEmpty()) {
      g.setColor(Ink.TEXT);
      Ink.leftAligned(g, game.title(), Ink.TITLE, MARGIN, MARGIN + 8);
    }
    for (int v = 1; v < game.numNodes(); v++) {
      paintBranch(g, id, game.parent(v), v);
    }
    paintInfosets(g, id);
    for (int v = 0; v < game.numNodes(); v++) {
      paintNode(g, v);
    }
    g.setColor(Ink.TEXT);
    double lineY = height - MARGIN - notes.size() * LINE + LINE / 2.0;
    for (String line : notes) {
      Ink.leftAligned(g, line, Ink.SMALL, MARGIN, lineY);
      lineY += LINE;
    }
  }

  private void paintBranch(Graphics2D g, String id, int parent, int child) {
    String label = branchLabel(game, highlight, child);
    boolean marked = played(game, highlight, child).compareTo(BigFraction.ZERO) > 0;
    if (marked) {
      g.setColor(Ink.HIGHLIGHT);
      g.setStroke(Ink.stroke(3.5f));
      Ink.nextId(g, id + "-spe-" + parent + "-" + child);
    } else {
      g.setColor(Ink.LINE);
      g.setStroke(Ink.stroke(1.25f));
    }
    Ink.line(g, x[parent], y[parent], x[child], y[child]);
    double lx = x[parent] + LABEL_AT * (x[child] - x[parent]);
    double ly = y[parent] + LABEL_AT * (y[child] - y[parent]);
    if (x[child] == x[parent]) {
      lx += Ink.width(label, Ink.SMALL) / 2.0 + 6;
    }
    labelOnWhite(g, label, Ink.SMALL, marked ? Ink.HIGHLIGHT : Ink.TEXT, lx, ly);
  }

  /** The probability {@code highlight} plays the branch into {@code child}; zero at chance. */
  private static BigFraction played(
      ExtensiveGame game, Optional<TreeSolver.Equilibrium> highlight, int child) {
    Infoset set = game.infoset(game.parent(child));
    if (highlight.isEmpty() || set.isChance()) {
      return BigFraction.ZERO;
    }
    return highlight.get().behaviour().probability(set.index(), game.actionLeadingTo(child));
  }

  /**
   * The label of the branch into {@code child}: its action, with the probability at chance and the
   * equilibrium's probability in brackets when it is strictly between zero and one.
   */
  private static String branchLabel(
      ExtensiveGame game, Optional<TreeSolver.Equilibrium> highlight, int child) {
    int action = game.actionLeadingTo(child);
    Infoset set = game.infoset(game.parent(child));
    String label = set.actions().get(action);
    if (set.isChance()) {
      label += " (" + Rationals.format(set.probabilities().get(action)) + ")";
    }
    BigFraction p = played(game, highlight, child);
    if (p.compareTo(BigFraction.ZERO) > 0 && !p.equals(BigFraction.ONE)) {
      label += " [" + Rationals.format(p) + "]";
    }
    return label;
  }

  private void paintInfosets(Graphics2D g, String id) {
    for (Infoset set : game.infosets()) {
      int[] nodes = game.infosetNodes(set.index());
      if (nodes.length < 2 || set.isChance()) {
        continue;
      }
      Integer[] byX = Arrays.stream(nodes).boxed().toArray(Integer[]::new);
      Arrays.sort(byX, (a, b) -> Double.compare(x[a], x[b]));
      Path2D.Double path = new Path2D.Double();
      path.moveTo(x[byX[0]], y[byX[0]]);
      for (int k = 1; k < byX.length; k++) {
        int a = byX[k - 1];
        int b = byX[k];
        double sag = y[a] == y[b] ? 24 : 0;
        path.quadTo((x[a] + x[b]) / 2, Math.max(y[a], y[b]) + sag, x[b], y[b]);
      }
      g.setColor(playerColour(set.player()));
      g.setStroke(Ink.dashed(1.5f));
      Ink.nextId(g, id + "-infoset-" + set.index());
      g.draw(path);
    }
  }

  private void paintNode(Graphics2D g, int v) {
    Ellipse2D disc = new Ellipse2D.Double(x[v] - NODE, y[v] - NODE, 2 * NODE, 2 * NODE);
    if (game.isTerminal(v)) {
      g.setColor(Ink.LINE);
      g.fill(new Ellipse2D.Double(x[v] - 3, y[v] - 3, 6, 6));
      g.setColor(Ink.TEXT);
      Ink.centred(g, payoffText(game, v), Ink.SMALL, x[v], y[v] + 18);
      return;
    }
    Infoset set = game.infoset(v);
    if (set.isChance()) {
      g.setColor(Color.WHITE);
      g.fill(disc);
      g.setColor(Ink.LINE);
      g.setStroke(Ink.stroke(1.5f));
      g.draw(disc);
      g.setColor(Ink.TEXT);
      nodeLabel(g, v, "chance", Ink.SMALL);
    } else {
      g.setColor(playerColour(set.player()));
      g.fill(disc);
      nodeLabel(g, v, game.players().get(set.player() - 1), Ink.BOLD);
    }
    if (game.outcomePayoffs(v).isPresent()) {
      g.setColor(Ink.TEXT);
      Ink.leftAligned(g, "+" + payoffText(game, v), Ink.SMALL, x[v] + NODE + 4, y[v] + NODE + 6);
    }
  }

  /**
   * Writes {@code text} above node {@code v} on the side away from its incoming branch, so that the
   * branch does not cross it.
   */
  private void nodeLabel(Graphics2D g, int v, String text, Font font) {
    boolean left = v > 0 && x[game.parent(v)] > x[v];
    double start = left ? x[v] - NODE - 4 - Ink.width(text, font) : x[v] + NODE + 4;
    Ink.leftAligned(g, text, font, start, y[v] - NODE - 4);
  }

  private static Color playerColour(int player) {
    return player == 0 ? Ink.LINE : Palette.colour(player - 1);
  }

  /** {@code "(1, -1)"}: the payoffs of the outcome at {@code v}, or an empty string for none. */
  private static String payoffText(ExtensiveGame game, int v) {
    return game.outcomePayoffs(v).map(Rationals::tuple).orElse("");
  }

  private static void labelOnWhite(
      Graphics2D g, String text, Font font, Color colour, double cx, double cy) {
    double w = Ink.width(text, font) + 4;
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(cx - w / 2, cy - 7, w, 14));
    g.setColor(colour);
    Ink.centred(g, text, font, cx, cy);
  }
}
