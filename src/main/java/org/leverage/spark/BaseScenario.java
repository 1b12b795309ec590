package org.leverage.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;

/**
 * What an executor needs of the scenario a sweep varies: its name, title, model and every
 * parameter's value, range and source. The distributions are left behind: an evaluation depends on
 * the parameters' values only, and the points are drawn on the driver.
 *
 * @param name the scenario's name
 * @param title its title
 * @param model its model identifier
 * @param values each parameter's value, indexed by {@link ParameterKey#ordinal()}
 * @param lows each parameter's low end, likewise
 * @param highs each parameter's high end, likewise
 * @param sources each parameter's source, likewise
 */
record BaseScenario(
    String name,
    String title,
    String model,
    double[] values,
    double[] lows,
    double[] highs,
    String[] sources)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static BaseScenario of(Scenario s) {
    int n = s.specs().size();
    double[] values = new double[n];
    double[] lows = new double[n];
    double[] highs = new double[n];
    String[] sources = new String[n];
    for (ParameterSpec p : s.specs()) {
      int i = p.key().ordinal();
      values[i] = p.value();
      lows[i] = p.low();
      highs[i] = p.high();
      sources[i] = p.source();
    }
    return new BaseScenario(s.name(), s.title(), s.model(), values, lows, highs, sources);
  }

  /** The scenario again, without distributions. */
  Scenario scenario() {
    List<ParameterSpec> specs = new ArrayList<>();
    for (ParameterKey k : ParameterKey.values()) {
      int i = k.ordinal();
      specs.add(new ParameterSpec(k, values[i], lows[i], highs[i], sources[i], Optional.empty()));
    }
    return new Scenario(name, title, model, specs);
  }
}
