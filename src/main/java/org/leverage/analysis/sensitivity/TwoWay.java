package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leverage.model.ParameterKey;

/**
 * A two-way sensitivity analysis: the outcomes on the grid of two parameters' values, every other
 * parameter at its base value; the preferred regime in each cell is the policy map. The break-even
 * curve is traced where the US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING crosses zero
 * along the grid lines: between two adjacent grid points whose advantages have opposite signs, the
 * zero of the straight line through them; a grid point whose advantage is exactly zero is on the
 * curve itself. Immutable.
 *
 * @param x the first parameter's axis
 * @param y the second parameter's axis
 * @param cells {@code cells.get(i).get(j)} is the evaluation at the {@code i}-th value of {@code x}
 *     and the {@code j}-th of {@code y}
 * @param breakEven the points of the break-even curve, for each grid point in order of {@code y},
 *     then {@code x}: the point itself, the crossing towards the next {@code x}, the crossing
 *     towards the next {@code y}
 */
public record TwoWay(Axis x, Axis y, List<List<Evaluation>> cells, List<TwoWay.BreakEven> breakEven)
    implements SensitivityResult {

  public TwoWay {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    cells = cells.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    breakEven = ImmutableList.copyOf(breakEven);
  }

  /** A point where the advantage is zero, by linear interpolation along a grid line. */
  public record BreakEven(double x, double y) {}

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.twoWay(this);
  }

  /** The grid of two axes of different parameters. */
  public record Request(Axis x, Axis y) implements SensitivityAnalysis {

    public Request {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      if (x.key() == y.key()) {
        throw new IllegalArgumentException(
            "a two-way analysis needs two different parameters but was given "
                + x.key().key()
                + " twice");
      }
    }

    @Override
    public long plannedEvaluations() {
      return (long) x.values().size() * y.values().size();
    }

    @Override
    public TwoWay run(Sweep sweep, Evaluation base, Progress progress) {
      List<Double> xs = x.values();
      List<Double> ys = y.values();
      List<Map<ParameterKey, Double>> points = new ArrayList<>();
      for (double xv : xs) {
        for (double yv : ys) {
          Map<ParameterKey, Double> p = new EnumMap<>(ParameterKey.class);
          p.put(x.key(), xv);
          p.put(y.key(), yv);
          points.add(p);
        }
      }
      List<Evaluation> evaluated = Points.evaluate(sweep, points, progress);
      List<List<Evaluation>> cells = new ArrayList<>();
      for (int i = 0; i < xs.size(); i++) {
        cells.add(evaluated.subList(i * ys.size(), (i + 1) * ys.size()));
      }
      return new TwoWay(x, y, cells, breakEven(xs, ys, cells));
    }

    private static List<BreakEven> breakEven(
        List<Double> xs, List<Double> ys, List<List<Evaluation>> cells) {
      List<BreakEven> out = new ArrayList<>();
      for (int j = 0; j < ys.size(); j++) {
        for (int i = 0; i < xs.size(); i++) {
          double a = cells.get(i).get(j).advantage();
          if (a == 0) {
            out.add(new BreakEven(xs.get(i), ys.get(j)));
          }
          if (i + 1 < xs.size() && opposite(a, cells.get(i + 1).get(j).advantage())) {
            double next = cells.get(i + 1).get(j).advantage();
            out.add(new BreakEven(zero(xs.get(i), xs.get(i + 1), a, next), ys.get(j)));
          }
          if (j + 1 < ys.size() && opposite(a, cells.get(i).get(j + 1).advantage())) {
            double next = cells.get(i).get(j + 1).advantage();
            out.add(new BreakEven(xs.get(i), zero(ys.get(j), ys.get(j + 1), a, next)));
          }
        }
      }
      return out;
    }

    private static boolean opposite(double a, double b) {
      return Math.signum(a) * Math.signum(b) < 0;
    }

    /**
     * The zero of the line through {@code (u, a)} and {@code (v, b)}, {@code a} and {@code b} of
     * opposite signs.
     */
    private static double zero(double u, double v, double a, double b) {
      return u + (v - u) * (a / (a - b));
    }
  }
}
