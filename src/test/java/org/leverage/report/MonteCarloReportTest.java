package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leverage.analysis.sensitivity.Chunk;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.EvaluationChunk;
import org.leverage.analysis.sensitivity.MonteCarlo;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.Run;
import org.leverage.analysis.sensitivity.SamplingMethod;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;

/**
 * The files of {@code sensitivity --montecarlo --report} on a summary of ten made-up draws whose
 * advantages are known, so that the CSVs and the page can be checked against them.
 */
class MonteCarloReportTest {

  private static final String COMMAND = "leverage sensitivity games/x.yaml --montecarlo 10";

  /** The US advantage of each draw: 2 FULL_DECOUPLING, 1 tie, 7 STRATEGIC_DEPENDENCY. */
  private static final double[] ADVANTAGES = {-3, -1, 0, 2, 4, 5, 7, 8, 9, 20};

  private static final List<ParameterKey> KEYS =
      List.of(ParameterKey.DISCOUNT_RATE, ParameterKey.CRISIS_HAZARD, ParameterKey.EROSION);

  private static final MonteCarloSummary SUMMARY = summary();

  /** Totals 0.2, 0.7, 0.3: ranked crisis_hazard, erosion, discount_rate. */
  private static final SobolIndices SOBOL =
      new SobolIndices(
          10, 50, 0.95, 12.5, List.of(index(0.1, 0.2), index(0.5, 0.7), index(0.2, 0.3)));

  private static SobolIndices.Index index(double first, double total) {
    return new SobolIndices.Index(
        first,
        new SobolIndices.Interval(first - 0.05, first + 0.05),
        total,
        new SobolIndices.Interval(total - 0.1, total + 0.1));
  }

  private static MonteCarloSummary summary() {
    List<Evaluation> draws = new ArrayList<>();
    for (double a : ADVANTAGES) {
      Map<Regime, Double> us = new EnumMap<>(Regime.class);
      Map<Regime, Double> china = new EnumMap<>(Regime.class);
      Map<Regime, Double> s = new EnumMap<>(Regime.class);
      for (Regime g : Regime.values()) {
        us.put(g, g == Regime.STRATEGIC_DEPENDENCY ? a : g == Regime.OPEN ? 1.0 : 0.0);
        china.put(g, 10.0);
        s.put(g, 0.5);
      }
      Optional<Regime> preferred =
          a > 0
              ? Optional.of(Regime.STRATEGIC_DEPENDENCY)
              : a < 0 ? Optional.of(Regime.FULL_DECOUPLING) : Optional.empty();
      draws.add(new Evaluation(us, china, s, a, preferred));
    }
    Run run =
        new Run(
            Run.Kind.MONTE_CARLO,
            SamplingMethod.PLAIN,
            1,
            ADVANTAGES.length,
            "chip-export-controls",
            "0123456789abcdef",
            KEYS);
    return MonteCarlo.summarize(new EvaluationChunk(run, Chunk.WHOLE, draws));
  }

  private static MonteCarloRenderer renderer() {
    return new MonteCarloRenderer(new FixedDecimals(4));
  }

  private static Map<String, String> files(Optional<SobolIndices> sobol) {
    return new MonteCarloReport(renderer(), COMMAND).files(Comparisons.baseline(), SUMMARY, sobol);
  }

  @Test
  void theFilesAreTheJsonTheCsvsThePagesAndTheirCharts() {
    assertEquals(
        List.of(
            "results.json",
            "montecarlo-regimes.csv",
            "montecarlo-advantage.csv",
            "montecarlo-histogram.csv",
            "sobol.csv",
            "report.html",
            "report.md",
            "chart-montecarlo-histogram.svg",
            "chart-sobol.svg"),
        List.copyOf(files(Optional.of(SOBOL)).keySet()));
    assertEquals(
        List.of(
            "results.json",
            "montecarlo-regimes.csv",
            "montecarlo-advantage.csv",
            "montecarlo-histogram.csv",
            "report.html",
            "report.md",
            "chart-montecarlo-histogram.svg"),
        List.copyOf(files(Optional.empty()).keySet()));
  }

  @Test
  void sameSummarySameBytes() {
    assertEquals(files(Optional.of(SOBOL)), files(Optional.of(SOBOL)));
  }

  @Test
  void theHistogramsCountsAddUpToTheDraws() {
    List<String> lines = files(Optional.empty()).get("montecarlo-histogram.csv").lines().toList();
    assertEquals("bin_low,bin_high,count", lines.get(0));
    // the draws below the lower fence, the bins, the draws above the upper fence
    assertEquals(MonteCarlo.BINS + 2, lines.size() - 1);
    int total = 0;
    for (String line : lines.subList(1, lines.size())) {
      total += Integer.parseInt(line.split(",")[2]);
    }
    assertEquals(ADVANTAGES.length, total);
    assertEquals("-inf,-3.0000,0", lines.get(1), "no draw beyond the fences here");
    assertTrue(lines.get(2).startsWith("-3.0000,"), lines.get(2));
    assertTrue(lines.get(lines.size() - 2).endsWith(",20.0000,1"), "the maximum in the last bin");
    assertEquals("20.0000,inf,0", lines.get(lines.size() - 1));
  }

  @Test
  void theRegimesCsvHasThePreferenceOfTheTwoComparedAndEveryRegimesLoss() {
    List<String> lines = files(Optional.empty()).get("montecarlo-regimes.csv").lines().toList();
    assertEquals(
        "regime,draws_preferred,probability_preferred,expected_loss,us_mean,us_sd,china_mean,"
            + "china_sd,final_self_sufficiency_mean,final_self_sufficiency_sd",
        lines.get(0));
    assertEquals(1 + Regime.values().length, lines.size());
    assertTrue(lines.get(1).startsWith("FULL_DECOUPLING,2,0.2,"), lines.get(1));
    // SD's mean US payoff is the mean advantage, 5.1; OPEN's loss is the mean of max(a, 1) - 1.
    assertTrue(lines.get(2).startsWith("STRATEGIC_DEPENDENCY,7,0.7,"), lines.get(2));
    assertTrue(lines.get(2).contains(",5.1000,"), lines.get(2));
    double openLoss = 0;
    for (double a : ADVANTAGES) {
      openLoss += Math.max(a, 1) - 1;
    }
    assertTrue(
        lines
            .get(3)
            .startsWith(String.format(java.util.Locale.ROOT, "OPEN,,,%.4f,", openLoss / 10)),
        lines.get(3));
    assertTrue(lines.get(4).startsWith("EQUILIBRIUM,,,"), lines.get(4));
  }

  @Test
  void theSobolCsvHasOneRowPerParameterInTheRunsOrder() {
    List<String> lines = files(Optional.of(SOBOL)).get("sobol.csv").lines().toList();
    assertEquals(
        List.of(
            "parameter,first,first_low,first_high,total,total_low,total_high",
            "discount_rate,0.1000,0.0500,0.1500,0.2000,0.1000,0.3000",
            "crisis_hazard,0.5000,0.4500,0.5500,0.7000,0.6000,0.8000",
            "erosion,0.2000,0.1500,0.2500,0.3000,0.2000,0.4000"),
        lines);
  }

  @Test
  void thePageInlinesBothChartsAndRanksTheSobolTableAsItsChart() {
    String html = files(Optional.of(SOBOL)).get("report.html");
    assertEquals(2, count(html, "<svg"));
    assertEquals(1, count(html, "<svg id='chart-montecarlo-histogram'"));
    assertEquals(1, count(html, "<svg id='chart-sobol'"));
    String sobol = html.substring(html.indexOf("<h2>Sobol indices</h2>"));
    String table = sobol.substring(sobol.indexOf("<table>"));
    int hazard = table.indexOf("<td>crisis_hazard</td>");
    int erosion = table.indexOf("<td>erosion</td>");
    int discount = table.indexOf("<td>discount_rate</td>");
    assertTrue(0 < hazard && hazard < erosion && erosion < discount, "ranked by total");
    assertTrue(
        html.contains("<td>triangular (low 0.08, mode 0.18, high 0.35)</td>"),
        "erosion's distribution as the scenario file gives it");
    assertTrue(html.contains("<pre><code>" + COMMAND + "</code></pre>"));
    String md = files(Optional.of(SOBOL)).get("report.md");
    assertTrue(md.contains("](chart-montecarlo-histogram.svg)"), md);
    assertTrue(md.contains("](chart-sobol.svg)"), md);
  }

  @Test
  void thePageShowsTheTextsTables() {
    String text = renderer().text("chip-export-controls", SUMMARY, Optional.of(SOBOL));
    String html = files(Optional.of(SOBOL)).get("report.html");
    assertTrue(
        text.startsWith(
            "Monte Carlo of chip-export-controls: 10 draws (plain sampling, seed 1) of 3 uncertain"
                + " parameters\n\nPreferred regime (US payoff, STRATEGIC_DEPENDENCY against"
                + " FULL_DECOUPLING)\n"),
        text);
    assertTrue(text.contains("  FULL_DECOUPLING           2       0.2000\n"), text);
    for (String cell : List.of("0.2000", "0.7000", "0.1000", "5.1000")) {
      assertTrue(text.contains(" " + cell), cell);
      assertTrue(html.contains("<td class=\"num\">" + cell + "</td>"), cell);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
