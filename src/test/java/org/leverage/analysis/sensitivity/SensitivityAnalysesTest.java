package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leverage.analysis.RegimeComparison;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Regime;
import org.leverage.model.RegimeOutcome;
import org.leverage.model.Scenario;

/** One-way, tornado, threshold and two-way analyses checked against direct evaluations. */
class SensitivityAnalysesTest {

  private static final Scenario BASELINE = SmallScenarios.read("chip-export-controls");
  private static final Scenario HAWK = SmallScenarios.read("hawk-world");

  private static SensitivityResult runOne(Scenario s, SensitivityAnalysis a, int threads) {
    return SensitivityResults.run(s, List.of(a), threads, Progress.NONE).results().get(0);
  }

  /** Every number of {@code e} has the bits of {@code compare}'s on the same parameters. */
  private static void assertReproducesCompare(Scenario s, Evaluation e) {
    RegimeComparison c = RegimeComparison.compare(s, List.of(Regime.values()), 2);
    for (RegimeOutcome o : c.outcomes()) {
      Regime g = o.regime();
      assertEquals(bits(o.usValue()), bits(e.us().get(g)), g + " US");
      assertEquals(bits(o.chinaValue()), bits(e.china().get(g)), g + " China");
      double end = o.path().get(o.path().size() - 1).selfSufficiency();
      assertEquals(bits(end), bits(e.finalSelfSufficiency().get(g)), g + " s_T");
    }
    var q = c.verdict().question().orElseThrow();
    assertEquals(bits(q.usAdvantage()), bits(e.advantage()));
    assertEquals(q.preferred(), e.preferred());
  }

  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  @Test
  void theOneWaySweepThroughTheBaseReproducesCompareExactly() {
    // 0.08 + 0.04 i: the base value 0.18 is not among them, so it is inserted.
    OneWay inserted =
        (OneWay)
            runOne(
                BASELINE,
                new OneWay.Request(Axis.of(BASELINE, ParameterKey.EROSION, 0.08, 0.28, 6)),
                2);
    assertEquals(7, inserted.points().size());
    OneWay.Point base = inserted.points().get(3);
    assertTrue(base.base());
    assertEquals(0.18, base.value());
    assertReproducesCompare(BASELINE, base.evaluation());
    // A range that starts at the base value evaluates it like any other point.
    OneWay starting =
        (OneWay)
            runOne(
                BASELINE,
                new OneWay.Request(Axis.of(BASELINE, ParameterKey.EROSION, 0.18, 0.3, 3)),
                1);
    assertTrue(starting.points().get(0).base());
    assertReproducesCompare(BASELINE, starting.points().get(0).evaluation());
    // Every other point is compare on the scenario with that one value changed.
    OneWay.Point other = inserted.points().get(5);
    assertFalse(other.base());
    assertReproducesCompare(BASELINE.with(ParameterKey.EROSION, other.value()), other.evaluation());
  }

  @Test
  void bandsFollowThePreferredRegime() {
    OneWay r =
        (OneWay)
            runOne(HAWK, new OneWay.Request(Axis.of(HAWK, ParameterKey.EROSION, 0, 0.1, 11)), 2);
    assertEquals(2, r.bands().size(), r.bands().toString());
    assertEquals(Optional.of(Regime.FULL_DECOUPLING), r.bands().get(0).preferred());
    assertEquals(Optional.of(Regime.STRATEGIC_DEPENDENCY), r.bands().get(1).preferred());
    assertEquals(0.0, r.bands().get(0).from());
    assertEquals(0.1, r.bands().get(1).to());
    assertTrue(r.bands().get(0).to() < r.bands().get(1).from());
  }

  @Test
  void aThresholdIsWhereTheAdvantageChangesSign() {
    Threshold r =
        (Threshold)
            runOne(
                HAWK,
                new Threshold.Request(
                    Axis.of(HAWK, ParameterKey.EROSION, 0, 0.35, 21),
                    Threshold.DEFAULT_RELATIVE_PRECISION),
                2);
    assertEquals(1, r.crossings().size(), r.crossings().toString());
    assertEquals(0.35e-6, r.precision(), 1e-20);
    Threshold.Crossing c = r.crossings().get(0);
    assertTrue(c.above().value() - c.below().value() <= r.precision());
    // Evaluated afresh just below and just above: the verdict differs, the advantage changes sign.
    Sweep sweep = new Sweep(HAWK, 1);
    Evaluation below = sweep.evaluate(Map.of(ParameterKey.EROSION, c.below().value()));
    Evaluation above = sweep.evaluate(Map.of(ParameterKey.EROSION, c.above().value()));
    assertEquals(Optional.of(Regime.FULL_DECOUPLING), below.preferred());
    assertEquals(Optional.of(Regime.STRATEGIC_DEPENDENCY), above.preferred());
    assertTrue(below.advantage() < 0 && above.advantage() > 0);
    assertTrue(c.estimate() > c.below().value() && c.estimate() < c.above().value());
  }

  @Test
  void aWholeNumberThresholdIsAPairOfAdjacentIntegers() {
    Threshold r =
        (Threshold)
            runOne(
                HAWK,
                new Threshold.Request(
                    Axis.of(HAWK, ParameterKey.HORIZON_PERIODS, 1, 40, 6),
                    Threshold.DEFAULT_RELATIVE_PRECISION),
                2);
    assertEquals(1, r.crossings().size());
    Threshold.Crossing c = r.crossings().get(0);
    assertEquals(1.0, c.above().value() - c.below().value());
    assertEquals(Math.rint(c.below().value()), c.below().value());
    Sweep sweep = new Sweep(HAWK, 1);
    assertNotEquals(
        sweep.evaluate(Map.of(ParameterKey.HORIZON_PERIODS, c.below().value())).preferred(),
        sweep.evaluate(Map.of(ParameterKey.HORIZON_PERIODS, c.above().value())).preferred());
  }

  @Test
  void noChangeInRangeIsAnAnswer() {
    Threshold r =
        (Threshold)
            runOne(
                BASELINE,
                new Threshold.Request(
                    Axis.of(BASELINE, ParameterKey.EROSION, 0.08, 0.35, 5),
                    Threshold.DEFAULT_RELATIVE_PRECISION),
                1);
    assertTrue(r.crossings().isEmpty());
    assertEquals(5, r.scan().size());
  }

  /**
   * A scenario in which only military_risk_weight and erosion have a range: the tornado has their
   * two bars, in the order of the swings computed directly.
   */
  @Test
  void theTornadoRanksTheSwingsOfAKnownModel() {
    List<ParameterSpec> specs = new ArrayList<>();
    for (ParameterSpec s : BASELINE.specs()) {
      boolean kept =
          s.key() == ParameterKey.MILITARY_RISK_WEIGHT || s.key() == ParameterKey.EROSION;
      specs.add(
          kept
              ? s
              : new ParameterSpec(
                  s.key(), s.value(), s.value(), s.value(), s.source(), s.distribution()));
    }
    Scenario two = new Scenario("two", "", Scenario.REFERENCE_V1, specs);
    List<Axis> axes = new ArrayList<>();
    for (ParameterSpec s : two.specs()) {
      axes.add(Axis.of(two, s.key(), s.low(), s.high(), 2));
    }
    Tornado t = (Tornado) runOne(two, new Tornado.Request(axes), 2);
    assertEquals(2, t.bars().size());
    Sweep sweep = new Sweep(two, 1);
    List<double[]> expected = new ArrayList<>();
    for (ParameterKey k : List.of(ParameterKey.EROSION, ParameterKey.MILITARY_RISK_WEIGHT)) {
      ParameterSpec s = two.spec(k);
      double swing =
          Math.abs(
              sweep.evaluate(Map.of(k, s.high())).advantage()
                  - sweep.evaluate(Map.of(k, s.low())).advantage());
      expected.add(new double[] {k.ordinal(), swing});
    }
    expected.sort(Comparator.comparingDouble((double[] e) -> -e[1]));
    for (int i = 0; i < 2; i++) {
      assertEquals(ParameterKey.values()[(int) expected.get(i)[0]], t.bars().get(i).key());
      assertEquals(bits(expected.get(i)[1]), bits(t.bars().get(i).swing()));
    }
    assertEquals(ParameterKey.MILITARY_RISK_WEIGHT, t.bars().get(0).key());
    assertFalse(t.crossesBreakEven(t.bars().get(0)));
  }

  @Test
  void aTornadoMarksTheRangesThatCrossTheBreakEven() {
    List<Axis> axes =
        List.of(
            Axis.of(HAWK, ParameterKey.EROSION, 0, 0.35, 2),
            Axis.of(HAWK, ParameterKey.CRISIS_EXIT, 0.2, 1, 2));
    Tornado t = (Tornado) runOne(HAWK, new Tornado.Request(axes), 2);
    Tornado.Bar erosion =
        t.bars().stream().filter(b -> b.key() == ParameterKey.EROSION).findFirst().orElseThrow();
    assertTrue(t.crossesBreakEven(erosion));
  }

  @Test
  void theTwoWayBreakEvenCurveLiesBetweenCellsOfOppositeSign() {
    TwoWay r =
        (TwoWay)
            runOne(
                HAWK,
                new TwoWay.Request(
                    Axis.of(HAWK, ParameterKey.EROSION, 0, 0.1, 4),
                    Axis.of(HAWK, ParameterKey.MILITARY_LEAK_TARGETED, 0.05, 0.6, 3)),
                2);
    List<Double> xs = r.x().values();
    List<Double> ys = r.y().values();
    assertEquals(4, r.cells().size());
    assertEquals(3, r.cells().get(0).size());
    assertFalse(r.breakEven().isEmpty());
    for (TwoWay.BreakEven p : r.breakEven()) {
      if (ys.contains(p.y())) {
        int j = ys.indexOf(p.y());
        int i = 0;
        while (xs.get(i + 1) < p.x()) {
          i++;
        }
        double a = r.cells().get(i).get(j).advantage();
        double b = r.cells().get(i + 1).get(j).advantage();
        assertTrue(a * b <= 0, p.toString());
        // The interpolated zero: a + (b - a) (x - x_i) / (x_{i+1} - x_i) = 0.
        double t = (p.x() - xs.get(i)) / (xs.get(i + 1) - xs.get(i));
        assertEquals(0, a + (b - a) * t, 1e-9 * Math.abs(a - b));
      } else {
        assertTrue(xs.contains(p.x()), p.toString());
      }
    }
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    List<SensitivityAnalysis> analyses =
        List.of(
            new OneWay.Request(Axis.of(HAWK, ParameterKey.EROSION, 0, 0.1, 5)),
            new Threshold.Request(
                Axis.of(HAWK, ParameterKey.EROSION, 0, 0.1, 5),
                Threshold.DEFAULT_RELATIVE_PRECISION),
            new TwoWay.Request(
                Axis.of(HAWK, ParameterKey.EROSION, 0, 0.1, 3),
                Axis.of(HAWK, ParameterKey.CRISIS_HAZARD, 0, 0.15, 3)));
    SensitivityResults one = SensitivityResults.run(HAWK, analyses, 1, Progress.NONE);
    SensitivityResults three = SensitivityResults.run(HAWK, analyses, 3, Progress.NONE);
    assertEquals(one, three);
  }
}
