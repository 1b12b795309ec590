package org.leverage.report.chart;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar chart of categories, with a legend, as SVG text: each {@link BarSeries} gives one bar per
 * category, grouped side by side or stacked (negative values stack below zero), standing up or
 * lying down (a tornado chart is horizontal and stacked). Zero is always marked. Immutable; {@link
 * #stacked} and {@link #horizontal} give copies.
 */
public final class BarChartSvg {

  private final ChartFrame frame;
  private final List<String> categories;
  private final List<BarSeries> series;
  private final boolean stacked;
  private final boolean horizontal;

  /**
   * @param categories distinct, in drawing order
   * @param series each with one value per category, names unique
   */
  public BarChartSvg(ChartFrame frame, List<String> categories, List<BarSeries> series) {
    this(frame, categories, series, false, false);
  }

  private BarChartSvg(
      ChartFrame frame,
      List<String> categories,
      List<BarSeries> series,
      boolean stacked,
      boolean horizontal) {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.categories = ImmutableList.copyOf(categories);
    this.series = ImmutableList.copyOf(series);
    SvgCanvas.requireUniqueNames(frame.id(), this.series.stream().map(BarSeries::name).toList());
    if (this.categories.stream().distinct().count() != this.categories.size()) {
      throw new IllegalArgumentException(
          "chart " + frame.id() + ": categories must be distinct but were " + this.categories);
    }
    for (BarSeries s : this.series) {
      if (s.values().size() != this.categories.size()) {
        throw new IllegalArgumentException(
            "chart "
                + frame.id()
                + ": series \""
                + s.name()
                + "\" has "
                + s.values().size()
                + " values; expected "
                + this.categories.size()
                + " (one per category)");
      }
    }
    this.stacked = stacked;
    this.horizontal = horizontal;
  }

  /** The same chart with each category's bars stacked into one. */
  public BarChartSvg stacked() {
    return new BarChartSvg(frame, categories, series, true, horizontal);
  }

  /** The same chart with the categories down the side and the bars lying along the value axis. */
  public BarChartSvg horizontal() {
    return new BarChartSvg(frame, categories, series, stacked, true);
  }

  /** The chart as an {@code <svg>} element (no XML declaration), ready to inline in HTML. */
  public String render() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (BarSeries s : series) {
      for (int j = 0; j < categories.size(); j++) {
        data.addValue(s.values().get(j), s.name(), categories.get(j));
      }
    }
    BarRenderer bars = stacked ? new StackedBarRenderer() : new BarRenderer();
    CategoryPlot plot =
        new CategoryPlot(
            data, new CategoryAxis(frame.xLabel()), SvgCanvas.numberAxis(frame.yLabel()), bars);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    JFreeChart chart = SvgCanvas.chart(frame, plot);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(SvgCanvas.INK);
    plot.setDomainGridlinesVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0.05);
    for (int i = 0; i < series.size(); i++) {
      bars.setSeriesPaint(i, series.get(i).colour());
    }
    return SvgCanvas.svg(chart, frame);
  }
}
