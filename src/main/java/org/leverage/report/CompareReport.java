package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.RegimeOutcome;

/**
 * The files of {@code compare --report DIR}, by name: {@code results.json} (the JSON contract) and
 * one CSV per regime path ({@code path-full_decoupling.csv}, ...). The caller writes them.
 */
public final class CompareReport {

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
    return files.build();
  }

  /** The name of a regime's path CSV, e.g. {@code path-strategic_dependency.csv}. */
  static String pathFile(RegimeOutcome o) {
    return "path-" + o.regime().name().toLowerCase(java.util.Locale.ROOT) + ".csv";
  }

  String command() {
    return command;
  }
}
