package org.leverage.report.chart;

import com.google.common.collect.ImmutableList;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart of named series of (x, y) points, with a legend, as SVG text. Each series is a line
 * in its own colour with a small marker at every point; the line's dash pattern and the marker's
 * shape change with the series' place in the list, so that lines which coincide all stay visible
 * and tell apart without colour. Later series are drawn on top. Immutable; {@link #yRange} gives a
 * copy.
 */
public final class LineChartSvg {

  private static final double MARKER = 6;

  /** Space below 0 and above 1 on a {@link #unitRange} axis. */
  private static final double UNIT_MARGIN = 0.03;

  /** Solid, dashed, dotted, dash-dot: on, off, on, off... in pixels. */
  private static final float[][] DASHES = {{}, {7, 4}, {2, 3}, {8, 3, 2, 3}};

  private final ChartFrame frame;
  private final List<XySeries> series;
  private final Optional<double[]> yRange;

  /**
   * @param series drawn in this order (later series on top), names unique
   */
  public LineChartSvg(ChartFrame frame, List<XySeries> series) {
    this(frame, series, Optional.empty());
  }

  private LineChartSvg(ChartFrame frame, List<XySeries> series, Optional<double[]> yRange) {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.series = ImmutableList.copyOf(series);
    SvgCanvas.requireUniqueNames(frame.id(), this.series.stream().map(XySeries::name).toList());
    this.yRange = yRange;
  }

  /**
   * The same chart with the vertical axis fixed to {@code [low, high]} (e.g. 0 to 1 for a
   * probability) instead of fitted to the data.
   */
  public LineChartSvg yRange(double low, double high) {
    if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
      throw new IllegalArgumentException(
          "chart "
              + frame.id()
              + ": y range must be finite with low < high but was ["
              + low
              + ", "
              + high
              + "]");
    }
    return new LineChartSvg(frame, series, Optional.of(new double[] {low, high}));
  }

  /**
   * The same chart with the vertical axis from 0 to 1, for a probability or a share, with a margin
   * of 0.03 either side so that markers at 0 and 1 show whole.
   */
  public LineChartSvg unitRange() {
    return yRange(-UNIT_MARGIN, 1 + UNIT_MARGIN);
  }

  /** The chart as an {@code <svg>} element (no XML declaration), ready to inline in HTML. */
  public String render() {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      XySeries s = series.get(i);
      XYSeries xy = new XYSeries(s.name(), false, true);
      for (XySeries.Point p : s.points()) {
        xy.add(p.x(), p.y());
      }
      data.addSeries(xy);
    }
    NumberAxis x = SvgCanvas.numberAxis(frame.xLabel());
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = SvgCanvas.numberAxis(frame.yLabel());
    yRange.ifPresent(r -> y.setRange(r[0], r[1]));
    XYPlot plot = new XYPlot(data, x, y, lines);
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    JFreeChart chart = SvgCanvas.chart(frame, plot);
    lines.setDrawOutlines(false);
    for (int i = 0; i < series.size(); i++) {
      lines.setSeriesPaint(i, series.get(i).colour());
      float[] dash = DASHES[i % DASHES.length];
      lines.setSeriesStroke(
          i,
          dash.length == 0
              ? SvgCanvas.stroke(2f)
              : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
      lines.setSeriesShape(i, marker(i));
    }
    return SvgCanvas.svg(chart, frame);
  }

  /** Square, diamond, triangle, inverted triangle, then again (polygons: short SVG paths). */
  private static Shape marker(int i) {
    double h = MARKER / 2;
    double d = h + 1;
    return switch (i % 4) {
      case 0 -> polygon(-h, -h, h, -h, h, h, -h, h);
      case 1 -> polygon(0, -d, d, 0, 0, d, -d, 0);
      case 2 -> polygon(0, -d, d, h, -d, h);
      default -> polygon(0, d, d, -h, -d, -h);
    };
  }

  private static Shape polygon(double... xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int k = 2; k < xy.length; k += 2) {
      p.lineTo(xy[k], xy[k + 1]);
    }
    p.closePath();
    return p;
  }
}
