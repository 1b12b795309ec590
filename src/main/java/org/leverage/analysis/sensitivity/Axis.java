package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leverage.model.ParameterKey;
import org.leverage.model.Parameters;
import org.leverage.model.Scenario;

/**
 * The values one parameter takes in a sensitivity analysis: {@code points} evenly spaced values
 * from {@code low} to {@code high}, both included.
 *
 * <p>A discrete parameter takes only the multiples {@code i / divisions} of whole {@code i} ({@link
 * Parameters#divisions}): the whole-number parameters ({@code horizon_periods}, {@code grid_s},
 * {@code grid_e}) and the initial state, which must lie on its grid ({@code self_sufficiency0},
 * {@code chokepoint0}). Its range is narrowed to the lattice points inside the range asked for, and
 * each evenly spaced value is rounded to the nearest lattice point (duplicates dropped), so a
 * discrete axis may have fewer values than {@code points}.
 *
 * @param key the parameter
 * @param low the smallest value, inside the key's hard domain (a lattice point when discrete)
 * @param high the largest value, at least {@code low} (a lattice point when discrete)
 * @param points how many evenly spaced values, at least 2 (one value when {@code low == high})
 * @param divisions 0 for a continuous parameter; otherwise the parameter takes only the values
 *     {@code i / divisions}
 */
public record Axis(ParameterKey key, double low, double high, int points, int divisions) {

  public Axis {
    Objects.requireNonNull(key, "key");
    checkRange(key, low, high, points);
    if (divisions < 0) {
      throw new IllegalArgumentException("divisions must be at least 0 but was " + divisions);
    }
    if (divisions > 0 && (lattice(index(low, divisions), divisions) != low)) {
      throw new IllegalArgumentException(
          key.key() + ": low " + number(low) + " is not a multiple of 1/" + divisions);
    }
    if (divisions > 0 && (lattice(index(high, divisions), divisions) != high)) {
      throw new IllegalArgumentException(
          key.key() + ": high " + number(high) + " is not a multiple of 1/" + divisions);
    }
  }

  /**
   * The axis of {@code key} over {@code [low, high]} in the scenario {@code base}: discrete when
   * the key is, with the range narrowed to its lattice points; every value checked against the
   * model's rules with the other parameters at their base values.
   *
   * @throws IllegalArgumentException naming the rule broken: {@code "low 0.3 must not exceed high
   *     0.1"}, {@code "erosion must be in [0, 1] but was 2"}, {@code "points must be at least 2 but
   *     was 0"}, a discrete range with no lattice point, or a value the model refuses with the base
   *     values ({@code "grid_s = 60: self_sufficiency0 must lie on the grid ..."})
   */
  public static Axis of(Scenario base, ParameterKey key, double low, double high, int points) {
    checkRange(key, low, high, points);
    Parameters p = base.parameters();
    int divisions = p.divisions(key);
    double lo = low;
    double hi = high;
    if (divisions > 0) {
      long first = ceilIndex(low, divisions);
      long last = floorIndex(high, divisions);
      if (first > last) {
        throw new IllegalArgumentException(
            key.key()
                + " takes only "
                + (divisions == 1 ? "whole numbers" : "multiples of 1/" + divisions)
                + " and there is none in ["
                + number(low)
                + ", "
                + number(high)
                + "]");
      }
      lo = lattice(first, divisions);
      hi = lattice(last, divisions);
    }
    Axis axis = new Axis(key, lo, hi, points, divisions);
    Map<ParameterKey, Double> values = p.asMap();
    for (double v : axis.values()) {
      values.put(key, v);
      Optional<Parameters.Problem> problem = Parameters.check(values);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(
            key.key() + " = " + number(v) + ": " + problem.get().message());
      }
    }
    return axis;
  }

  /** The same range with another number of points. */
  public Axis withPoints(int n) {
    return new Axis(key, low, high, n, divisions);
  }

  /** Whether the parameter takes only the multiples of {@code 1 / divisions}. */
  public boolean discrete() {
    return divisions > 0;
  }

  /**
   * The values, increasing: {@code low + (high - low) i / (points - 1)} for {@code i = 0 .. points
   * - 1}, with the ends exactly {@code low} and {@code high}; on a discrete axis each rounded to
   * the nearest lattice point, duplicates dropped.
   */
  public List<Double> values() {
    List<Double> out = new ArrayList<>();
    if (discrete()) {
      long first = index(low, divisions);
      long last = index(high, divisions);
      for (int i = 0; i < points; i++) {
        long k = first + Math.round((double) (last - first) * i / (points - 1));
        double v = lattice(k, divisions);
        if (out.isEmpty() || out.get(out.size() - 1) != v) {
          out.add(v);
        }
      }
      return ImmutableList.copyOf(out);
    }
    if (low == high) {
      return ImmutableList.of(low);
    }
    out.add(low);
    for (int i = 1; i < points - 1; i++) {
      out.add(low + (high - low) * i / (points - 1));
    }
    out.add(high);
    return ImmutableList.copyOf(out);
  }

  /** The index {@code i} of the lattice point {@code i / divisions} equal to {@code v}. */
  long index(double v) {
    return index(v, divisions);
  }

  /** The lattice point {@code i / divisions}. */
  double at(long i) {
    return lattice(i, divisions);
  }

  private static void checkRange(ParameterKey key, double low, double high, int points) {
    if (points < 2) {
      throw new IllegalArgumentException("points must be at least 2 but was " + points);
    }
    for (double x : new double[] {low, high}) {
      key.domain()
          .violation(x)
          .ifPresent(
              rule -> {
                throw new IllegalArgumentException(
                    key.key() + " " + rule + " but was " + number(x));
              });
    }
    if (!(low <= high)) {
      throw new IllegalArgumentException(
          "low " + number(low) + " must not exceed high " + number(high));
    }
  }

  private static double lattice(long i, int divisions) {
    return (double) i / divisions;
  }

  private static long index(double v, int divisions) {
    return Math.round(v * divisions);
  }

  /** The smallest {@code i} with {@code i / divisions >= x}. */
  private static long ceilIndex(double x, int divisions) {
    long i = (long) Math.floor(x * divisions) - 1;
    while (lattice(i, divisions) < x) {
      i++;
    }
    return i;
  }

  /** The largest {@code i} with {@code i / divisions <= x}. */
  private static long floorIndex(double x, int divisions) {
    long i = (long) Math.ceil(x * divisions) + 1;
    while (lattice(i, divisions) > x) {
      i--;
    }
    return i;
  }

  /** {@code x} as the shortest decimal that reads back as {@code x}: {@code 2}, {@code 0.18}. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
