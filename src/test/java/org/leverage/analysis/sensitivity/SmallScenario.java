package org.leverage.analysis.sensitivity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leverage.io.ScenarioReader;
import org.leverage.model.Distribution;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;

/**
 * The baseline scenario on an 11 x 11 grid over 8 periods (fast to solve), with distributions on
 * four parameters of different kinds.
 */
final class SmallScenario {

  private SmallScenario() {}

  static Scenario baseline() {
    try {
      return ScenarioReader.read(Path.of("games/chip-export-controls.yaml")).scenario();
    } catch (Exception e) {
      throw new AssertionError("the baseline scenario must read", e);
    }
  }

  /** The small grid without any distribution. */
  static Scenario certain() {
    Scenario s =
        baseline()
            .with(ParameterKey.SELF_SUFFICIENCY0, 0.1)
            .with(ParameterKey.GRID_S, 11)
            .with(ParameterKey.GRID_E, 11)
            .with(ParameterKey.HORIZON_PERIODS, 8);
    List<ParameterSpec> specs = new ArrayList<>();
    for (ParameterSpec p : s.specs()) {
      specs.add(
          new ParameterSpec(p.key(), p.value(), p.low(), p.high(), p.source(), Optional.empty()));
    }
    return new Scenario(s.name(), s.title(), s.model(), specs);
  }

  /** The small grid with distributions on doubling time, crisis hazard, erosion and theta. */
  static Scenario uncertain() {
    Scenario s = certain();
    s = give(s, ParameterKey.DOUBLING_YEARS, new Distribution.Triangular(0.25, 0.5, 1.67));
    s = give(s, ParameterKey.CRISIS_HAZARD, new Distribution.Uniform(0, 0.15));
    s = give(s, ParameterKey.EROSION, new Distribution.Beta(2, 3, 0.08, 0.35));
    return give(s, ParameterKey.MILITARY_RISK_WEIGHT, new Distribution.LogNormal(Math.log(5), 0.6));
  }

  /** {@code s} with {@code key}'s spec given {@code d}. */
  static Scenario give(Scenario s, ParameterKey key, Distribution d) {
    List<ParameterSpec> specs = new ArrayList<>(s.specs());
    ParameterSpec p = s.spec(key);
    specs.set(
        key.ordinal(),
        new ParameterSpec(key, p.value(), p.low(), p.high(), p.source(), Optional.of(d)));
    return new Scenario(s.name(), s.title(), s.model(), specs);
  }
}
