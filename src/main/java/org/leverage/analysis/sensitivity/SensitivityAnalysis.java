package org.leverage.analysis.sensitivity;

/**
 * A sensitivity analysis as asked for, ready to run on a {@link Sweep} of a scenario. Each kind
 * pairs with its result type: {@link OneWay.Request}, {@link Tornado.Request}, {@link
 * Threshold.Request}, {@link TwoWay.Request}. Running one is deterministic: its result does not
 * depend on the sweep's thread count.
 */
public interface SensitivityAnalysis {

  /**
   * The evaluations the analysis plans before it starts, for a progress bar; an adaptive search
   * plans more through {@link Progress#plan} as it goes.
   */
  long plannedEvaluations();

  /**
   * Runs the analysis.
   *
   * @param sweep evaluates parameter points of the scenario
   * @param base the evaluation of the scenario itself, at every base value
   * @param progress told of each evaluation
   */
  SensitivityResult run(Sweep sweep, Evaluation base, Progress progress);
}
