package org.leverage.report.chart;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * One named set of bars of a {@link BarChartSvg}: one value per category, in the chart's category
 * order.
 *
 * @param name shown in the legend; unique within a chart
 * @param colour of its bars
 * @param values finite, one per category
 */
public record BarSeries(String name, Color colour, List<Double> values) {

  public BarSeries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(colour, "colour");
    values = ImmutableList.copyOf(values);
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "bar values must be finite but series \"" + name + "\" has " + v);
      }
    }
  }
}
