package org.dlkit.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves figures as PNG or SVG, headless. Files are written exactly at the path given (no extension
 * is added) and missing parent folders are created. Failures are thrown as
 * {@link UncheckedIOException} naming the file, so notebook cells need no try/catch.
 *
 * <pre>{@code
 * Figures.toPng(Plots.curves(history), Path.of("target/plots/curves.png"));
 * }</pre>
 */
public final class Figures {
  private Figures() {}

  /** Returns the chart rendered at its own size (600×400 by default) and encoded as PNG. */
  public static byte[] toPngBytes(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the chart \"" + chart.getTitle() + "\" as PNG", e);
    }
  }

  /** Writes the chart as a PNG file. */
  public static void toPng(Chart<?, ?> chart, Path file) {
    write(file, toPngBytes(chart));
  }

  /** Returns the chart as an SVG document (drawn by VectorGraphics2D, which XChart brings along). */
  public static String toSvgString(Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the chart \"" + chart.getTitle() + "\" as SVG", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes the chart as an SVG file. */
  public static void toSvg(Chart<?, ?> chart, Path file) {
    write(file, toSvgString(chart).getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the image grid encoded as PNG. */
  public static byte[] toPngBytes(ImageGrid grid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(grid.image(), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the image grid \"" + grid.title() + "\" as PNG", e);
    }
    return out.toByteArray();
  }

  /** Writes the image grid as a PNG file. */
  public static void toPng(ImageGrid grid, Path file) {
    write(file, toPngBytes(grid));
  }

  /** Returns the image grid as an SVG document that embeds its PNG (pixels stay pixels). */
  public static String toSvgString(ImageGrid grid) {
    String png = Base64.getEncoder().encodeToString(toPngBytes(grid));
    return String.format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n"
        + "  <title>%s</title>%n"
        + "  <image width=\"%d\" height=\"%d\" href=\"data:image/png;base64,%s\"/>%n</svg>%n",
        grid.width(), grid.height(), grid.width(), grid.height(), escape(grid.title()), grid.width(), grid.height(), png);
  }

  /** Writes the image grid as an SVG file. */
  public static void toSvg(ImageGrid grid, Path file) {
    write(file, toSvgString(grid).getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the figure to " + file + ": " + e.getMessage(), e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
