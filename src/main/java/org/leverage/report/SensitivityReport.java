package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.leverage.analysis.sensitivity.SensitivityResult;
import org.leverage.analysis.sensitivity.SensitivityResults;

/**
 * The files of {@code sensitivity --report DIR}, by name: {@code results.json} (the JSON contract)
 * and one CSV per analysis, named by {@link SensitivityRenderer#csvName}. The caller writes them.
 */
public final class SensitivityReport {

  private final SensitivityRenderer renderer;

  public SensitivityReport(SensitivityRenderer renderer) {
    this.renderer = renderer;
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
    return files.buildOrThrow();
  }
}
