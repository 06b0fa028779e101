package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** PNG and SVG export, to bytes, strings and files. */
class FiguresTest {
  @TempDir
  Path dir;

  @Test
  void svgStringIsAnSvgDocument() {
    String svg = Figures.toSvgString(Plots.activation(Curve.TANH));
    assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
    assertTrue(svg.trim().endsWith("</svg>"));
  }

  @Test
  void mapsExportAsSvgToo() {
    XYChart landscape = Plots.lossLandscape((a, b) -> a * a + b * b, Range.of(-1, 1), Range.of(-1, 1));
    assertTrue(Figures.toSvgString(landscape).contains("<svg"));
  }

  @Test
  void writesPngAndSvgFilesAtTheGivenPathCreatingFolders() throws IOException {
    XYChart chart = Plots.histogram(new double[] {1, 2, 2, 3});
    Path png = dir.resolve("nested/folder/hist.png");
    Path svg = dir.resolve("nested/hist.svg");
    Figures.toPng(chart, png);
    Figures.toSvg(chart, svg);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(600, image.getWidth());
    assertEquals(400, image.getHeight());
    assertTrue(Files.readString(svg).contains("<svg"));
  }

  @Test
  void imageGridsExportLikeCharts() throws IOException {
    ImageGrid grid = Plots.images(Fixtures.digits(8, 1), 8);
    Path png = dir.resolve("digits.png");
    grid.toPng(png);
    assertEquals(600, ImageIO.read(png.toFile()).getWidth());
    String svg = Figures.toSvgString(grid);
    assertTrue(svg.contains("<svg") && svg.contains("data:image/png;base64,"));
    Figures.toSvg(grid, dir.resolve("digits.svg"));
    assertTrue(Files.exists(dir.resolve("digits.svg")));
    BufferedImage copy = grid.toBufferedImage();
    copy.setRGB(0, 0, 0x123456);
    assertTrue((grid.toBufferedImage().getRGB(0, 0) & 0xFFFFFF) != 0x123456, "the copy must not change the grid");
  }

  @Test
  void writeFailuresNameTheFile() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "not a folder");
    Path target = blocker.resolve("chart.png");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Figures.toPng(Plots.activation(), target));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
  }
}
