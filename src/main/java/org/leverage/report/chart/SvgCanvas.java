package org.leverage.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The look shared by every chart (fonts, colours, grid) and the step from a JFreeChart to SVG text.
 * Deterministic: ids inside the SVG (clip paths) start with the frame's id instead of JFreeSVG's
 * default, which is taken from the clock; coordinates are rounded to two decimals; tick labels are
 * formatted under {@link Locale#ROOT}; fonts are the logical {@code SansSerif}, written as CSS
 * {@code sans-serif}.
 */
final class SvgCanvas {

  static final Color GRID = new Color(0xDDDDDD);
  static final Color INK = new Color(0x333333);

  private SvgCanvas() {}

  /** A value axis with tick labels under {@link Locale#ROOT}. */
  static NumberAxis numberAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    return axis;
  }

  /** The series names, checked to be unique (the legend could not tell them apart otherwise). */
  static void requireUniqueNames(String chartId, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(
            "chart " + chartId + ": series names must be unique but \"" + n + "\" repeats");
      }
    }
  }

  /**
   * A chart of {@code plot} with the frame's title, a legend and the shared look; the caller then
   * styles its series (after the look, which would otherwise set their defaults).
   */
  static JFreeChart chart(ChartFrame frame, Plot plot) {
    JFreeChart chart = new JFreeChart(frame.title(), plot);
    theme().apply(chart);
    chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    return chart;
  }

  /** {@code chart} drawn in the frame's size, as an {@code <svg>} element with the frame's id. */
  static String svg(JFreeChart chart, ChartFrame frame) {
    SVGGraphics2D g = new SVGGraphics2D(frame.width(), frame.height());
    g.setDefsKeyPrefix(frame.id() + "-");
    g.setGeomDoubleConverter(SvgCoordinates::twoDecimals);
    g.setTransformDoubleConverter(SvgCoordinates::twoDecimals);
    chart.draw(g, new Rectangle2D.Double(0, 0, frame.width(), frame.height()));
    return g.getSVGElement(
        frame.id(), true, new ViewBox(0, 0, frame.width(), frame.height()), null, null);
  }

  /**
   * Styles {@code bars} as flat blocks (no gradient, no shadow) outlined in white, so that
   * neighbouring blocks stay apart, series {@code i} in {@code colours.get(i)}. Call it after
   * {@link #chart}: applying the theme there resets a renderer's painter and series paints.
   */
  static void flatBars(XYBarRenderer bars, List<Color> colours) {
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.WHITE);
    bars.setDefaultOutlineStroke(stroke(0.5f));
    for (int i = 0; i < colours.size(); i++) {
      bars.setSeriesPaint(i, colours.get(i));
    }
  }

  /** A line of {@code width} pixels with round ends. */
  static BasicStroke stroke(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = new StandardChartTheme("leverage", false);
    t.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    t.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    t.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    t.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    t.setTitlePaint(INK);
    t.setSubtitlePaint(INK);
    t.setLegendItemPaint(INK);
    t.setAxisLabelPaint(INK);
    t.setTickLabelPaint(INK);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setLegendBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setPlotOutlinePaint(GRID);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setBarPainter(new StandardBarPainter());
    t.setShadowVisible(false);
    t.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    return t;
  }
}
