package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.model.Scenario;

/**
 * The page of {@code sensitivity --montecarlo N --report}: the run and its uncertain parameters,
 * the probability each regime is preferred, the US advantage's statistics and histogram, the
 * expected loss of committing to each regime, the Sobol indices when asked for, the files beside
 * the page and the command that produced it. The captions and tables are those of {@link
 * MonteCarloRenderer#text} (the Sobol table ranked as its chart); only the layout is new.
 */
final class MonteCarloPage {

  private MonteCarloPage() {}

  static Page of(
      Scenario scenario,
      MonteCarloSummary mc,
      Optional<SobolIndices> sobol,
      MonteCarloRenderer renderer,
      String command,
      MonteCarloCharts charts) {
    List<Page.Block> b = new ArrayList<>();
    b.add(new Page.Text(MonteCarloRenderer.runLine(scenario.name(), mc) + "."));
    b.add(new Page.Heading("Uncertain parameters"));
    b.add(
        new Page.Text(
            "Each draw takes these parameters from their distributions; every other parameter"
                + " stays at its value in the scenario."));
    b.add(Page.Table.of(MonteCarloRenderer.parametersTable(scenario, mc)));
    b.add(new Page.Heading("Preferred regime"));
    b.add(new Page.Text(MonteCarloRenderer.PREFERRED_CAPTION + "."));
    b.add(Page.Table.of(renderer.preferredTable(mc)));
    b.add(new Page.Heading("US advantage of STRATEGIC_DEPENDENCY"));
    b.add(new Page.Text(MonteCarloRenderer.ADVANTAGE_CAPTION + "."));
    b.add(Page.Table.of(renderer.advantageTable(mc)));
    b.add(new Page.Figures(List.of(charts.histogram())));
    b.add(
        new Page.Text(
            "Every number: "
                + MonteCarloRenderer.ADVANTAGE_CSV
                + " and "
                + MonteCarloRenderer.HISTOGRAM_CSV
                + "."));
    b.add(new Page.Heading("Expected loss"));
    b.add(new Page.Text(MonteCarloRenderer.LOSS_CAPTION + "."));
    b.add(Page.Table.of(renderer.lossTable(mc)));
    b.add(
        new Page.Text(
            "Every number, with the standard deviations and China's final self-sufficiency: "
                + MonteCarloRenderer.REGIMES_CSV
                + "."));
    if (sobol.isPresent()) {
      SobolIndices s = sobol.get();
      b.add(new Page.Heading("Sobol indices"));
      b.add(new Page.Text(MonteCarloRenderer.sobolCaption(s) + ", ranked by total index."));
      charts.sobol().ifPresent(c -> b.add(new Page.Figures(List.of(c))));
      b.add(Page.Table.of(renderer.sobolTable(mc, s, MonteCarloRenderer.byTotal(s))));
      b.add(new Page.Text("Every number: " + MonteCarloRenderer.SOBOL_CSV + "."));
    }
    b.add(new Page.Heading("Reproduce"));
    b.add(new Page.Text("This report was produced by:"));
    b.add(new Page.Code(command));
    String title = scenario.title().isEmpty() ? scenario.name() : scenario.title();
    return new Page("Monte Carlo of the verdict: " + title, b);
  }
}
