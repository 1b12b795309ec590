package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.leverage.analysis.sensitivity.SensitivityResult;
import org.leverage.analysis.sensitivity.SensitivityResults;

/**
 * The files of {@code sensitivity --report DIR}, by name: {@code results.json} (the JSON contract),
 * one CSV per analysis, named by {@link SensitivityRenderer#csvName}, {@code report.html}
 * (self-contained: inline CSS and SVG charts, no scripts, nothing fetched), {@code report.md} (the
 * same page in Markdown) and the charts it links, one {@code .svg} file each ({@code
 * chart-oneway-erosion.svg}, {@code chart-tornado.svg}, ...). The caller writes them. The same
 * results and command always give the same bytes.
 */
public final class SensitivityReport {

  /** The HTML page. */
  public static final String HTML = CompareReport.HTML;

  /** The Markdown page. */
  public static final String MARKDOWN = CompareReport.MARKDOWN;

  private final SensitivityRenderer renderer;
  private final String command;

  /**
   * @param command the command line that produced the report, shown in it
   */
  public SensitivityReport(SensitivityRenderer renderer, String command) {
    this.renderer = renderer;
    this.command = command;
  }

  /**
   * File name to content, in a fixed order. Each analysis must have been asked for once, so that
   * the CSV names differ.
   */
  public Map<String, String> files(SensitivityResults r) {
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    files.put("results.json", renderer.json(r));
    for (SensitivityResult result : r.results()) {
      files.put(SensitivityRenderer.csvName(result), renderer.csv(result));
    }
    SensitivityCharts charts = SensitivityCharts.of(r);
    Page page = SensitivityPage.of(r, renderer, command, charts);
    page.addTo(files, charts.all());
    return files.buildOrThrow();
  }
}
