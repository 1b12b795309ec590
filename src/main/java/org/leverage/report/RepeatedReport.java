package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leverage.analysis.RepeatedAnalysis;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Rationals;
import org.leverage.report.chart.ChartFrame;
import org.leverage.report.chart.LineChartSvg;
import org.leverage.report.chart.Palette;
import org.leverage.report.chart.XySeries;
import org.leverage.solve.repeated.AbreuSannikov;
import org.leverage.solve.repeated.PayoffPoint;

/**
 * The files of {@code repeated --report DIR}: {@code report.html} and {@code report.md} with one
 * chart, {@code chart-payoff-sets.svg}, of the payoff sets in the plane of the two players'
 * payoffs: the feasible set, its individually rational part, the pure subgame-perfect payoff set
 * (Abreu-Sannikov, when the horizon is infinite) as closed outlines, and the target profile's
 * payoff as a point. The page shows the numbers of {@link RepeatedRenderer#text} as they are, the
 * chart and the command. Renders only: every number was computed in the {@link RepeatedAnalysis}.
 */
public final class RepeatedReport {

  static final String CHART_ID = "chart-payoff-sets";

  private final RepeatedRenderer renderer;
  private final String command;

  /**
   * @param renderer renders the text section shown on the page
   * @param command the command line that produced the report, shown on the page
   */
  public RepeatedReport(RepeatedRenderer renderer, String command) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.command = Objects.requireNonNull(command, "command");
  }

  /** The report's files, by name, in a fixed order. */
  public Map<String, String> files(RepeatedAnalysis r) {
    NormalFormGame stage = r.game().stage();
    Page.Chart chart = new Page.Chart(CHART_ID, chartTitle(r), chart(r).render());
    List<Page.Block> b = new ArrayList<>();
    b.add(
        new Page.Text(
            "Repeated game "
                + r.source()
                + ": "
                + stage.players().get(0).name()
                + " against "
                + stage.players().get(1).name()
                + "."));
    b.add(new Page.Heading("Payoff sets"));
    b.add(
        new Page.Text(
            "Each player's average payoff per period, "
                + stage.players().get(0).name()
                + " across, "
                + stage.players().get(1).name()
                + " up."));
    b.add(new Page.Figures(List.of(chart)));
    b.add(new Page.Heading("Analysis"));
    b.add(new Page.Code(renderer.text(r).stripTrailing()));
    b.add(new Page.Heading("Reproduce"));
    b.add(new Page.Text("This report was produced by:"));
    b.add(new Page.Code(command));
    String title = stage.title().isEmpty() ? r.source() : stage.title();
    Page page = new Page("Repeated game: " + title, b);
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    page.addTo(files, List.of(chart));
    return files.buildOrThrow();
  }

  private static String chartTitle(RepeatedAnalysis r) {
    return r.pureSpePayoffs().isPresent()
        ? "Feasible, individually rational and pure SPE payoffs"
        : "Feasible and individually rational payoffs";
  }

  private static LineChartSvg chart(RepeatedAnalysis r) {
    NormalFormGame stage = r.game().stage();
    List<XySeries> series = new ArrayList<>();
    series.add(outline("feasible", 0, points(r.payoffSets().feasible())));
    List<XySeries.Point> rational = points(r.payoffSets().individuallyRational());
    if (!rational.isEmpty()) {
      series.add(outline("individually rational", 2, rational));
    }
    r.pureSpePayoffs()
        .filter(spe -> !spe.vertices().isEmpty())
        .ifPresent(
            spe ->
                series.add(
                    outline(
                        "pure SPE payoffs (Abreu-Sannikov, discount "
                            + Rationals.format(r.game().discount())
                            + ")",
                        1,
                        speVertices(spe))));
    r.target()
        .ifPresent(
            t ->
                series.add(
                    new XySeries("target", Palette.colour(6), points(List.of(t.payoffs())))));
    ChartFrame frame =
        new ChartFrame(
            CHART_ID,
            chartTitle(r),
            stage.players().get(0).name() + "'s payoff",
            stage.players().get(1).name() + "'s payoff",
            640,
            480);
    return new LineChartSvg(frame, series);
  }

  /** The polygon through {@code vertices}, closed by repeating the first. */
  private static XySeries outline(String name, int colour, List<XySeries.Point> vertices) {
    List<XySeries.Point> closed = new ArrayList<>(vertices);
    closed.add(vertices.get(0));
    return new XySeries(name, Palette.colour(colour), closed);
  }

  private static List<XySeries.Point> points(List<PayoffPoint> vertices) {
    return vertices.stream()
        .map(p -> new XySeries.Point(p.u0().doubleValue(), p.u1().doubleValue()))
        .toList();
  }

  private static List<XySeries.Point> speVertices(AbreuSannikov.Result spe) {
    return spe.vertices().stream().map(v -> new XySeries.Point(v.u0(), v.u1())).toList();
  }
}
