package org.leverage.report.draw;

import java.awt.Graphics2D;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A laid-out picture: its size in pixels and the Java2D steps that draw it on a white page of that
 * size. The steps draw the same thing on every call, so a picture can be written in several
 * formats.
 *
 * @param id the picture's id, written on the root {@code <svg>} element and used as the prefix of
 *     every id inside it
 * @param width width in pixels, at least 1
 * @param height height in pixels, at least 1
 * @param painter draws the picture; it may set {@link org.jfree.svg.SVGHints#KEY_ELEMENT_ID} to
 *     give marked shapes an id (ignored when drawing pixels)
 */
public record Picture(String id, int width, int height, Consumer<Graphics2D> painter) {

  public Picture {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(painter, "painter");
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "picture size must be at least 1x1 but was " + width + "x" + height);
    }
  }
}
