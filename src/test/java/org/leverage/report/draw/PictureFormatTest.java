package org.leverage.report.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureFormatTest {

  private static final Picture SQUARE =
      new Picture(
          "p",
          120,
          80,
          g -> {
            g.setColor(Color.BLACK);
            g.fillRect(10, 10, 20, 20);
          });

  @Test
  void pngIsAnImageOfThePicturesSize() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PictureFormat.PNG.write(SQUARE)));
    assertEquals(120, image.getWidth());
    assertEquals(80, image.getHeight());
    assertEquals(Color.BLACK.getRGB(), image.getRGB(15, 15));
    assertEquals(Color.WHITE.getRGB(), image.getRGB(100, 60));
  }

  @Test
  void svgHasThePicturesIdAndSize() {
    Svg svg = Svg.of(SQUARE);
    assertEquals("p", svg.root("id"));
    assertEquals("120", svg.root("width"));
    assertEquals("80", svg.root("height"));
  }

  @Test
  void formatsByExtension() {
    assertEquals(Optional.of(PictureFormat.SVG), PictureFormat.ofFileName("a.SVG"));
    assertEquals(Optional.of(PictureFormat.PNG), PictureFormat.ofFileName("dir.svg/a.png"));
    assertEquals(Optional.empty(), PictureFormat.ofFileName("a.pdf"));
    assertEquals(Optional.empty(), PictureFormat.ofFileName("svg"));
  }
}
