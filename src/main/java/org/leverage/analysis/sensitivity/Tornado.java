package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leverage.model.ParameterKey;

/**
 * A tornado diagram of the US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING: each
 * parameter whose range has {@code low < high} is moved to its low and to its high end, every other
 * parameter at its base value, and the bars are ranked by the swing they cause, {@code
 * |advantage(high) - advantage(low)|}, largest first; equal swings keep the order of the model's
 * parameter table. Immutable.
 *
 * <p>The diagram is the one-at-a-time sensitivity display of decision analysis (R. A. Howard,
 * "Decision analysis: practice and promise", Management Science 34, 1988): it shows which
 * uncertainties matter for the decision, not how they interact, and a parameter whose effect is not
 * monotone can move the advantage more inside its range than between its ends.
 *
 * @param base the scenario's evaluation; its advantage is the diagram's base line
 * @param bars one per parameter moved, ranked
 */
public record Tornado(Evaluation base, List<Tornado.Bar> bars) implements SensitivityResult {

  /** Largest swing first; equal swings in the order of the parameter table. */
  private static final Comparator<Bar> RANKING =
      Comparator.comparingDouble((Bar b) -> b.swing())
          .reversed()
          .thenComparingInt(b -> b.key().ordinal());

  public Tornado {
    Objects.requireNonNull(base, "base");
    bars = ImmutableList.copyOf(bars);
  }

  /**
   * One parameter moved across its range.
   *
   * @param key the parameter
   * @param source the scenario's source for the parameter's value and range
   * @param low the low end used (a lattice point for a discrete parameter)
   * @param high the high end used
   * @param atLow the outcomes at {@code low}
   * @param atHigh the outcomes at {@code high}
   */
  public record Bar(
      ParameterKey key,
      String source,
      double low,
      double high,
      Evaluation atLow,
      Evaluation atHigh) {

    public Bar {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(atLow, "atLow");
      Objects.requireNonNull(atHigh, "atHigh");
    }

    /** {@code |advantage(high) - advantage(low)|} (USD bn). */
    public double swing() {
      return Math.abs(atHigh.advantage() - atLow.advantage());
    }
  }

  /**
   * Whether the parameter's range crosses the break-even: the preferred regime is not the same at
   * its low end, at the base and at its high end.
   */
  public boolean crossesBreakEven(Bar bar) {
    return !(bar.atLow().preferred().equals(base.preferred())
        && bar.atHigh().preferred().equals(base.preferred()));
  }

  @Override
  public <T> T accept(Visitor<T> visitor) {
    return visitor.tornado(this);
  }

  /**
   * The tornado over the axes whose range has {@code low < high} (the others move nothing).
   *
   * @param axes at most one per parameter; only their ends are used
   */
  public record Request(List<Axis> axes) implements SensitivityAnalysis {

    public Request {
      Set<ParameterKey> seen = EnumSet.noneOf(ParameterKey.class);
      for (Axis a : axes) {
        if (!seen.add(a.key())) {
          throw new IllegalArgumentException("the tornado moves " + a.key().key() + " twice");
        }
      }
      axes = axes.stream().filter(a -> a.low() < a.high()).collect(ImmutableList.toImmutableList());
    }

    @Override
    public long plannedEvaluations() {
      return 2L * axes.size();
    }

    @Override
    public Tornado run(Sweep sweep, Evaluation base, Progress progress) {
      List<Map<ParameterKey, Double>> points = new ArrayList<>();
      for (Axis a : axes) {
        points.add(Points.point(a.key(), a.low()));
        points.add(Points.point(a.key(), a.high()));
      }
      List<Evaluation> evaluated = Points.evaluate(sweep, points, progress);
      List<Bar> bars = new ArrayList<>();
      for (int i = 0; i < axes.size(); i++) {
        Axis a = axes.get(i);
        bars.add(
            new Bar(
                a.key(),
                sweep.base().spec(a.key()).source(),
                a.low(),
                a.high(),
                evaluated.get(2 * i),
                evaluated.get(2 * i + 1)));
      }
      bars.sort(RANKING);
      return new Tornado(base, bars);
    }
  }
}
