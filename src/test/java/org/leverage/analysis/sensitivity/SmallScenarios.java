package org.leverage.analysis.sensitivity;

import java.nio.file.Path;
import org.leverage.io.ScenarioReader;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;

/** Bundled scenarios on a coarse 21 x 11 grid, so that tests can evaluate many points. */
final class SmallScenarios {

  private SmallScenarios() {}

  /** {@code games/NAME.yaml} with {@code s0 = 0.05}, {@code grid_s = 21}, {@code grid_e = 11}. */
  static Scenario read(String name) {
    try {
      return ScenarioReader.read(Path.of("games", name + ".yaml"))
          .scenario()
          .with(ParameterKey.SELF_SUFFICIENCY0, 0.05)
          .with(ParameterKey.GRID_S, 21)
          .with(ParameterKey.GRID_E, 11);
    } catch (Exception e) {
      throw new AssertionError("games/" + name + ".yaml must read", e);
    }
  }
}
