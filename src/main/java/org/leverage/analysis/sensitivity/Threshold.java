package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leverage.model.Regime;

/**
 * The break-even values of one parameter: where the regime preferred by the US between
 * FULL_DECOUPLING and STRATEGIC_DEPENDENCY changes (the US advantage of strategic dependency
 * changes sign), every other parameter at its base value. Immutable.
 *
 * <p>Method: the axis is scanned; each pair of consecutive scan points with different preferred
 * regimes brackets a change, and each bracket is bisected (its midpoint evaluated, the half whose
 * ends still differ kept: the bisection method, e.g. R. L. Burden, J. D. Faires, Numerical
 * Analysis, section 2.1) until it is at most {@link #precision()} wide on a continuous axis, or two
 * adjacent lattice points on a discrete one (adjacent whole numbers for {@code horizon_periods},
 * {@code grid_s}, {@code grid_e}). The brackets are bisected side by side, one round of midpoints
 * at a time, so the result does not depend on the thread count. Every change is found when changes
 * lie farther apart than the scan's spacing; two changes inside one scan interval cancel out and
 * are missed, so a scan with more points finds them.
 *
 * @param axis the range scanned
 * @param precision the widest bracket left on a continuous axis ({@code relativePrecision * (high -
 *     low)}); the lattice step {@code 1 / divisions} on a discrete axis
 * @param scan the scan's points, increasing
 * @param crossings one per change of the preferred regime, increasing; empty when there is none in
 *     range
 */
public record Threshold(
    Axis axis, double precision, List<Threshold.Point> scan, List<Threshold.Crossing> crossings)
    implements SensitivityResult {

  /** The default bisection precision relative to the range's width: one millionth. */
  public static final double DEFAULT_RELATIVE_PRECISION = 1e-6;

  public Threshold {
    Objects.requireNonNull(axis, "axis");
    scan = ImmutableList.copyOf(scan);
    crossings = ImmutableList.copyOf(crossings);
  }

  /**
   * A value of the parameter and the verdict there.
   *
   * @param value the parameter's value
   * @param advantage STRATEGIC_DEPENDENCY's US payoff minus FULL_DECOUPLING's (USD bn)
   * @param preferred the regime preferred, empty for an exact tie
   */
  public record Point(double value, double advantage, Optional<Regime> preferred) {
    public Point {
      Objects.requireNonNull(preferred, "preferred");
    }

    static Point of(double value, Evaluation e) {
      return new Point(value, e.advantage(), e.preferred());
    }
  }

  /**
   * A change of the preferred regime, between two values at most {@link #precision()} apart (or
   * adjacent lattice points).
   *
   * @param below the last value evaluated before the change
   * @param above the first value evaluated after it
   */
  public record Crossing(Point below, Point above) {
    public Crossing {
      Objects.requireNonNull(below, "below");
      Objects.requireNonNull(above, "above");
    }

    /** The midpoint of the bracket: the break-even value to within half the precision. */
    public double estimate() {
      return below.value() + (above.value() - below.value()) / 2;
    }
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.threshold(this);
  }

  /**
   * The search on one axis.
   *
   * @param relativePrecision the widest bracket left, as a share of the range's width, in (0, 1)
   */
  public record Request(Axis axis, double relativePrecision) implements SensitivityAnalysis {

    public Request {
      Objects.requireNonNull(axis, "axis");
      if (!(relativePrecision > 0 && relativePrecision < 1)) {
        throw new IllegalArgumentException(
            "relative precision must be in (0, 1) but was " + relativePrecision);
      }
    }

    @Override
    public long plannedEvaluations() {
      return axis.values().size();
    }

    @Override
    public Threshold run(Sweep sweep, Evaluation base, Progress progress) {
      List<Double> values = axis.values();
      List<Evaluation> evaluated = Points.along(sweep, axis.key(), values, progress);
      List<Point> scan = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        scan.add(Point.of(values.get(i), evaluated.get(i)));
      }
      List<Point[]> brackets = new ArrayList<>();
      for (int i = 1; i < scan.size(); i++) {
        if (!scan.get(i - 1).preferred().equals(scan.get(i).preferred())) {
          brackets.add(new Point[] {scan.get(i - 1), scan.get(i)});
        }
      }
      double precision =
          axis.discrete() ? 1.0 / axis.divisions() : relativePrecision * (axis.high() - axis.low());
      List<Point[]> open = brackets;
      while (!open.isEmpty()) {
        List<Point[]> next = new ArrayList<>();
        List<Double> mids = new ArrayList<>();
        for (Point[] b : open) {
          OptionalDouble mid = midpoint(b[0].value(), b[1].value(), precision);
          if (mid.isPresent()) {
            next.add(b);
            mids.add(mid.getAsDouble());
          }
        }
        progress.plan(mids.size());
        List<Evaluation> at = Points.along(sweep, axis.key(), mids, progress);
        for (int i = 0; i < next.size(); i++) {
          Point[] b = next.get(i);
          Point m = Point.of(mids.get(i), at.get(i));
          b[m.preferred().equals(b[0].preferred()) ? 0 : 1] = m;
        }
        open = next;
      }
      List<Crossing> crossings = new ArrayList<>();
      for (Point[] b : brackets) {
        crossings.add(new Crossing(b[0], b[1]));
      }
      return new Threshold(axis, precision, scan, crossings);
    }

    /** The point halfway between two values, or none when they are close enough. */
    private OptionalDouble midpoint(double a, double b, double precision) {
      if (axis.discrete()) {
        long ia = axis.index(a);
        long ib = axis.index(b);
        return ib - ia > 1
            ? OptionalDouble.of(axis.at(ia + (ib - ia) / 2))
            : OptionalDouble.empty();
      }
      double m = a + (b - a) / 2;
      return b - a > precision && m > a && m < b ? OptionalDouble.of(m) : OptionalDouble.empty();
    }
  }
}
