package org.leverage.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link PolicyMapSvg} and {@link HistogramSvg}: what is drawn, in which colour, and how often. */
class MapAndHistogramSvgTest {

  private static final ChartFrame FRAME = new ChartFrame("chart-m", "A map", "x", "y", 480, 360);

  private static final List<PolicyMapSvg.Category> CATEGORIES =
      List.of(
          new PolicyMapSvg.Category("left", Palette.colour(0)),
          new PolicyMapSvg.Category("right", Palette.colour(1)),
          new PolicyMapSvg.Category("never", Palette.colour(2)));

  /** 4 x 3 points, uneven in x; the first column "left", the rest "right", "never" nowhere. */
  private static PolicyMapSvg map() {
    List<Integer> left = List.of(0, 0, 0);
    List<Integer> right = List.of(1, 1, 1);
    return new PolicyMapSvg(
        FRAME,
        List.of(0.0, 0.1, 0.3, 0.4),
        List.of(1.0, 2.0, 3.0),
        List.of(left, right, right, right),
        CATEGORIES);
  }

  private static PolicyMapSvg.Curve curve() {
    XySeries.Point a = new XySeries.Point(0.05, 1.0);
    XySeries.Point b = new XySeries.Point(0.05, 3.0);
    return new PolicyMapSvg.Curve(
        "break-even", Color.BLACK, List.of(a, b), List.of(new PolicyMapSvg.Segment(a, b)));
  }

  @Test
  void aMapHasOneBlockPerGridPointInItsCategorysColour() {
    String svg = map().render();
    assertEquals(3, filledRects(svg, Palette.colour(0)), "the column of 'left'");
    assertEquals(9, filledRects(svg, Palette.colour(1)), "three columns of 'right'");
    assertEquals(0, filledRects(svg, Palette.colour(2)));
    assertTrue(svg.contains(">left<") && svg.contains(">right<"), "legend");
    assertFalse(svg.contains(">never<"), "a category without a point is not in the legend");
  }

  @Test
  void blocksReachHalfwayToTheirNeighbours() {
    // x = 0, 0.1, 0.3, 0.4: blocks [-0.05, 0.05], [0.05, 0.2], [0.2, 0.35], [0.35, 0.45], whose
    // widths on the page are in the ratio 0.1 : 0.15 : 0.15 : 0.1.
    String svg = map().render();
    double left = rectWidths(svg, Palette.colour(0)).get(0);
    List<Long> ratios =
        rectWidths(svg, Palette.colour(1)).stream()
            .map(w -> Math.round(10 * w / left))
            .sorted()
            .toList();
    assertEquals(List.of(10L, 10L, 10L, 15L, 15L, 15L, 15L, 15L, 15L), ratios);
  }

  @Test
  void aCurveIsDrawnOverTheMapWithItsDotsAndSegments() {
    String plain = map().render();
    String withCurve = map().withCurve(curve()).render();
    assertFalse(plain.contains(">break-even<"));
    assertTrue(withCurve.contains(">break-even<"), "legend");
    assertTrue(count(withCurve, "<line") > count(plain, "<line"), "the segment");
    assertEquals(map().withCurve(curve()).render(), withCurve, "same map, same bytes");
    assertIdsStartWith(withCurve, "chart-m");
  }

  @Test
  void aMapRefusesCellsThatDoNotFitItsGrid() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PolicyMapSvg(
                    FRAME, List.of(0.0, 1.0), List.of(0.0), List.of(List.of(0)), CATEGORIES));
    assertTrue(e.getMessage().contains("1 columns of cells"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PolicyMapSvg(
                    FRAME,
                    List.of(1.0, 0.0),
                    List.of(0.0),
                    List.of(List.of(0), List.of(0)),
                    CATEGORIES));
    assertTrue(e.getMessage().contains("increasing"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PolicyMapSvg(
                    FRAME, List.of(0.0), List.of(0.0), List.of(List.of(3)), CATEGORIES));
    assertTrue(e.getMessage().contains("category 3"), e.getMessage());
  }

  private static final HistogramSvg.Mark ZERO =
      new HistogramSvg.Mark(
          0,
          "zero",
          new HistogramSvg.Side("below", Palette.colour(0)),
          new HistogramSvg.Side("across", Palette.NEUTRAL),
          new HistogramSvg.Side("above", Palette.colour(1)));

  @Test
  void histogramBinsTakeTheColourOfTheirSideOfTheMark() {
    List<HistogramSvg.Bin> bins =
        List.of(
            new HistogramSvg.Bin(-3, -2, 4),
            new HistogramSvg.Bin(-2, -1, 6),
            new HistogramSvg.Bin(-1, 0, 3),
            new HistogramSvg.Bin(0, 1, 5),
            new HistogramSvg.Bin(1, 2, 2));
    String svg = new HistogramSvg(FRAME, bins, ZERO).render();
    assertEquals(3, filledRects(svg, Palette.colour(0)));
    assertEquals(2, filledRects(svg, Palette.colour(1)));
    assertEquals(0, filledRects(svg, Palette.NEUTRAL));
    assertFalse(svg.contains(">across<"), "no bin across zero, no legend entry");
    assertTrue(svg.contains(">zero<"), "the mark's label");
    assertEquals(svg, new HistogramSvg(FRAME, bins, ZERO).render());
    assertIdsStartWith(svg, "chart-m");
  }

  @Test
  void aBinAcrossTheMarkIsNeutralAndTheAxisReachesTheMark() {
    List<HistogramSvg.Bin> bins =
        List.of(new HistogramSvg.Bin(-1, 4, 5), new HistogramSvg.Bin(4, 9, 1));
    String svg = new HistogramSvg(FRAME, bins, ZERO).render();
    assertEquals(1, filledRects(svg, Palette.NEUTRAL));
    assertEquals(1, filledRects(svg, Palette.colour(1)));
    assertTrue(svg.contains(">across<"));
    String far = new HistogramSvg(FRAME, List.of(new HistogramSvg.Bin(100, 200, 3)), ZERO).render();
    assertTrue(far.contains(">0<"), "a sample far above zero still shows zero on the axis");
  }

  private static final Pattern RECT = Pattern.compile("<rect ([^>]*)>");

  /** The rectangles filled with {@code c}. */
  private static int filledRects(String svg, Color c) {
    return rectWidths(svg, c).size();
  }

  private static List<Double> rectWidths(String svg, Color c) {
    String fill = "fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    Matcher m = RECT.matcher(svg);
    List<Double> widths = new java.util.ArrayList<>();
    while (m.find()) {
      if (m.group(1).contains(fill)) {
        Matcher w = Pattern.compile("width='([0-9.]+)'").matcher(m.group(1));
        assertTrue(w.find(), m.group());
        widths.add(Double.parseDouble(w.group(1)));
      }
    }
    return widths;
  }

  private static void assertIdsStartWith(String svg, String prefix) {
    Matcher m = Pattern.compile("\\bid='([^']*)'").matcher(svg);
    while (m.find()) {
      assertTrue(m.group(1).startsWith(prefix), m.group(1));
    }
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
