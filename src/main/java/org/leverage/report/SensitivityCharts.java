package org.leverage.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
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
import org.leverage.report.chart.XySeries;

/**
 * The charts of a sensitivity report, per analysis: a one-way analysis is a line chart of the US
 * advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING and of each regime's US payoff against the
 * parameter; the tornado is a horizontal bar chart of each parameter's advantage at its low and at
 * its high end minus the base, ranked as the tornado ranks them; thresholds and two-way grids have
 * none (their tables say it all). A chart's id is its analysis's CSV name with {@code chart-} in
 * front and without {@code .csv}, so the ids are fixed and unique. Each regime has the colour it
 * has in the compare report.
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
      return List.of();
    }
  }
}
