package org.leverage.report.chart;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every chart has: an id, a title, axis labels and a size.
 *
 * @param id the SVG element's id and the prefix of every id inside it, unique within the page the
 *     chart is placed in; lower-case letters, digits, {@code -} and {@code _}, starting with a
 *     letter (so it also serves as a file name)
 * @param title shown above the chart
 * @param xLabel the label of the horizontal axis (of the category axis of a bar chart)
 * @param yLabel the label of the vertical axis (of the value axis of a bar chart)
 * @param width in pixels, at least 100
 * @param height in pixels, at least 100
 */
public record ChartFrame(
    String id, String title, String xLabel, String yLabel, int width, int height) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");

  /** The smallest width and height a chart can be drawn in with its title, legend and axes. */
  public static final int MIN_SIZE = 100;

  public ChartFrame {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xLabel, "xLabel");
    Objects.requireNonNull(yLabel, "yLabel");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "chart id must be lower-case letters, digits, '-' and '_', starting with a letter, but"
              + " was \""
              + id
              + "\"");
    }
    if (width < MIN_SIZE || height < MIN_SIZE) {
      throw new IllegalArgumentException(
          "chart size must be at least "
              + MIN_SIZE
              + " x "
              + MIN_SIZE
              + " pixels but was "
              + width
              + " x "
              + height);
    }
  }
}
