package org.leverage.report.draw;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.util.ArrayList;
import java.util.List;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;
import org.leverage.game.repeated.StrategyAutomaton;

/**
 * The strategy automata of a repeated game, one per row: states as circles (name and the action
 * played, the initial state marked by an arrow coming in from the left, SVG id {@code
 * ID-A-state-Q}), transitions as arrows labelled by the stage profiles that cause them ({@code
 * Row/Column} actions; {@code any} when every profile does), self-transitions as loops. Arrows to
 * later states bend above the row, arrows to earlier ones below, so that the two directions do not
 * overlap.
 */
public final class AutomatonDrawing {

  private static final int MIN_RADIUS = 30;
  private static final int ROW = 280;
  private static final int MARGIN = 24;

  private final NormalFormGame stage;
  private final List<StrategyAutomaton> automata;
  private final List<List<Arc>> arcs = new ArrayList<>();
  private final double spacing;
  private final double radius;

  private AutomatonDrawing(NormalFormGame stage, List<StrategyAutomaton> automata) {
    this.stage = stage;
    this.automata = automata;
    int widest = 0;
    for (StrategyAutomaton a : automata) {
      List<Arc> those = arcs(a);
      arcs.add(those);
      for (Arc arc : those) {
        widest = Math.max(widest, Ink.width(arc.label(), Ink.SMALL));
      }
    }
    this.spacing = Math.max(170, widest + 50);
    int label = 0;
    for (StrategyAutomaton a : automata) {
      for (String s : a.stateLabels()) {
        label = Math.max(label, Ink.width(s, Ink.BOLD));
      }
    }
    this.radius = Math.max(MIN_RADIUS, label / 2.0 + 8);
  }

  /**
   * The picture of {@code automata}, each checked to fit {@code stage}.
   *
   * @throws IllegalArgumentException if {@code automata} is empty or one does not fit {@code stage}
   */
  public static Picture of(String id, NormalFormGame stage, List<StrategyAutomaton> automata) {
    if (automata.isEmpty()) {
      throw new IllegalArgumentException("no automata to draw");
    }
    automata.forEach(a -> a.checkFits(stage));
    AutomatonDrawing d = new AutomatonDrawing(stage, List.copyOf(automata));
    int states = automata.stream().mapToInt(a -> a.stateLabels().size()).max().orElse(1);
    int width = (int) Math.ceil(2 * MARGIN + 40 + d.spacing * states);
    for (StrategyAutomaton a : automata) {
      width = Math.max(width, Ink.width(d.heading(a), Ink.TITLE) + 2 * MARGIN);
    }
    return new Picture(id, width, MARGIN + ROW * automata.size(), g -> d.paint(g, id));
  }

  private String heading(StrategyAutomaton a) {
    return a.name() + " (" + stage.players().get(a.player()).name() + ")";
  }

  private void paint(Graphics2D g, String id) {
    for (int k = 0; k < automata.size(); k++) {
      paintAutomaton(g, id + "-" + k, automata.get(k), arcs.get(k), MARGIN + k * ROW);
    }
  }

  private double stateX(int q) {
    return MARGIN + 40 + spacing * (q + 0.5);
  }

  private void paintAutomaton(
      Graphics2D g, String id, StrategyAutomaton a, List<Arc> those, int top) {
    g.setColor(Ink.TEXT);
    Ink.leftAligned(g, heading(a), Ink.TITLE, MARGIN, top + 12);
    double cy = top + ROW / 2.0 + 10;
    for (Arc arc : those) {
      paintArc(g, arc, cy);
    }
    g.setColor(Ink.LINE);
    g.setStroke(Ink.stroke(1.5f));
    double startX = stateX(0) - radius;
    Ink.line(g, startX - 36, cy, startX, cy);
    Ink.arrowHead(g, startX - 36, cy, startX, cy);
    Player player = stage.players().get(a.player());
    for (int q = 0; q < a.stateLabels().size(); q++) {
      Ellipse2D circle =
          new Ellipse2D.Double(stateX(q) - radius, cy - radius, 2 * radius, 2 * radius);
      g.setColor(Ink.MARK_FILL);
      Ink.nextId(g, id + "-state-" + q);
      g.fill(circle);
      g.setColor(Ink.LINE);
      g.draw(circle);
      g.setColor(Ink.TEXT);
      Ink.centred(g, a.stateLabels().get(q), Ink.BOLD, stateX(q), cy - 7);
      Ink.centred(g, player.strategies().get(a.actions()[q]), Ink.SMALL, stateX(q), cy + 10);
    }
  }

  private void paintArc(Graphics2D g, Arc arc, double cy) {
    int from = arc.from();
    int to = arc.to();
    g.setColor(Ink.LINE);
    g.setStroke(Ink.stroke(1.25f));
    double x1 = stateX(from);
    double x2 = stateX(to);
    Point2D.Double control;
    Point2D.Double start;
    Point2D.Double end;
    double labelY;
    if (from == to) {
      start = new Point2D.Double(x1 - radius * 0.6, cy - radius * 0.8);
      end = new Point2D.Double(x1 + radius * 0.6, cy - radius * 0.8);
      control = new Point2D.Double(x1, cy - radius * 3.4);
      labelY = cy - radius * 2.1 - 10;
    } else {
      double bend = (to > from ? -1 : 1) * (50 + 18 * Math.abs(to - from));
      double dir = Math.signum(x2 - x1);
      start = new Point2D.Double(x1 + dir * radius * 0.8, cy + Math.signum(bend) * radius * 0.6);
      end = new Point2D.Double(x2 - dir * radius * 0.8, cy + Math.signum(bend) * radius * 0.6);
      control = new Point2D.Double((x1 + x2) / 2, cy + 2 * bend);
      labelY = cy + bend + Math.signum(bend) * (0.3 * radius - 12);
    }
    g.draw(new QuadCurve2D.Double(start.x, start.y, control.x, control.y, end.x, end.y));
    Ink.arrowHead(g, control.x, control.y, end.x, end.y);
    g.setColor(Ink.TEXT);
    Ink.centred(g, arc.label(), Ink.SMALL, (x1 + x2) / 2, labelY);
  }

  /** A transition from state {@code from} to state {@code to}, labelled by its causes. */
  private record Arc(int from, int to, String label) {}

  /**
   * The arcs of {@code a} in the order of the states: each labelled by the stage profiles that
   * cause it, or {@code any} when every profile does.
   */
  private List<Arc> arcs(StrategyAutomaton a) {
    List<Arc> out = new ArrayList<>();
    int n = a.stateLabels().size();
    for (int q = 0; q < n; q++) {
      for (int r = 0; r < n; r++) {
        List<String> causes = new ArrayList<>();
        for (int c = 0; c < stage.numCells(); c++) {
          if (a.next()[q][c] == r) {
            int[] s = stage.strategiesOfCell(c);
            causes.add(
                stage.players().get(0).strategies().get(s[0])
                    + "/"
                    + stage.players().get(1).strategies().get(s[1]));
          }
        }
        if (!causes.isEmpty()) {
          String label = causes.size() == stage.numCells() ? "any" : String.join(", ", causes);
          out.add(new Arc(q, r, label));
        }
      }
    }
    return out;
  }
}
