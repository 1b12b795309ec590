package org.leverage.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;

/**
 * A scenario as read from its file, with the line of each parameter so that later messages
 * (warnings, what-ifs) can point at it.
 *
 * @param source the file as named on the command line
 * @param scenario the scenario read
 * @param lines the line of each parameter's key
 */
public record ScenarioFile(String source, Scenario scenario, Map<ParameterKey, Integer> lines) {

  public ScenarioFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(scenario, "scenario");
    lines = ImmutableMap.copyOf(lines);
  }

  /**
   * One line per parameter of {@code current} (this scenario after what-ifs) whose value lies
   * outside its plausible range {@code [low, high]}, naming where the value was set: {@code
   * "games/x.yaml:25: doubling_years = 3 lies outside its plausible range [0.25, 1.67]"}.
   *
   * @param overridden the keys whose value was set on the command line
   */
  public ImmutableList<String> rangeWarnings(Scenario current, Set<ParameterKey> overridden) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (ParameterSpec s : current.outsideRange()) {
      String where =
          overridden.contains(s.key())
              ? "--set " + s.key().key()
              : source + ":" + lines.get(s.key()) + ": " + s.key().key();
      out.add(
          where
              + " = "
              + MessageText.number(s.value())
              + " lies outside its plausible range ["
              + MessageText.number(s.low())
              + ", "
              + MessageText.number(s.high())
              + "]");
    }
    return out.build();
  }
}
