package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/** Checks that a figure renders to a real 600×400 PNG, and keeps the PNG in target/plots to look at. */
final class Rendered {
  static final Path DIR = Path.of("target", "plots");

  private Rendered() {}

  /** Renders {@code chart}, checks the PNG, writes it as target/plots/{@code name}.png, returns the image. */
  static BufferedImage check(Chart<?, ?> chart, String name) {
    return check(Figures.toPngBytes(chart), name);
  }

  /** Checks an image grid the same way. */
  static BufferedImage check(ImageGrid grid, String name) {
    return check(grid.toPngBytes(), name);
  }

  private static BufferedImage check(byte[] png, String name) {
    assertTrue(png.length > 1000, name + ": PNG of only " + png.length + " bytes");
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
      Files.createDirectories(DIR);
      Files.write(DIR.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertNotNull(image, name + ": bytes are not a PNG");
    assertEquals(ChartStyle.WIDTH, image.getWidth(), name + ": width");
    assertEquals(ChartStyle.HEIGHT, image.getHeight(), name + ": height");
    assertTrue(distinctColors(image) > 10, name + ": looks like a flat image, only " + distinctColors(image) + " colors");
    return image;
  }

  /** Returns how many different RGB values the image has, counting up to 1000. */
  static int distinctColors(BufferedImage image) {
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < image.getHeight() && colors.size() < 1000; y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colors.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colors.size();
  }
}
