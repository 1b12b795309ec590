package org.leverage.report.chart;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * One named line of a {@link LineChartSvg}: its colour and its points in drawing order.
 *
 * @param name shown in the legend; unique within a chart
 * @param colour of the line and its markers
 * @param points finite coordinates; a point that does not exist (a quantity undefined in some
 *     period) is left out
 */
public record XySeries(String name, Color colour, List<Point> points) {

  public XySeries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(colour, "colour");
    points = ImmutableList.copyOf(points);
  }

  /**
   * A point of a series.
   *
   * @param x horizontal coordinate, finite
   * @param y vertical coordinate, finite
   */
  public record Point(double x, double y) {
    public Point {
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new IllegalArgumentException(
            "a chart point must have finite coordinates but was (" + x + ", " + y + ")");
      }
    }
  }
}
