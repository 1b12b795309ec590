package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leverage.model.Regime;

/**
 * A one-way sensitivity analysis: every outcome of an {@link Evaluation} (each regime's payoffs and
 * final self-sufficiency, the US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING, the
 * preferred regime) along one parameter's range, every other parameter at its base value, and the
 * bands of the range where each regime is preferred. Immutable.
 *
 * <p>The point at the base value is the scenario's own evaluation, so it reproduces {@code compare}
 * on the scenario bit for bit.
 *
 * @param axis the range swept
 * @param points the values evaluated, increasing: the axis's values, and the base value when it
 *     lies inside the range and is not one of them
 * @param bands the maximal runs of consecutive points with the same preferred regime, in order
 */
public record OneWay(Axis axis, List<OneWay.Point> points, List<OneWay.Band> bands)
    implements SensitivityResult {

  public OneWay {
    Objects.requireNonNull(axis, "axis");
    points = ImmutableList.copyOf(points);
    bands = ImmutableList.copyOf(bands);
  }

  /**
   * One value of the parameter and the outcomes there.
   *
   * @param value the parameter's value
   * @param base whether it is the scenario's base value
   * @param evaluation the outcomes, every other parameter at its base value
   */
  public record Point(double value, boolean base, Evaluation evaluation) {
    public Point {
      Objects.requireNonNull(evaluation, "evaluation");
    }
  }

  /**
   * A run of consecutive points with the same preferred regime. The switch to the next band lies
   * between {@code to} and the next band's {@code from}; a {@link Threshold} locates it.
   *
   * @param from the value of the run's first point
   * @param to the value of its last point
   * @param preferred the regime preferred at every point of the run, empty for an exact tie
   */
  public record Band(double from, double to, Optional<Regime> preferred) {
    public Band {
      Objects.requireNonNull(preferred, "preferred");
    }
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.oneWay(this);
  }

  /** The analysis of one axis. */
  public record Request(Axis axis) implements SensitivityAnalysis {

    public Request {
      Objects.requireNonNull(axis, "axis");
    }

    @Override
    public long plannedEvaluations() {
      return axis.values().size();
    }

    @Override
    public OneWay run(Sweep sweep, Evaluation base, Progress progress) {
      double baseValue = sweep.base().spec(axis.key()).value();
      List<Double> values = new ArrayList<>(axis.values());
      if (values.contains(baseValue)) {
        progress.step(); // planned, and taken from the base evaluation
      } else if (baseValue >= axis.low()
          && baseValue <= axis.high()
          && !values.contains(baseValue)) {
        int at = 0;
        while (values.get(at) < baseValue) {
          at++;
        }
        values.add(at, baseValue);
      }
      List<Double> others = values.stream().filter(v -> v != baseValue).toList();
      List<Evaluation> evaluated = Points.along(sweep, axis.key(), others, progress);
      List<Point> points = new ArrayList<>();
      int next = 0;
      for (double v : values) {
        boolean isBase = v == baseValue;
        points.add(new Point(v, isBase, isBase ? base : evaluated.get(next++)));
      }
      return new OneWay(axis, points, bands(points));
    }

    private static List<Band> bands(List<Point> points) {
      List<Band> bands = new ArrayList<>();
      int start = 0;
      for (int i = 1; i <= points.size(); i++) {
        Optional<Regime> preferred = points.get(start).evaluation().preferred();
        if (i == points.size() || !points.get(i).evaluation().preferred().equals(preferred)) {
          bands.add(new Band(points.get(start).value(), points.get(i - 1).value(), preferred));
          start = i;
        }
      }
      return bands;
    }
  }
}
