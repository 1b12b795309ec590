package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import org.leverage.analysis.sensitivity.OneWay;
import org.leverage.analysis.sensitivity.SensitivityResult;
import org.leverage.analysis.sensitivity.SensitivityResults;
import org.leverage.analysis.sensitivity.Threshold;
import org.leverage.analysis.sensitivity.Tornado;
import org.leverage.analysis.sensitivity.TwoWay;
import org.leverage.model.Scenario;

/**
 * The page of {@code sensitivity --report}: the base verdict, one section per analysis in the order
 * asked (its tables, and its chart where it has one), the files beside the page and the command
 * that produced it. The sentences and tables are those of {@link SensitivityRenderer#text}; only
 * the layout is new.
 */
final class SensitivityPage {

  private SensitivityPage() {}

  static Page of(
      SensitivityResults r,
      SensitivityRenderer renderer,
      String command,
      SensitivityCharts charts) {
    Scenario s = r.scenario();
    List<Page.Block> b = new ArrayList<>();
    b.add(new Page.Text("Scenario " + s.name() + ". " + renderer.baseLine(r) + "."));
    for (int i = 0; i < r.results().size(); i++) {
      SensitivityResult result = r.results().get(i);
      b.addAll(result.accept(new Section(renderer)));
      if (!charts.perResult().get(i).isEmpty()) {
        b.add(new Page.Figures(charts.perResult().get(i)));
      }
      b.add(
          new Page.Text(
              "Every number of this analysis: " + SensitivityRenderer.csvName(result) + "."));
    }
    b.add(new Page.Heading("Reproduce"));
    b.add(new Page.Text("This report was produced by:"));
    b.add(new Page.Code(command));
    String title = s.title().isEmpty() ? s.name() : s.title();
    return new Page("Sensitivity of the verdict: " + title, b);
  }

  /** The heading, sentences and tables of one analysis. */
  private record Section(SensitivityRenderer renderer)
      implements SensitivityResult.Visitor<List<Page.Block>> {

    @Override
    public List<Page.Block> oneWay(OneWay r) {
      return List.of(
          new Page.Heading("One-way: " + r.axis().key().key()),
          new Page.Text(SensitivityRenderer.caption(r) + "."),
          new Page.Text(SensitivityRenderer.ONE_WAY_US_CAPTION + "."),
          Page.Table.of(renderer.oneWayUsTable(r)),
          new Page.Text(SensitivityRenderer.ONE_WAY_CHINA_CAPTION + "."),
          Page.Table.of(renderer.oneWayChinaTable(r)),
          new Page.Text("Preferred regime by band of " + r.axis().key().key() + ":"),
          new Page.Bullets(SensitivityRenderer.bandLines(r)));
    }

    @Override
    public List<Page.Block> tornado(Tornado r) {
      return List.of(
          new Page.Heading("Tornado"),
          new Page.Text(renderer.caption(r) + "."),
          Page.Table.of(renderer.tornadoTable(r, false)),
          new Page.Bullets(SensitivityRenderer.tornadoNotes(r)));
    }

    @Override
    public List<Page.Block> threshold(Threshold r) {
      List<Page.Block> b = new ArrayList<>();
      b.add(new Page.Heading("Threshold: " + r.axis().key().key()));
      b.add(new Page.Text(SensitivityRenderer.caption(r) + "."));
      b.add(
          r.crossings().isEmpty()
              ? new Page.Text(renderer.noCrossing(r) + ".")
              : Page.Table.of(renderer.thresholdTable(r)));
      return b;
    }

    @Override
    public List<Page.Block> twoWay(TwoWay r) {
      List<Page.Block> b = new ArrayList<>();
      b.add(new Page.Heading("Two-way: " + r.x().key().key() + " x " + r.y().key().key()));
      b.add(new Page.Text(SensitivityRenderer.caption(r) + "."));
      b.add(new Page.Text(SensitivityRenderer.POLICY_MAP_CAPTION + "."));
      b.add(Page.Table.of(renderer.policyMapTable(r)));
      b.add(new Page.Text(SensitivityRenderer.TWO_WAY_ADVANTAGE_CAPTION + "."));
      b.add(Page.Table.of(renderer.twoWayAdvantageTable(r)));
      if (r.breakEven().isEmpty()) {
        b.add(new Page.Text(SensitivityRenderer.NO_BREAK_EVEN + "."));
      } else {
        b.add(new Page.Text(SensitivityRenderer.BREAK_EVEN_CAPTION + "."));
        b.add(Page.Table.of(SensitivityRenderer.breakEvenTable(r)));
      }
      return b;
    }
  }
}
