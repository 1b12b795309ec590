package org.leverage.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leverage.game.dynamic.UnitGrid;

/**
 * A complete set of values of reference model v1's parameters, each inside its hard {@link Domain},
 * with the initial state on the grid. Immutable; {@link #with} makes a changed copy.
 */
public final class Parameters {

  private static final ParameterKey[] KEYS = ParameterKey.values();

  private final double[] values;

  private Parameters(double[] values) {
    this.values = values;
  }

  /**
   * The parameter set with {@code values}, which must hold every key.
   *
   * @throws IllegalArgumentException naming the key and the rule it breaks
   */
  public static Parameters of(Map<ParameterKey, Double> values) {
    double[] v = new double[KEYS.length];
    for (ParameterKey k : KEYS) {
      Double x = values.get(k);
      if (x == null) {
        throw new IllegalArgumentException("missing parameter " + k.key());
      }
      v[k.ordinal()] = x;
    }
    Parameters p = new Parameters(v);
    p.problem()
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem.message());
            });
    return p;
  }

  /** A broken rule: which parameter and what the rule says, in one line. */
  public record Problem(ParameterKey key, String message) {}

  /**
   * The first rule that the values in {@code values} break, or empty: a value outside its key's
   * domain, or an initial state off the grid. Keys missing from {@code values} are not checked.
   */
  public static Optional<Problem> check(Map<ParameterKey, Double> values) {
    for (Map.Entry<ParameterKey, Double> e : new EnumMap<>(values).entrySet()) {
      Optional<String> rule = e.getKey().domain().violation(e.getValue());
      if (rule.isPresent()) {
        return Optional.of(
            new Problem(
                e.getKey(), e.getKey().key() + " " + rule.get() + " but was " + e.getValue()));
      }
    }
    Optional<Problem> s = offGrid(values, ParameterKey.SELF_SUFFICIENCY0, ParameterKey.GRID_S);
    return s.isPresent() ? s : offGrid(values, ParameterKey.CHOKEPOINT0, ParameterKey.GRID_E);
  }

  private static Optional<Problem> offGrid(
      Map<ParameterKey, Double> values, ParameterKey point, ParameterKey grid) {
    Double x = values.get(point);
    Double n = values.get(grid);
    if (x == null || n == null || new UnitGrid(n.intValue()).indexOf(x).isPresent()) {
      return Optional.empty();
    }
    int intervals = n.intValue() - 1;
    return Optional.of(
        new Problem(
            point,
            point.key()
                + " must lie on the grid of "
                + grid.key()
                + " = "
                + n.intValue()
                + " points (a multiple of 1/"
                + intervals
                + ") but was "
                + x));
  }

  private Optional<Problem> problem() {
    return check(asMap());
  }

  /** The value of {@code key}. */
  public double get(ParameterKey key) {
    return values[key.ordinal()];
  }

  /**
   * The value of an integer parameter ({@code horizon_periods}, {@code grid_s}, {@code grid_e}).
   */
  public int integer(ParameterKey key) {
    if (!key.domain().integer()) {
      throw new IllegalArgumentException(key.key() + " is not a whole-number parameter");
    }
    return (int) values[key.ordinal()];
  }

  /**
   * A copy with {@code key} set to {@code value}.
   *
   * @throws IllegalArgumentException naming the key and the rule the new value breaks
   */
  public Parameters with(ParameterKey key, double value) {
    double[] v = values.clone();
    v[key.ordinal()] = value;
    Parameters p = new Parameters(v);
    p.problem()
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem.message());
            });
    return p;
  }

  /** Every value by key, in the order of {@link ParameterKey}. */
  public Map<ParameterKey, Double> asMap() {
    EnumMap<ParameterKey, Double> m = new EnumMap<>(ParameterKey.class);
    for (ParameterKey k : KEYS) {
      m.put(k, values[k.ordinal()]);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameters p && Arrays.equals(p.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Objects.toString(asMap());
  }
}
