package org.leverage.model;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.leverage.io.ScenarioReader;

/** The bundled baseline scenario and seeded random parameter draws from its ranges, for tests. */
final class Scenarios {

  private Scenarios() {}

  static Scenario baseline() {
    try {
      return ScenarioReader.read(Path.of("games/chip-export-controls.yaml")).scenario();
    } catch (Exception e) {
      throw new AssertionError("the baseline scenario must read", e);
    }
  }

  /**
   * Every parameter drawn uniformly from the baseline's plausible range (whole numbers rounded), on
   * a {@code gridS x gridE} grid with the initial state moved to the nearest grid point, and at
   * most {@code maxHorizon} periods: small enough for many solves in a test.
   */
  static Parameters draw(Random random, int gridS, int gridE, int maxHorizon) {
    Scenario base = baseline();
    Map<ParameterKey, Double> v = new EnumMap<>(ParameterKey.class);
    for (ParameterSpec s : base.specs()) {
      double x = s.low() + random.nextDouble() * (s.high() - s.low());
      v.put(s.key(), s.key().domain().integer() ? Math.rint(x) : x);
    }
    v.put(ParameterKey.GRID_S, (double) gridS);
    v.put(ParameterKey.GRID_E, (double) gridE);
    v.put(ParameterKey.HORIZON_PERIODS, Math.min(maxHorizon, v.get(ParameterKey.HORIZON_PERIODS)));
    v.put(ParameterKey.SELF_SUFFICIENCY0, snap(v.get(ParameterKey.SELF_SUFFICIENCY0), gridS));
    v.put(ParameterKey.CHOKEPOINT0, snap(v.get(ParameterKey.CHOKEPOINT0), gridE));
    return Parameters.of(v);
  }

  private static double snap(double x, int size) {
    return (double) Math.round(x * (size - 1)) / (size - 1);
  }
}
