package org.leverage.analysis.sensitivity;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;

/**
 * Where the points of a sweep are evaluated: on worker threads of this process ({@link #threads}),
 * or elsewhere, e.g. the partitions of a Spark job ({@code org.leverage.spark}). Every
 * implementation evaluates each point as {@link Sweep#evaluate(Map)} does, so the evaluations, and
 * everything computed from them, do not depend on where they ran.
 */
@FunctionalInterface
public interface Evaluator {

  /**
   * The evaluations of {@code points}, in their order: {@code base} with each point's values
   * changed, all four regimes solved.
   *
   * @param done called with the number of points finished so far (for a progress bar); an
   *     implementation that runs elsewhere may call it only at the end, or never
   * @throws IllegalArgumentException when a point breaks a parameter's hard domain, naming it
   * @throws org.leverage.solve.SolverLimitException when a point's solve reaches a solver limit
   */
  List<Evaluation> evaluate(
      Scenario base, List<Map<ParameterKey, Double>> points, IntConsumer done);

  /** Evaluates on {@code threads} worker threads of this process, at least 1. */
  static Evaluator threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    return (base, points, done) -> new Sweep(base, threads).evaluate(points, done);
  }
}
