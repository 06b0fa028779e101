package org.dlkit.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlkit.data.Dataset;

/**
 * A figure XChart cannot draw: small grayscale images in a grid, each under its caption, such as
 * digits with their labels. It is rendered once, 600×400 pixels, dark ink on white; values are
 * scaled from the smallest (white) to the largest (black) over all images shown. Save it with
 * {@link #toPng(Path)} or {@link Figures}, like a chart.
 */
public final class ImageGrid {
  private static final int TITLE_HEIGHT = 30;
  private static final int CAPTION_HEIGHT = 16;
  private static final int GAP = 6;

  private final String title;
  private final BufferedImage image;

  private ImageGrid(String title, BufferedImage image) {
    this.title = title;
    this.image = image;
  }

  /** Shows the first {@code n} examples of {@code dataset} (all if it has fewer) with their labels. */
  static ImageGrid of(Dataset dataset, int n) {
    int side = (int) Math.round(Math.sqrt(dataset.featureCount()));
    if (side * side != dataset.featureCount()) {
      throw new IllegalArgumentException(String.format(
          "images: each example must be a flattened square image (64 values for 8×8 digits, 784 for 28×28), "
              + "but \"%s\" has %d features per example", dataset.name(), dataset.featureCount()));
    }
    if (n < 1) {
      throw new IllegalArgumentException("images: n must be at least 1, got " + n);
    }
    int count = Math.min(n, dataset.size());
    double[][] rows = dataset.features().slice(0, 0, count).toArray2d();
    double[] targets = dataset.targets().toArray();
    List<String> captions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      captions.add(dataset.isClassification() ? dataset.classNames().get((int) targets[i]) : Draw.number(targets[i]));
    }
    String title = dataset.name() + ": first " + count + " of " + dataset.size() + " examples";
    return new ImageGrid(title, render(title, rows, side, captions));
  }

  /** Returns the title drawn above the grid. */
  public String title() {
    return title;
  }

  /** Returns the width in pixels. */
  public int width() {
    return image.getWidth();
  }

  /** Returns the height in pixels. */
  public int height() {
    return image.getHeight();
  }

  /** Returns a copy of the rendered figure. */
  public BufferedImage toBufferedImage() {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
    copy.getGraphics().drawImage(image, 0, 0, null);
    return copy;
  }

  /** Returns the figure encoded as PNG. */
  public byte[] toPngBytes() {
    return Figures.toPngBytes(this);
  }

  /** Writes the figure as a PNG file, creating missing parent folders. */
  public void toPng(Path file) {
    Figures.toPng(this, file);
  }

  @Override
  public String toString() {
    return "ImageGrid(" + title + ", " + width() + "×" + height() + ")";
  }

  BufferedImage image() {
    return image;
  }

  private static BufferedImage render(String title, double[][] rows, int side, List<String> captions) {
    int n = rows.length;
    int cols = bestColumns(n);
    int cell = cellSize(n, cols);
    int left = (ChartStyle.WIDTH - cols * cell - (cols - 1) * GAP) / 2;

    BufferedImage out = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setColor(Palette.INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    centre(g, title, ChartStyle.WIDTH / 2, 21);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    double[] scale = scale(rows);
    for (int i = 0; i < n; i++) {
      int x = left + (i % cols) * (cell + GAP);
      int y = TITLE_HEIGHT + (i / cols) * (cell + CAPTION_HEIGHT + GAP);
      g.setColor(Palette.INK);
      centre(g, captions.get(i), x + cell / 2, y + CAPTION_HEIGHT - 4);
      g.drawImage(picture(rows[i], side, scale), x, y + CAPTION_HEIGHT, cell, cell, null);
      g.setColor(new Color(0xCCCCCC));
      g.drawRect(x, y + CAPTION_HEIGHT, cell - 1, cell - 1);
    }
    g.dispose();
    return out;
  }

  /** Returns the number of columns that makes the cells largest. */
  private static int bestColumns(int n) {
    int best = 1;
    for (int cols = 2; cols <= n; cols++) {
      if (cellSize(n, cols) > cellSize(n, best)) {
        best = cols;
      }
    }
    return best;
  }

  private static int cellSize(int n, int cols) {
    int rows = (n + cols - 1) / cols;
    int byWidth = (ChartStyle.WIDTH - 2 * GAP - (cols - 1) * GAP) / cols;
    int byHeight = (ChartStyle.HEIGHT - TITLE_HEIGHT - GAP - rows * (CAPTION_HEIGHT + GAP)) / rows;
    return Math.max(1, Math.min(byWidth, byHeight));
  }

  private static double[] scale(double[][] rows) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : rows) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return lo < hi ? new double[] {lo, hi} : new double[] {lo - 1, lo + 1};
  }

  private static BufferedImage picture(double[] pixels, int side, double[] scale) {
    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        double v = pixels[r * side + c];
        double t = Double.isFinite(v) ? (v - scale[0]) / (scale[1] - scale[0]) : 0;
        int gray = 255 - (int) Math.round(255 * Math.max(0, Math.min(1, t)));
        img.setRGB(c, r, (gray << 16) | (gray << 8) | gray);
      }
    }
    return img;
  }

  private static void centre(Graphics2D g, String text, int x, int baseline) {
    FontMetrics metrics = g.getFontMetrics();
    g.drawString(text, x - metrics.stringWidth(text) / 2, baseline);
  }
}
