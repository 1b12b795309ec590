package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.model.Scenario;

/**
 * The files of {@code sensitivity --montecarlo N --report DIR}, by name: {@code results.json} (what
 * {@code --format json} prints), {@link MonteCarloRenderer#REGIMES_CSV}, {@link
 * MonteCarloRenderer#ADVANTAGE_CSV}, {@link MonteCarloRenderer#HISTOGRAM_CSV} and with Sobol
 * indices {@link MonteCarloRenderer#SOBOL_CSV}; {@code report.html} (self-contained: inline CSS and
 * SVG charts, no scripts, nothing fetched), {@code report.md} and its charts, {@code
 * chart-montecarlo-histogram.svg} and {@code chart-sobol.svg}. The caller writes them. The same
 * results and command always give the same bytes.
 */
public final class MonteCarloReport {

  private final MonteCarloRenderer renderer;
  private final String command;

  /**
   * @param command the command line that produced the report, shown in it
   */
  public MonteCarloReport(MonteCarloRenderer renderer, String command) {
    this.renderer = renderer;
    this.command = command;
  }

  /**
   * File name to content, in a fixed order.
   *
   * @param scenario the scenario drawn from (its name, title and distributions are shown)
   */
  public Map<String, String> files(
      Scenario scenario, MonteCarloSummary mc, Optional<SobolIndices> sobol) {
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    files.put("results.json", renderer.json(scenario.name(), mc, sobol));
    files.put(MonteCarloRenderer.REGIMES_CSV, renderer.regimesCsv(mc));
    files.put(MonteCarloRenderer.ADVANTAGE_CSV, renderer.advantageCsv(mc));
    files.put(MonteCarloRenderer.HISTOGRAM_CSV, renderer.histogramCsv(mc));
    sobol.ifPresent(s -> files.put(MonteCarloRenderer.SOBOL_CSV, renderer.sobolCsv(mc, s)));
    MonteCarloCharts charts = MonteCarloCharts.of(mc, sobol);
    MonteCarloPage.of(scenario, mc, sobol, renderer, command, charts).addTo(files, charts.all());
    return files.buildOrThrow();
  }
}
