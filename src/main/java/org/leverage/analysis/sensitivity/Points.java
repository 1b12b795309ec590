package org.leverage.analysis.sensitivity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leverage.model.ParameterKey;

/** Evaluations of lists of points on a {@link Sweep}, each one reported to a {@link Progress}. */
final class Points {

  private Points() {}

  /** The evaluations of {@code points}, in their order. */
  static List<Evaluation> evaluate(
      Sweep sweep, List<Map<ParameterKey, Double>> points, Progress progress) {
    return sweep.evaluate(points, finished -> progress.step());
  }

  /** The evaluations with {@code key} at each of {@code values}, the others at base, in order. */
  static List<Evaluation> along(
      Sweep sweep, ParameterKey key, List<Double> values, Progress progress) {
    List<Map<ParameterKey, Double>> points = new ArrayList<>();
    for (double v : values) {
      points.add(point(key, v));
    }
    return evaluate(sweep, points, progress);
  }

  /** The point that changes {@code key} to {@code value}. */
  static Map<ParameterKey, Double> point(ParameterKey key, double value) {
    Map<ParameterKey, Double> p = new EnumMap<>(ParameterKey.class);
    p.put(key, value);
    return p;
  }
}
