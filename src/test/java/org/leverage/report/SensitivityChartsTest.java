package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leverage.analysis.sensitivity.Axis;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.TwoWay;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;
import org.leverage.report.chart.PolicyMapSvg;
import org.leverage.report.chart.XySeries;

/** The break-even curve of a two-way policy map, joined square by square. */
class SensitivityChartsTest {

  /**
   * A 3 x 3 grid over [0, 1]^2 with advantage x - y - 1/4: the break-even is the line y = x - 1/4,
   * crossing the grid lines at (1/4, 0), (1/2, 1/4), (3/4, 1/2) and (1, 3/4), listed as the two-way
   * analysis lists them.
   */
  private static TwoWay diagonal() {
    Axis x = new Axis(ParameterKey.EROSION, 0, 1, 3, 0);
    Axis y = new Axis(ParameterKey.INDIGENIZE_EFFECT, 0, 1, 3, 0);
    List<List<Evaluation>> cells = new ArrayList<>();
    for (double xv : x.values()) {
      List<Evaluation> column = new ArrayList<>();
      for (double yv : y.values()) {
        column.add(evaluation(xv - yv - 0.25));
      }
      cells.add(column);
    }
    List<TwoWay.BreakEven> curve =
        List.of(
            new TwoWay.BreakEven(0.25, 0),
            new TwoWay.BreakEven(0.5, 0.25),
            new TwoWay.BreakEven(0.75, 0.5),
            new TwoWay.BreakEven(1, 0.75));
    return new TwoWay(x, y, cells, curve);
  }

  private static Evaluation evaluation(double advantage) {
    Map<Regime, Double> zero = new EnumMap<>(Regime.class);
    for (Regime g : Regime.values()) {
      zero.put(g, 0.0);
    }
    Optional<Regime> preferred =
        advantage > 0
            ? Optional.of(Regime.STRATEGIC_DEPENDENCY)
            : Optional.of(Regime.FULL_DECOUPLING);
    return new Evaluation(zero, zero, zero, advantage, preferred);
  }

  private static PolicyMapSvg.Segment segment(double x0, double y0, double x1, double y1) {
    return new PolicyMapSvg.Segment(new XySeries.Point(x0, y0), new XySeries.Point(x1, y1));
  }

  @Test
  void theBreakEvenPointsOfEachGridSquareAreJoined() {
    // Squares in order of y, then x: [0, 1/2]^2, [1/2, 1] x [0, 1/2], [1/2, 1]^2 (the square
    // [0, 1/2] x [1/2, 1] has none); each pair in order around its square from its low corner.
    assertEquals(
        List.of(
            segment(0.25, 0, 0.5, 0.25),
            segment(0.75, 0.5, 0.5, 0.25),
            segment(0.75, 0.5, 1, 0.75)),
        SensitivityCharts.segments(diagonal()));
  }

  @Test
  void aCurveAlongAGridLineIsDrawnOnce() {
    // The advantage is exactly zero on the whole column x = 1/2: its three points are on the
    // curve, and the two segments between them border two squares each.
    Axis x = new Axis(ParameterKey.EROSION, 0, 1, 3, 0);
    Axis y = new Axis(ParameterKey.INDIGENIZE_EFFECT, 0, 1, 3, 0);
    List<List<Evaluation>> cells = new ArrayList<>();
    for (double xv : x.values()) {
      List<Evaluation> column = new ArrayList<>();
      for (int j = 0; j < 3; j++) {
        column.add(evaluation(xv - 0.5));
      }
      cells.add(column);
    }
    List<TwoWay.BreakEven> curve =
        List.of(
            new TwoWay.BreakEven(0.5, 0),
            new TwoWay.BreakEven(0.5, 0.5),
            new TwoWay.BreakEven(0.5, 1));
    assertEquals(
        List.of(segment(0.5, 0, 0.5, 0.5), segment(0.5, 0.5, 0.5, 1)),
        SensitivityCharts.segments(new TwoWay(x, y, cells, curve)));
  }
}
