package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leverage.model.Scenario;

/**
 * The sensitivity analyses of one scenario, run: the scenario's own evaluation and one result per
 * analysis, in the order asked. Immutable; independent of the thread count.
 *
 * @param scenario the scenario analysed (after any what-if changes)
 * @param base its evaluation at every base value
 * @param results one per analysis, in the order asked
 */
public record SensitivityResults(
    Scenario scenario, Evaluation base, List<SensitivityResult> results) {

  public SensitivityResults {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(base, "base");
    results = ImmutableList.copyOf(results);
  }

  /**
   * Evaluates {@code scenario} and runs each of {@code analyses} on it, one after another, each
   * spreading its points over {@code threads} worker threads.
   *
   * @throws IllegalArgumentException when a point breaks the model's rules, naming the rule
   */
  public static SensitivityResults run(
      Scenario scenario, List<SensitivityAnalysis> analyses, int threads, Progress progress) {
    return run(scenario, analyses, new Sweep(scenario, threads), progress);
  }

  /**
   * Evaluates {@code scenario} and runs each of {@code analyses} on it, one after another, every
   * point evaluated by {@code evaluator} (e.g. on a cluster): the same results as on threads.
   *
   * @throws IllegalArgumentException when a point breaks the model's rules, naming the rule
   */
  public static SensitivityResults run(
      Scenario scenario,
      List<SensitivityAnalysis> analyses,
      Evaluator evaluator,
      Progress progress) {
    return run(scenario, analyses, new Sweep(scenario, evaluator), progress);
  }

  private static SensitivityResults run(
      Scenario scenario, List<SensitivityAnalysis> analyses, Sweep sweep, Progress progress) {
    long planned = 1;
    for (SensitivityAnalysis a : analyses) {
      planned += a.plannedEvaluations();
    }
    progress.plan(planned);
    Evaluation base = sweep.evaluate(Map.of());
    progress.step();
    ImmutableList.Builder<SensitivityResult> results = ImmutableList.builder();
    for (SensitivityAnalysis a : analyses) {
      results.add(a.run(sweep, base, progress));
    }
    return new SensitivityResults(scenario, base, results.build());
  }
}
