package org.leverage.report.chart;

import java.awt.Color;

/**
 * Categorical colours that stay apart for colour-blind readers (Okabe and Ito, "Color Universal
 * Design", 2008), strongest first. A report gives each thing it compares (a regime, a player) one
 * index and uses it in every chart, so the same thing has the same colour throughout.
 */
public final class Palette {

  private static final int[] RGB = {
    0x0072B2, // blue
    0xD55E00, // vermillion
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x000000, // black
    0xF0E442, // yellow
  };

  /**
   * A light grey for what belongs to none of the indexed things (an exact tie between regimes, a
   * histogram bin across a break-even).
   */
  public static final Color NEUTRAL = new Color(0xBBBBBB);

  private Palette() {}

  /** The colour of index {@code i}; indices beyond the palette wrap around. */
  public static Color colour(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("colour index must not be negative but was " + i);
    }
    return new Color(RGB[i % RGB.length]);
  }

  /** How many colours there are before they repeat. */
  public static int size() {
    return RGB.length;
  }
}
