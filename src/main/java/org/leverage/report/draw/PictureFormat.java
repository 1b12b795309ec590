package org.leverage.report.draw;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.leverage.report.chart.SvgCoordinates;

/**
 * The file formats a {@link Picture} is written in, chosen by the output file's extension.
 * Deterministic: SVG ids start with the picture's id (JFreeSVG's default prefix comes from the
 * clock) and coordinates are rounded to two decimals; PNG carries no time stamp.
 */
public enum PictureFormat {
  /** Scalable vector graphics, as UTF-8 text. */
  SVG(".svg"),
  /** A bitmap of the picture's size in pixels. */
  PNG(".png");

  private final String extension;

  PictureFormat(String extension) {
    this.extension = extension;
  }

  /** The extensions, for messages: {@code ".svg or .png"}. */
  public static String extensions() {
    return SVG.extension + " or " + PNG.extension;
  }

  /** The format of a file name by its extension (case-insensitive), if it is one of these. */
  public static Optional<PictureFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (PictureFormat f : values()) {
      if (lower.endsWith(f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@code picture} as the bytes of a file in this format. */
  public byte[] write(Picture picture) {
    return switch (this) {
      case SVG -> svg(picture).getBytes(StandardCharsets.UTF_8);
      case PNG -> png(picture);
    };
  }

  /** {@code picture} as a standalone SVG document. */
  public static String svg(Picture picture) {
    SVGGraphics2D g = new SVGGraphics2D(picture.width(), picture.height());
    g.setDefsKeyPrefix(picture.id() + "-");
    g.setGeomDoubleConverter(SvgCoordinates::twoDecimals);
    g.setTransformDoubleConverter(SvgCoordinates::twoDecimals);
    paintPage(g, picture);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + g.getSVGElement(
            picture.id(), true, new ViewBox(0, 0, picture.width(), picture.height()), null, null)
        + "\n";
  }

  private static byte[] png(Picture picture) {
    BufferedImage image =
        new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      paintPage(g, picture);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding into memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static void paintPage(Graphics2D g, Picture picture) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, picture.width(), picture.height());
    picture.painter().accept(g);
  }
}
