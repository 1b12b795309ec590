package org.leverage.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leverage.io.ScenarioFile;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Option;

/**
 * The {@code --set KEY=VALUE} option of the commands that read a scenario, and the one reading of
 * parameter names and values typed on the command line.
 */
final class ScenarioOverrides {

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a parameter's value (repeatable), checked like the file's.")
  List<String> sets = new ArrayList<>();

  /**
   * A scenario after the {@code --set}s, and one warning per value outside its plausible range.
   *
   * @param scenario the scenario with every {@code --set} applied
   * @param warnings one line each, without the {@code leverage: warning: } prefix
   */
  record Applied(Scenario scenario, List<String> warnings) {

    /** Prints the warnings on {@code err}, one line each. */
    void warn(PrintWriter err) {
      for (String warning : warnings) {
        err.println("leverage: warning: " + warning);
      }
    }
  }

  /**
   * The scenario of {@code read} with each {@code --set} applied in order.
   *
   * @throws UsageException naming the {@code --set} and the rule its value breaks
   */
  Applied apply(ScenarioFile read) {
    Scenario scenario = read.scenario();
    Set<ParameterKey> overridden = EnumSet.noneOf(ParameterKey.class);
    for (String s : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--set expects KEY=VALUE but was \"" + s + "\"");
      }
      String option = "--set " + s;
      ParameterKey k = key(option, s.substring(0, eq));
      double value = number(option, s.substring(eq + 1));
      try {
        scenario = scenario.with(k, value);
      } catch (IllegalArgumentException e) {
        throw new UsageException(option + ": " + e.getMessage());
      }
      overridden.add(k);
    }
    return new Applied(scenario, read.rangeWarnings(scenario, overridden));
  }

  /**
   * The parameter called {@code name} (surrounding blanks ignored).
   *
   * @param option the option as typed, named in the message
   * @throws UsageException {@code "OPTION: unknown parameter "NAME"; expected one of ..."}
   */
  static ParameterKey key(String option, String name) {
    String key = name.strip();
    return ParameterKey.byKey(key)
        .orElseThrow(
            () ->
                new UsageException(
                    option
                        + ": unknown parameter \""
                        + key
                        + "\"; expected one of "
                        + ParameterKey.allKeys()));
  }

  /**
   * A decimal number ({@code 0.18}, {@code 2e-3}) as the nearest double, read without a locale.
   *
   * @param option the option as typed, named in the message
   * @throws UsageException {@code "OPTION: the value must be a decimal number"}
   */
  static double number(String option, String text) {
    try {
      return new BigDecimal(text.strip()).doubleValue();
    } catch (NumberFormatException e) {
      throw new UsageException(
          option + ": the value must be a decimal number but was \"" + text.strip() + "\"");
    }
  }
}
