package org.leverage.report.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.jfree.svg.SVGHints;

/**
 * The look shared by every drawing (fonts, colours, strokes) and the text helpers: measuring before
 * a picture's size is known, and drawing text centred on a point. Fonts are the logical {@code
 * SansSerif}, so sizes are the same on every machine with the same JDK fonts.
 */
final class Ink {

  static final Color TEXT = new Color(0x222222);
  static final Color LINE = new Color(0x555555);
  static final Color GRID = new Color(0xBBBBBB);

  /** The fill of marked cells and states. */
  static final Color MARK_FILL = new Color(0xFFE08A);

  /** The colour of highlighted branches. */
  static final Color HIGHLIGHT = new Color(0xC0392B);

  static final Font PLAIN = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

  private static final Graphics2D MEASURE =
      new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

  private Ink() {}

  /** The width of {@code text} in {@code font}, in pixels, rounded up. */
  static int width(String text, Font font) {
    synchronized (MEASURE) {
      return (int)
          Math.ceil(MEASURE.getFontMetrics(font).getStringBounds(text, MEASURE).getWidth());
    }
  }

  /** A solid line of {@code width} pixels with round ends. */
  static BasicStroke stroke(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** A dashed line of {@code width} pixels. */
  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
  }

  /** Gives the next shape or text drawn on {@code g} the SVG id {@code id} (ignored for pixels). */
  static void nextId(Graphics2D g, String id) {
    g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
  }

  /** Draws {@code text} in {@code font} with its centre at ({@code cx}, {@code cy}). */
  static void centred(Graphics2D g, String text, Font font, double cx, double cy) {
    g.setFont(font);
    FontMetrics m = g.getFontMetrics(font);
    float x = (float) (cx - m.getStringBounds(text, g).getWidth() / 2);
    float y = (float) (cy + (m.getAscent() - m.getDescent()) / 2.0);
    g.drawString(text, x, y);
  }

  /** Draws {@code text} in {@code font} starting at {@code x}, vertically centred on {@code cy}. */
  static void leftAligned(Graphics2D g, String text, Font font, double x, double cy) {
    g.setFont(font);
    FontMetrics m = g.getFontMetrics(font);
    g.drawString(text, (float) x, (float) (cy + (m.getAscent() - m.getDescent()) / 2.0));
  }

  /**
   * Draws an arrow head at ({@code x2}, {@code y2}) pointing away from ({@code fromX}, {@code
   * fromY}).
   */
  static void arrowHead(Graphics2D g, double fromX, double fromY, double x2, double y2) {
    double angle = Math.atan2(y2 - fromY, x2 - fromX);
    double len = 9;
    double spread = Math.toRadians(25);
    Path2D.Double head = new Path2D.Double();
    head.moveTo(x2, y2);
    head.lineTo(x2 - len * Math.cos(angle - spread), y2 - len * Math.sin(angle - spread));
    head.lineTo(x2 - len * Math.cos(angle + spread), y2 - len * Math.sin(angle + spread));
    head.closePath();
    g.fill(head);
  }

  /** Draws the segment from (x1, y1) to (x2, y2). */
  static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }
}
