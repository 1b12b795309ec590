package org.leverage.report.chart;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A histogram as SVG text: one bar per bin, as wide as the bin, as high as its count, coloured by
 * the side of a marked value it lies on (e.g. a break-even at zero): wholly below, wholly above, or
 * across it. The marked value is drawn as a labelled vertical line, and the horizontal axis always
 * reaches it, so a sample far from it shows how far. Only the sides that have a bin are in the
 * legend. Immutable.
 */
public final class HistogramSvg {

  /** Behind the marked value's label, so that it reads over a bar. */
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);

  private final ChartFrame frame;
  private final List<Bin> bins;
  private final Mark mark;

  /**
   * One bin.
   *
   * @param low its lower edge, finite
   * @param high its upper edge, finite, at least {@code low}
   * @param count the values in it, not negative
   */
  public record Bin(double low, double high, int count) {
    public Bin {
      if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high) || count < 0) {
        throw new IllegalArgumentException(
            "a histogram bin needs finite edges low <= high and a count >= 0 but was ["
                + low
                + ", "
                + high
                + "] with "
                + count);
      }
    }
  }

  /**
   * A side of the marked value: its name in the legend and the colour of its bars.
   *
   * @param name unique within the chart
   */
  public record Side(String name, Color colour) {
    public Side {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(colour, "colour");
    }
  }

  /**
   * The marked value and how bins are coloured around it.
   *
   * @param at the value, finite
   * @param label written beside its line
   * @param below bins with {@code high <= at}
   * @param across bins with {@code low < at < high}
   * @param above bins with {@code low >= at}
   */
  public record Mark(double at, String label, Side below, Side across, Side above) {
    public Mark {
      if (!Double.isFinite(at)) {
        throw new IllegalArgumentException("the marked value must be finite but was " + at);
      }
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(below, "below");
      Objects.requireNonNull(across, "across");
      Objects.requireNonNull(above, "above");
    }

    private List<Side> sides() {
      return List.of(below, across, above);
    }

    private int side(Bin b) {
      return b.high() <= at ? 0 : b.low() >= at ? 2 : 1;
    }
  }

  /**
   * @param bins at least one, in any order
   */
  public HistogramSvg(ChartFrame frame, List<Bin> bins, Mark mark) {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.bins = ImmutableList.copyOf(bins);
    this.mark = Objects.requireNonNull(mark, "mark");
    if (this.bins.isEmpty()) {
      throw new IllegalArgumentException("chart " + frame.id() + ": a histogram needs a bin");
    }
    SvgCanvas.requireUniqueNames(frame.id(), mark.sides().stream().map(Side::name).toList());
  }

  /** The chart as an {@code <svg>} element (no XML declaration), ready to inline in HTML. */
  public String render() {
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    List<Color> colours = new ArrayList<>();
    double low = mark.at();
    double high = mark.at();
    for (int k = 0; k < mark.sides().size(); k++) {
      Side side = mark.sides().get(k);
      XYIntervalSeries series = new XYIntervalSeries(side.name(), false, true);
      for (Bin b : bins) {
        if (mark.side(b) == k) {
          double middle = (b.low() + b.high()) / 2;
          series.add(middle, b.low(), b.high(), b.count(), b.count(), b.count());
        }
      }
      if (series.getItemCount() > 0) {
        data.addSeries(series);
        colours.add(side.colour());
      }
    }
    for (Bin b : bins) {
      low = Math.min(low, b.low());
      high = Math.max(high, b.high());
    }
    NumberAxis x = SvgCanvas.numberAxis(frame.xLabel());
    double margin = high > low ? (high - low) * 0.03 : 1;
    x.setRange(low - margin, high + margin);
    NumberAxis y = SvgCanvas.numberAxis(frame.yLabel());
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    XYBarRenderer bars = new XYBarRenderer();
    XYPlot plot = new XYPlot(data, x, y, bars);
    JFreeChart chart = SvgCanvas.chart(frame, plot);
    SvgCanvas.flatBars(bars, colours);
    plot.setDomainGridlinesVisible(false);
    ValueMarker line = new ValueMarker(mark.at(), SvgCanvas.INK, SvgCanvas.stroke(1.5f));
    line.setLabel(mark.label());
    line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    line.setLabelPaint(SvgCanvas.INK);
    line.setLabelBackgroundColor(LABEL_BACKGROUND);
    line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addDomainMarker(line);
    return SvgCanvas.svg(chart, frame);
  }
}
