package org.leverage.report.chart;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A map of a grid of two parameters as SVG text: one block per grid point, centred on it and
 * reaching halfway to its neighbours (to the grid's edge at the ends), coloured by the point's
 * category (e.g. the regime preferred there), with a legend of the categories that occur; and
 * optionally a curve drawn over it (e.g. a break-even curve): its points as dots, joined by the
 * given segments. Immutable; {@link #withCurve} gives a copy.
 */
public final class PolicyMapSvg {

  private static final double DOT = 5;

  private final ChartFrame frame;
  private final List<Double> xs;
  private final List<Double> ys;
  private final List<List<Integer>> cells;
  private final List<Category> categories;
  private final Optional<Curve> curve;

  /**
   * A category of grid points.
   *
   * @param name in the legend, unique within the chart
   * @param colour of its blocks
   */
  public record Category(String name, Color colour) {
    public Category {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(colour, "colour");
    }
  }

  /** A straight piece of a curve. */
  public record Segment(XySeries.Point from, XySeries.Point to) {
    public Segment {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A curve over the map.
   *
   * @param name in the legend, unique within the chart
   * @param colour of its dots and segments
   * @param points drawn as dots
   * @param segments drawn as lines
   */
  public record Curve(
      String name, Color colour, List<XySeries.Point> points, List<Segment> segments) {
    public Curve {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(colour, "colour");
      points = ImmutableList.copyOf(points);
      segments = ImmutableList.copyOf(segments);
    }
  }

  /**
   * @param xs the grid's values of the horizontal parameter, finite and increasing, at least one
   * @param ys the grid's values of the vertical parameter, finite and increasing, at least one
   * @param cells {@code cells.get(i).get(j)}: the index in {@code categories} of the point {@code
   *     (xs[i], ys[j])}
   * @param categories names unique
   */
  public PolicyMapSvg(
      ChartFrame frame,
      List<Double> xs,
      List<Double> ys,
      List<List<Integer>> cells,
      List<Category> categories) {
    this(frame, xs, ys, cells, categories, Optional.empty());
  }

  private PolicyMapSvg(
      ChartFrame frame,
      List<Double> xs,
      List<Double> ys,
      List<List<Integer>> cells,
      List<Category> categories,
      Optional<Curve> curve) {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.xs = increasing(frame, "x", xs);
    this.ys = increasing(frame, "y", ys);
    this.cells = cells.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    this.categories = ImmutableList.copyOf(categories);
    this.curve = curve;
    List<String> names = new ArrayList<>(this.categories.stream().map(Category::name).toList());
    curve.ifPresent(c -> names.add(c.name()));
    SvgCanvas.requireUniqueNames(frame.id(), names);
    if (this.cells.size() != this.xs.size()) {
      throw new IllegalArgumentException(
          "chart " + frame.id() + ": " + this.cells.size() + " columns of cells; expected " + xs);
    }
    for (List<Integer> column : this.cells) {
      if (column.size() != this.ys.size()) {
        throw new IllegalArgumentException(
            "chart " + frame.id() + ": a column of " + column.size() + " cells; expected " + ys);
      }
      for (int c : column) {
        if (c < 0 || c >= this.categories.size()) {
          throw new IllegalArgumentException(
              "chart "
                  + frame.id()
                  + ": category "
                  + c
                  + " is not one of the "
                  + this.categories.size()
                  + " categories");
        }
      }
    }
  }

  /** The same map with {@code curve} drawn over it. */
  public PolicyMapSvg withCurve(Curve curve) {
    return new PolicyMapSvg(frame, xs, ys, cells, categories, Optional.of(curve));
  }

  /** The chart as an {@code <svg>} element (no XML declaration), ready to inline in HTML. */
  public String render() {
    XYIntervalSeriesCollection blocks = new XYIntervalSeriesCollection();
    List<Color> colours = new ArrayList<>();
    for (int k = 0; k < categories.size(); k++) {
      XYIntervalSeries series = new XYIntervalSeries(categories.get(k).name(), false, true);
      for (int i = 0; i < xs.size(); i++) {
        for (int j = 0; j < ys.size(); j++) {
          if (cells.get(i).get(j) == k) {
            series.add(
                xs.get(i),
                edge(xs, i, -1),
                edge(xs, i, +1),
                ys.get(j),
                edge(ys, j, -1),
                edge(ys, j, +1));
          }
        }
      }
      if (series.getItemCount() > 0) {
        blocks.addSeries(series);
        colours.add(categories.get(k).colour());
      }
    }
    NumberAxis x = axis(frame.xLabel(), xs);
    NumberAxis y = axis(frame.yLabel(), ys);
    XYBarRenderer bars = new XYBarRenderer();
    bars.setUseYInterval(true);
    XYPlot plot = new XYPlot(blocks, x, y, bars);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart = SvgCanvas.chart(frame, plot);
    SvgCanvas.flatBars(bars, colours);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    curve.ifPresent(c -> drawCurve(plot, c));
    return SvgCanvas.svg(chart, frame);
  }

  private static void drawCurve(XYPlot plot, Curve c) {
    XYSeries dots = new XYSeries(c.name(), false, true);
    for (XySeries.Point p : c.points()) {
      dots.add(p.x(), p.y());
    }
    XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
    marks.setSeriesPaint(0, c.colour());
    marks.setSeriesShape(0, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
    plot.setDataset(1, new XYSeriesCollection(dots));
    plot.setRenderer(1, marks);
    for (Segment s : c.segments()) {
      plot.addAnnotation(
          new XYLineAnnotation(
              s.from().x(),
              s.from().y(),
              s.to().x(),
              s.to().y(),
              SvgCanvas.stroke(2.5f),
              c.colour()));
    }
  }

  /** The edge of block {@code i} on {@code side} (-1 low, +1 high): halfway to the neighbour. */
  private static double edge(List<Double> values, int i, int side) {
    int n = i + side;
    if (n < 0 || n >= values.size()) {
      if (values.size() == 1) {
        return values.get(i) + side * 0.5;
      }
      int m = i - side;
      return values.get(i) + (values.get(i) - values.get(m)) / 2;
    }
    return (values.get(i) + values.get(n)) / 2;
  }

  private static NumberAxis axis(String label, List<Double> values) {
    NumberAxis axis = SvgCanvas.numberAxis(label);
    axis.setRange(edge(values, 0, -1), edge(values, values.size() - 1, +1));
    return axis;
  }

  private static List<Double> increasing(ChartFrame frame, String axis, List<Double> values) {
    List<Double> copy = ImmutableList.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("chart " + frame.id() + ": no " + axis + " values");
    }
    for (int i = 0; i < copy.size(); i++) {
      if (!Double.isFinite(copy.get(i)) || (i > 0 && !(copy.get(i) > copy.get(i - 1)))) {
        throw new IllegalArgumentException(
            "chart "
                + frame.id()
                + ": "
                + axis
                + " values must be finite and increasing but were "
                + copy);
      }
    }
    return copy;
  }
}
