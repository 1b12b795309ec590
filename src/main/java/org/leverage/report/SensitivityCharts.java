package org.leverage.report;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.OneWay;
import org.leverage.analysis.sensitivity.SensitivityResult;
import org.leverage.analysis.sensitivity.SensitivityResults;
import org.leverage.analysis.sensitivity.Threshold;
import org.leverage.analysis.sensitivity.Tornado;
import org.leverage.analysis.sensitivity.TwoWay;
import org.leverage.model.Regime;
import org.leverage.report.chart.BarChartSvg;
import org.leverage.report.chart.BarSeries;
import org.leverage.report.chart.ChartFrame;
import org.leverage.report.chart.LineChartSvg;
import org.leverage.report.chart.Palette;
import org.leverage.report.chart.PolicyMapSvg;
import org.leverage.report.chart.XySeries;

/**
 * The charts of a sensitivity report, per analysis: a one-way analysis is a line chart of the US
 * advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING and of each regime's US payoff against the
 * parameter; the tornado is a horizontal bar chart of each parameter's advantage at its low and at
 * its high end minus the base, ranked as the tornado ranks them; a two-way grid is a policy map,
 * each grid point a block in the colour of the regime the US prefers there (grey for an exact tie),
 * with the break-even curve drawn over it; thresholds have none (their table says it all). A
 * chart's id is its analysis's CSV name with {@code chart-} in front and without {@code .csv}, so
 * the ids are fixed and unique. Each regime has the colour it has in the compare report.
 *
 * @param perResult the charts of each result, in the order of the results
 */
record SensitivityCharts(List<List<Page.Chart>> perResult) {

  /** The colour of the advantage line: the first after the regimes'. */
  private static final int ADVANTAGE_COLOUR = Regime.values().length;

  SensitivityCharts {
    perResult =
        perResult.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /** The charts of {@code r}. */
  static SensitivityCharts of(SensitivityResults r) {
    List<List<Page.Chart>> charts = new ArrayList<>();
    for (SensitivityResult result : r.results()) {
      charts.add(result.accept(new Charts(id(result))));
    }
    return new SensitivityCharts(charts);
  }

  /** Every chart, in page order. */
  List<Page.Chart> all() {
    return perResult.stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  private static String id(SensitivityResult result) {
    String csv = SensitivityRenderer.csvName(result);
    return "chart-" + csv.substring(0, csv.length() - ".csv".length());
  }

  private record Charts(String id) implements SensitivityResult.Visitor<List<Page.Chart>> {

    @Override
    public List<Page.Chart> oneWay(OneWay r) {
      List<XySeries.Point> advantage = new ArrayList<>();
      for (OneWay.Point p : r.points()) {
        advantage.add(new XySeries.Point(p.value(), p.evaluation().advantage()));
      }
      List<XySeries> series = new ArrayList<>();
      series.add(new XySeries("SD - FD", Palette.colour(ADVANTAGE_COLOUR), advantage));
      for (Regime g : Regime.values()) {
        List<XySeries.Point> us = new ArrayList<>();
        for (OneWay.Point p : r.points()) {
          us.add(new XySeries.Point(p.value(), p.evaluation().us().get(g)));
        }
        series.add(new XySeries(g.name() + " (US)", Palette.colour(g.ordinal()), us));
      }
      String key = r.axis().key().key();
      String title = "US advantage and US payoffs along " + key;
      ChartFrame frame =
          new ChartFrame(id, title, key, "USD bn", CompareCharts.WIDTH, CompareCharts.HEIGHT);
      return List.of(new Page.Chart(id, title, new LineChartSvg(frame, series).render()));
    }

    @Override
    public List<Page.Chart> tornado(Tornado r) {
      double base = r.base().advantage();
      List<String> categories = new ArrayList<>();
      List<Double> low = new ArrayList<>();
      List<Double> high = new ArrayList<>();
      for (Tornado.Bar b : r.bars()) {
        categories.add(b.key().key());
        low.add(b.atLow().advantage() - base);
        high.add(b.atHigh().advantage() - base);
      }
      if (categories.isEmpty()) {
        return List.of();
      }
      List<BarSeries> series =
          List.of(
              new BarSeries("at low end", Palette.colour(ADVANTAGE_COLOUR), low),
              new BarSeries("at high end", Palette.colour(ADVANTAGE_COLOUR + 1), high));
      String title = "Tornado: US advantage minus its base value";
      int height = Math.max(CompareCharts.HEIGHT, 120 + 28 * categories.size());
      ChartFrame frame =
          new ChartFrame(id, title, "", "USD bn, relative to base", CompareCharts.WIDTH, height);
      return List.of(
          new Page.Chart(
              id, title, new BarChartSvg(frame, categories, series).horizontal().render()));
    }

    @Override
    public List<Page.Chart> threshold(Threshold r) {
      return List.of();
    }

    @Override
    public List<Page.Chart> twoWay(TwoWay r) {
      List<List<Integer>> cells = new ArrayList<>();
      for (List<Evaluation> column : r.cells()) {
        cells.add(column.stream().map(e -> category(e.preferred())).toList());
      }
      String xKey = r.x().key().key();
      String yKey = r.y().key().key();
      String title = "Policy map: the regime the US prefers";
      ChartFrame frame =
          new ChartFrame(id, title, xKey, yKey, CompareCharts.WIDTH, CompareCharts.HEIGHT + 60);
      PolicyMapSvg map =
          new PolicyMapSvg(frame, r.x().values(), r.y().values(), cells, MAP_CATEGORIES);
      if (!r.breakEven().isEmpty()) {
        List<XySeries.Point> points =
            r.breakEven().stream().map(b -> new XySeries.Point(b.x(), b.y())).toList();
        map =
            map.withCurve(
                new PolicyMapSvg.Curve(
                    "break-even (SD - FD = 0)", BREAK_EVEN_COLOUR, points, segments(r)));
      }
      return List.of(new Page.Chart(id, title, map.render()));
    }
  }

  /** The policy map's categories: the two regimes compared, in their colours, and a tie. */
  private static final List<PolicyMapSvg.Category> MAP_CATEGORIES =
      List.of(
          new PolicyMapSvg.Category(
              Regime.STRATEGIC_DEPENDENCY.name(),
              Palette.colour(Regime.STRATEGIC_DEPENDENCY.ordinal())),
          new PolicyMapSvg.Category(
              Regime.FULL_DECOUPLING.name(), Palette.colour(Regime.FULL_DECOUPLING.ordinal())),
          new PolicyMapSvg.Category("TIE", Palette.NEUTRAL));

  private static final Color BREAK_EVEN_COLOUR = Color.BLACK;

  /** The index in {@link #MAP_CATEGORIES} of a grid point's verdict. */
  private static int category(Optional<Regime> preferred) {
    return preferred.map(g -> g == Regime.STRATEGIC_DEPENDENCY ? 0 : 1).orElse(2);
  }

  /**
   * The break-even points joined into a curve, one grid square at a time: the points on a square's
   * boundary (they all lie on grid lines), in order around it, joined in pairs (first to second,
   * third to fourth: a square whose four edges are crossed, a saddle, is resolved one of its two
   * ways). Each segment once, in the order found.
   */
  static List<PolicyMapSvg.Segment> segments(TwoWay r) {
    List<Double> xs = r.x().values();
    List<Double> ys = r.y().values();
    Set<PolicyMapSvg.Segment> out = new LinkedHashSet<>();
    for (int j = 0; j + 1 < ys.size(); j++) {
      for (int i = 0; i + 1 < xs.size(); i++) {
        double x0 = xs.get(i);
        double x1 = xs.get(i + 1);
        double y0 = ys.get(j);
        double y1 = ys.get(j + 1);
        List<TwoWay.BreakEven> on =
            r.breakEven().stream()
                .filter(b -> x0 <= b.x() && b.x() <= x1 && y0 <= b.y() && b.y() <= y1)
                .distinct()
                .sorted(
                    Comparator.comparingDouble(
                        b -> around((b.x() - x0) / (x1 - x0), (b.y() - y0) / (y1 - y0))))
                .toList();
        for (int k = 0; k + 1 < on.size(); k += 2) {
          XySeries.Point a = new XySeries.Point(on.get(k).x(), on.get(k).y());
          XySeries.Point b = new XySeries.Point(on.get(k + 1).x(), on.get(k + 1).y());
          if (!out.contains(new PolicyMapSvg.Segment(b, a))) {
            out.add(new PolicyMapSvg.Segment(a, b));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The position of a point on the boundary of the unit square, anticlockwise from the corner (0,
   * 0): 0 to 1 along the bottom, 1 to 2 up the right side, 2 to 3 along the top, 3 to 4 down the
   * left side.
   */
  private static double around(double u, double v) {
    if (v == 0) {
      return u;
    }
    if (u == 1) {
      return 1 + v;
    }
    if (v == 1) {
      return 3 - u;
    }
    return 4 - v;
  }
}
