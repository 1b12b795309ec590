package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.RegimeOutcome;

/**
 * The files of {@code compare --report DIR}, by name: {@code results.json} (the JSON contract), one
 * CSV per regime path ({@code path-full_decoupling.csv}, ...), {@code report.html} (self-contained:
 * inline CSS and SVG charts, no scripts, nothing fetched), {@code report.md} (the same page in
 * Markdown) and the charts it links, one {@code .svg} file each ({@code chart-payoffs.svg}, ...).
 * The caller writes them. The same comparison and command always give the same bytes.
 */
public final class CompareReport {

  /** The HTML page. */
  public static final String HTML = "report.html";

  /** The Markdown page. */
  public static final String MARKDOWN = "report.md";

  private final CompareRenderer renderer;
  private final String command;

  /**
   * @param command the command line that produced the report, shown in it
   */
  public CompareReport(CompareRenderer renderer, String command) {
    this.renderer = renderer;
    this.command = command;
  }

  /** File name to content, in a fixed order. */
  public Map<String, String> files(RegimeComparison c) {
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    files.put("results.json", renderer.json(c));
    for (RegimeOutcome o : c.outcomes()) {
      files.put(pathFile(o), renderer.csv(o));
    }
    CompareCharts charts = CompareCharts.of(c);
    Page page = ComparePage.of(c, renderer, command, charts);
    page.addTo(files, charts.all());
    return files.buildOrThrow();
  }

  /** The name of a regime's path CSV, e.g. {@code path-strategic_dependency.csv}. */
  static String pathFile(RegimeOutcome o) {
    return "path-" + o.regime().name().toLowerCase(Locale.ROOT) + ".csv";
  }
}
