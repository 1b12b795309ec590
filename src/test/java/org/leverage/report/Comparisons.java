package org.leverage.report;

import java.nio.file.Path;
import java.util.List;
import org.leverage.analysis.RegimeComparison;
import org.leverage.io.ScenarioReader;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;

/** The baseline scenario of {@code games/}, on a coarse grid so that tests solve it quickly. */
final class Comparisons {

  private Comparisons() {}

  /**
   * {@code games/chip-export-controls.yaml} on an 11 x 11 grid, China's self-sufficiency starting
   * at 0.1 (a point of that grid).
   */
  static Scenario baseline() {
    try {
      return ScenarioReader.read(Path.of("games/chip-export-controls.yaml"))
          .scenario()
          .with(ParameterKey.SELF_SUFFICIENCY0, 0.1)
          .with(ParameterKey.GRID_S, 11)
          .with(ParameterKey.GRID_E, 11);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the baseline scenario", e);
    }
  }

  /** Every regime of {@code scenario}, compared. */
  static RegimeComparison compare(Scenario scenario) {
    return RegimeComparison.compare(scenario, List.of(Regime.values()), 1);
  }
}
