package org.leverage.spark;

import java.io.Serializable;
import java.util.Map;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.Sweep;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;

/**
 * How an executor evaluates one point of a sweep; serializable, since Spark ships it to the
 * executors. The job uses {@link #SWEEP}; tests substitute solvers that fail on purpose.
 */
@FunctionalInterface
public interface PointSolver extends Serializable {

  /** The local runner's evaluation of a point, {@link Sweep#evaluate(Map)} on one thread. */
  PointSolver SWEEP = (base, point) -> new Sweep(base, 1).evaluate(point);

  /**
   * The evaluation of {@code base} with the values of {@code point} changed.
   *
   * @throws org.leverage.solve.SolverLimitException when the solve reaches a solver limit
   */
  Evaluation solve(Scenario base, Map<ParameterKey, Double> point);
}
