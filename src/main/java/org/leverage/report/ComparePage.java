package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;

/**
 * The page of {@code compare --report}: the verdict, the payoffs with their charts, the leverage
 * left, the expected paths as charts, the scenario's parameters and the command that produced it.
 * The sentences and tables are those of {@link CompareRenderer#text}; only the layout is new.
 */
final class ComparePage {

  private ComparePage() {}

  static Page of(
      RegimeComparison c, CompareRenderer renderer, String command, CompareCharts charts) {
    Scenario s = c.scenario();
    List<Page.Block> b = new ArrayList<>();
    b.add(new Page.Text("Scenario " + s.name() + ". " + renderer.modelLine(c) + "."));
    b.add(new Page.Heading("Verdict"));
    b.add(new Page.Bullets(renderer.verdictLines(c)));
    b.add(new Page.Heading("Payoffs"));
    b.add(new Page.Text(CompareRenderer.PAYOFF_CAPTION + "."));
    b.add(Page.Table.of(renderer.payoffTable(c)));
    b.add(new Page.Figures(charts.payoffs()));
    b.add(new Page.Heading("Leverage left"));
    b.add(new Page.Text(CompareRenderer.LEVERAGE_CAPTION + "."));
    b.add(Page.Table.of(renderer.leverageTable(c)));
    b.add(new Page.Heading("Expected paths"));
    b.add(
        new Page.Text(
            "Expected values along each regime's path from the start state, one line per regime;"
                + " the files "
                + String.join(", ", c.outcomes().stream().map(CompareReport::pathFile).toList())
                + " hold every number."));
    b.add(new Page.Figures(charts.paths()));
    b.add(new Page.Heading("Parameters"));
    b.add(
        new Page.Text(
            "The scenario's parameters as compared (after any --set), with the plausible range"
                + " that sensitivity sweeps use and the source of each value."));
    b.add(parameterTable(s));
    b.add(new Page.Heading("Reproduce"));
    b.add(new Page.Text("This report was produced by:"));
    b.add(new Page.Code(command));
    String title = s.title().isEmpty() ? s.name() : s.title();
    return new Page("Policy regimes compared: " + title, b);
  }

  private static Page.Table parameterTable(Scenario s) {
    List<List<String>> rows = new ArrayList<>();
    for (ParameterSpec p : s.specs()) {
      rows.add(
          List.of(
              p.key().key(),
              p.key().symbol(),
              p.key().meaning(),
              CompareRenderer.plain(p.value()) + (p.outsideRange() ? " (outside range)" : ""),
              p.key().unit(),
              p.low() == p.high()
                  ? CompareRenderer.plain(p.low())
                  : CompareRenderer.plain(p.low()) + " to " + CompareRenderer.plain(p.high()),
              p.source()));
    }
    return new Page.Table(
        List.of("parameter", "symbol", "meaning", "value", "unit", "range", "source"),
        List.of(false, false, false, true, false, true, false),
        rows);
  }
}
