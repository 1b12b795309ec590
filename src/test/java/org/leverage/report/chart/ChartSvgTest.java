package org.leverage.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartSvgTest {

  private static final ChartFrame FRAME =
      new ChartFrame("chart-a", "A title", "year", "share", 480, 300);

  private static LineChartSvg lines(ChartFrame frame) {
    return new LineChartSvg(
        frame,
        List.of(
            new XySeries(
                "first",
                Palette.colour(0),
                List.of(
                    new XySeries.Point(0, 0.1),
                    new XySeries.Point(0.5, 0.25),
                    new XySeries.Point(1, 0.2))),
            new XySeries(
                "second",
                Palette.colour(1),
                List.of(new XySeries.Point(0, 0.3), new XySeries.Point(1, 0.35)))));
  }

  private static BarChartSvg bars(ChartFrame frame) {
    return new BarChartSvg(
        frame,
        List.of("US", "China"),
        List.of(
            new BarSeries("first", Palette.colour(0), List.of(-8428.5, 1200.0)),
            new BarSeries("second", Palette.colour(1), List.of(-10065.1, 900.0))));
  }

  @Test
  void lineChartIsOneSvgElementWithTheFramesIdAndSize() {
    String svg = lines(FRAME).render();
    assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
    assertTrue(svg.endsWith("</svg>"));
    assertTrue(svg.contains("id='chart-a'"));
    assertTrue(svg.contains("viewBox='0 0 480 300'"));
    assertTrue(svg.contains("A title"));
    assertTrue(svg.contains(">first<") && svg.contains(">second<"), "legend");
    assertEquals(1, count(svg, "<svg"));
  }

  @Test
  void everyIdInsideAChartStartsWithItsFrameId() {
    for (String svg :
        List.of(
            lines(FRAME).render(),
            bars(FRAME).render(),
            bars(FRAME).stacked().horizontal().render())) {
      Matcher m = Pattern.compile("\\bid='([^']*)'").matcher(svg);
      int ids = 0;
      while (m.find()) {
        assertTrue(m.group(1).startsWith("chart-a"), m.group(1));
        ids++;
      }
      assertTrue(ids >= 1);
    }
  }

  @Test
  void sameChartSameBytes() {
    assertEquals(lines(FRAME).render(), lines(FRAME).render());
    assertEquals(bars(FRAME).render(), bars(FRAME).render());
    assertEquals(bars(FRAME).stacked().render(), bars(FRAME).stacked().render());
  }

  @Test
  void textIsEscaped() {
    ChartFrame frame = new ChartFrame("chart-b", "<b>&", "x", "y", 300, 200);
    String svg = lines(frame).render();
    assertFalse(svg.contains("<b>"));
    assertTrue(svg.contains("&lt;b&gt;&amp;"));
  }

  @Test
  void barsTakeTheirSeriesColour() {
    String svg = bars(FRAME).render();
    assertTrue(svg.contains("rgb(0,114,178)") || svg.contains("#0072b2"), "first colour");
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ChartFrame("Bad id", "t", "x", "y", 300, 200));
    assertTrue(e.getMessage().contains("Bad id"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new BarChartSvg(
                    FRAME,
                    List.of("a", "b"),
                    List.of(new BarSeries("s", Palette.colour(0), List.of(1.0)))));
    assertTrue(e.getMessage().contains("expected 2"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new LineChartSvg(
                    FRAME,
                    List.of(
                        new XySeries("s", Palette.colour(0), List.of()),
                        new XySeries("s", Palette.colour(1), List.of()))));
    assertTrue(e.getMessage().contains("\"s\" repeats"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new XySeries.Point(0, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> lines(FRAME).yRange(1, 0));
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
