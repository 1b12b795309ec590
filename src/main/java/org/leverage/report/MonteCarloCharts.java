package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.model.Regime;
import org.leverage.report.chart.BarChartSvg;
import org.leverage.report.chart.BarSeries;
import org.leverage.report.chart.ChartFrame;
import org.leverage.report.chart.HistogramSvg;
import org.leverage.report.chart.Palette;

/**
 * The charts of a Monte Carlo report: the histogram of the US advantage of STRATEGIC_DEPENDENCY
 * over FULL_DECOUPLING, its bins coloured by the regime they favour (the regime's colour in every
 * report; grey for a bin across the break-even at zero, which is marked), and with Sobol indices a
 * horizontal bar chart of each parameter's first-order and total index, ranked by total. The
 * bootstrap intervals are in the table beside it, not drawn: JFreeChart's error bars are symmetric
 * and the intervals are not.
 *
 * @param histogram the histogram chart, id {@code chart-montecarlo-histogram}
 * @param sobol the Sobol chart, id {@code chart-sobol}, when the indices were computed
 */
record MonteCarloCharts(Page.Chart histogram, Optional<Page.Chart> sobol) {

  /** The colours of the Sobol bars: those after the regimes', as the tornado's. */
  private static final int FIRST_COLOUR = Regime.values().length;

  static MonteCarloCharts of(MonteCarloSummary mc, Optional<SobolIndices> sobol) {
    return new MonteCarloCharts(histogram(mc), sobol.map(s -> sobol(mc, s)));
  }

  /** Every chart, in page order. */
  List<Page.Chart> all() {
    List<Page.Chart> all = new ArrayList<>(List.of(histogram));
    sobol.ifPresent(all::add);
    return all;
  }

  private static Page.Chart histogram(MonteCarloSummary mc) {
    MonteCarloSummary.Histogram h = mc.advantageHistogram();
    List<HistogramSvg.Bin> bins = new ArrayList<>();
    for (int j = 0; j < h.counts().size(); j++) {
      bins.add(new HistogramSvg.Bin(h.edge(j), h.edge(j + 1), h.counts().get(j)));
    }
    HistogramSvg.Mark breakEven =
        new HistogramSvg.Mark(
            0,
            "break-even",
            side(Regime.FULL_DECOUPLING),
            new HistogramSvg.Side("across the break-even", Palette.NEUTRAL),
            side(Regime.STRATEGIC_DEPENDENCY));
    String id = "chart-montecarlo-histogram";
    int outside = h.below() + h.above();
    String title =
        "US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING"
            + (outside == 0
                ? ""
                : " ("
                    + outside
                    + (outside == 1 ? " draw" : " draws")
                    + " beyond the range shown)");
    ChartFrame frame =
        new ChartFrame(id, title, "USD bn", "draws", CompareCharts.WIDTH, CompareCharts.HEIGHT);
    return new Page.Chart(id, title, new HistogramSvg(frame, bins, breakEven).render());
  }

  private static HistogramSvg.Side side(Regime g) {
    return new HistogramSvg.Side(g.name() + " better", Palette.colour(g.ordinal()));
  }

  private static Page.Chart sobol(MonteCarloSummary mc, SobolIndices s) {
    List<String> categories = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    for (int i : MonteCarloRenderer.byTotal(s)) {
      categories.add(mc.run().parameters().get(i).key());
      first.add(s.indices().get(i).first());
      total.add(s.indices().get(i).total());
    }
    List<BarSeries> series =
        List.of(
            new BarSeries("first order", Palette.colour(FIRST_COLOUR), first),
            new BarSeries("total", Palette.colour(FIRST_COLOUR + 1), total));
    String id = "chart-sobol";
    String title = "Sobol indices of the US advantage, ranked by total";
    int height = Math.max(CompareCharts.HEIGHT, 120 + 28 * categories.size());
    ChartFrame frame =
        new ChartFrame(id, title, "", "share of variance", CompareCharts.WIDTH, height);
    return new Page.Chart(
        id, title, new BarChartSvg(frame, categories, series).horizontal().render());
  }
}
