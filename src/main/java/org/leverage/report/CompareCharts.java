package org.leverage.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.PathPoint;
import org.leverage.model.PayoffComponents;
import org.leverage.model.Regime;
import org.leverage.model.RegimeOutcome;
import org.leverage.report.chart.BarChartSvg;
import org.leverage.report.chart.BarSeries;
import org.leverage.report.chart.ChartFrame;
import org.leverage.report.chart.LineChartSvg;
import org.leverage.report.chart.Palette;
import org.leverage.report.chart.XySeries;

/**
 * The charts of a comparison's report: both players' payoffs and the US payoff terms as grouped
 * bars, and one line chart per path quantity with x = year and one line per regime. Each regime has
 * the same colour in every chart (its place in {@link Regime}), whichever regimes were compared.
 *
 * @param payoffs the bar charts
 * @param paths the line charts, in the order of {@link #PATHS}
 */
record CompareCharts(List<Page.Chart> payoffs, List<Page.Chart> paths) {

  static final int WIDTH = 560;
  static final int HEIGHT = 340;

  /**
   * A path quantity drawn as a line chart.
   *
   * @param column its column in the path CSV; the chart's id is {@code chart-column}
   * @param title the chart's title
   * @param yLabel the vertical axis' label
   * @param share whether it is a share or a probability, drawn on a fixed axis from 0 to 1
   */
  record PathChart(String column, String title, String yLabel, boolean share) {}

  /** The path quantities charted, in page order. */
  static final List<PathChart> PATHS =
      List.of(
          new PathChart("self_sufficiency", "China's self-sufficiency", "E[s] (share)", true),
          new PathChart("chokepoint", "Chokepoint effectiveness", "E[e] (share)", true),
          new PathChart("crisis_probability", "Crisis probability", "P(crisis)", false),
          new PathChart("p_targeted", "US plays TARGETED", "P(TARGETED)", true),
          new PathChart("p_full", "US plays FULL", "P(FULL)", true),
          new PathChart("p_indigenize", "China plays INDIGENIZE", "P(INDIGENIZE)", true),
          new PathChart(
              "commercial_reach", "China's commercial compute reach", "E[Kc] (share)", true),
          new PathChart("military_reach", "China's military compute reach", "E[Km] (share)", true),
          new PathChart(
              "leverage",
              "Leverage left: what denial is worth in a crisis",
              "USD bn per period",
              false));

  CompareCharts {
    payoffs = ImmutableList.copyOf(payoffs);
    paths = ImmutableList.copyOf(paths);
  }

  /** The charts of {@code c}. */
  static CompareCharts of(RegimeComparison c) {
    List<Page.Chart> payoffs =
        List.of(
            bars(
                c,
                "chart-payoffs",
                "Discounted expected payoffs",
                List.of("US", "China"),
                o -> List.of(o.usValue(), o.chinaValue())),
            bars(
                c,
                "chart-us_payoff_terms",
                "US payoff by term",
                List.of("revenue", "military risk", "enforcement"),
                o -> {
                  PayoffComponents k = o.components();
                  return List.of(k.revenue(), k.militaryRisk(), k.enforcement());
                }));
    List<Page.Chart> paths = new ArrayList<>();
    for (PathChart p : PATHS) {
      paths.add(line(c, p));
    }
    return new CompareCharts(payoffs, paths);
  }

  /** Every chart, bars first. */
  List<Page.Chart> all() {
    return ImmutableList.<Page.Chart>builder().addAll(payoffs).addAll(paths).build();
  }

  private static Page.Chart bars(
      RegimeComparison c,
      String id,
      String title,
      List<String> categories,
      java.util.function.Function<RegimeOutcome, List<Double>> values) {
    List<BarSeries> series = new ArrayList<>();
    for (RegimeOutcome o : c.outcomes()) {
      series.add(new BarSeries(o.regime().name(), colour(o.regime()), values.apply(o)));
    }
    ChartFrame frame = new ChartFrame(id, title, "", "USD bn", WIDTH, HEIGHT);
    return new Page.Chart(id, title, new BarChartSvg(frame, categories, series).render());
  }

  private static Page.Chart line(RegimeComparison c, PathChart p) {
    List<XySeries> series = new ArrayList<>();
    for (RegimeOutcome o : c.outcomes()) {
      List<XySeries.Point> points = new ArrayList<>();
      for (PathPoint pt : o.path()) {
        Double y = CompareRenderer.pathValue(o, pt, p.column());
        if (y != null) {
          points.add(new XySeries.Point(pt.year(), y));
        }
      }
      series.add(new XySeries(o.regime().name(), colour(o.regime()), points));
    }
    String id = "chart-" + p.column();
    LineChartSvg chart =
        new LineChartSvg(new ChartFrame(id, p.title(), "year", p.yLabel(), WIDTH, HEIGHT), series);
    if (p.share()) {
      chart = chart.unitRange();
    }
    return new Page.Chart(id, p.title(), chart.render());
  }

  private static java.awt.Color colour(Regime r) {
    return Palette.colour(r.ordinal());
  }
}
