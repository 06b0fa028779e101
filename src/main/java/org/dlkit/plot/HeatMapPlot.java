package org.dlkit.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.internal.Utils;
import org.knowm.xchart.style.Styler;

/**
 * Draws a table of numbers as colored cells, each labelled with its value: viridis from dark purple
 * (the lowest) to yellow (the highest), on a log scale when every finite value is positive and they
 * span more than a factor of ten (losses), else linearly. On the log scale every value more than
 * {@value #LOG_SPAN} times the lowest gets the top color, so that one huge loss does not darken the rest. Cells whose value is NaN or infinite (a
 * diverged run) are red and labelled "diverged". Row 0 is drawn at the bottom.
 *
 * <p>XChart's {@link HeatMapChart} colors and labels a cell from one number; here the color follows
 * the scale above while the label shows the value itself, so the chart draws its own labels over
 * XChart's cells, placed the way XChart places them.
 */
final class HeatMapPlot extends HeatMapChart {
  /** The label of a cell whose value is NaN or infinite. */
  static final String DIVERGED = "diverged";
  /** On the log scale, values this many times the lowest or more share the top color. */
  static final double LOG_SPAN = 1000;
  private static final int STOPS = 9;
  private static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private final double[][] values;
  private final boolean logScale;

  private HeatMapPlot(double[][] values, boolean logScale) {
    super(ChartStyle.WIDTH, ChartStyle.HEIGHT, Styler.ChartTheme.XChart);
    this.values = values;
    this.logScale = logScale;
  }

  /** Checks the table and labels and builds the chart; see {@link Plots#heatMap}. */
  static HeatMapChart of(String title, String xTitle, List<?> xLabels, String yTitle, List<?> yLabels, double[][] values) {
    check(xLabels, yLabels, values);
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      copy[r] = values[r].clone();
    }
    boolean positive = true;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double[] row : copy) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          positive &= v > 0;
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    boolean log = positive && high > 10 * low;
    if (log) {
      high = Math.min(high, LOG_SPAN * low);
    }
    HeatMapPlot chart = new HeatMapPlot(copy, log);
    chart.setTitle(title);
    chart.setXAxisTitle(xTitle);
    chart.setYAxisTitle(yTitle);
    chart.fill(xLabels, yLabels, low, high);
    return chart;
  }

  private static void check(List<?> xLabels, List<?> yLabels, double[][] values) {
    if (values == null || values.length == 0 || xLabels == null || yLabels == null) {
      throw new IllegalArgumentException("heatMap: needs a table of values with at least one row, and a label for"
          + " every column and every row; got " + (values == null || values.length == 0 ? "no values" : "no labels"));
    }
    if (values.length != yLabels.size()) {
      throw new IllegalArgumentException(String.format("heatMap: %d rows of values but %d row labels (yLabels);"
          + " give one label per row, row 0 first (drawn at the bottom)", values.length, yLabels.size()));
    }
    for (int r = 0; r < values.length; r++) {
      if (values[r] == null || values[r].length != xLabels.size()) {
        throw new IllegalArgumentException(String.format("heatMap: row %d has %d values but there are %d column"
            + " labels (xLabels); every row needs one value per column", r, values[r] == null ? 0 : values[r].length,
            xLabels.size()));
      }
    }
  }

  /**
   * Adds the one series: XChart's value of a cell is its position on the color scale, stretched so
   * that finite values use the viridis stops and NaN or ∞ reach the last, red, color.
   */
  private void fill(List<?> xLabels, List<?> yLabels, double low, double high) {
    Color[] colors = new Color[STOPS + 1];
    for (int i = 0; i < STOPS; i++) {
      colors[i] = Palette.viridis(i / (STOPS - 1.0));
    }
    colors[STOPS] = Palette.ALERT;
    List<Number[]> cells = new ArrayList<>();
    for (int r = 0; r < values.length; r++) {
      for (int c = 0; c < values[r].length; c++) {
        cells.add(new Number[] {c, r, position(values[r][c], low, high)});
      }
    }
    addSeries("value", new ArrayList<>(xLabels), new ArrayList<>(yLabels), cells).setMin(0).setMax(STOPS);
    getStyler().setRangeColors(colors).setShowValue(false).setDrawBorder(true).setLegendVisible(false);
    getStyler().setChartBackgroundColor(Color.WHITE);
    getStyler().setChartFontColor(Palette.INK);
    getStyler().setAxisTickLabelsColor(Palette.INK);
    getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    getStyler().setChartTitleBoxVisible(false);
    getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    getStyler().setToolTipsEnabled(false);
  }

  /** Returns where {@code v} sits on the color scale: 0 to STOPS − 1 for finite values, STOPS for NaN or ∞. */
  private double position(double v, double low, double high) {
    if (!Double.isFinite(v)) {
      return STOPS;
    }
    double t = high <= low ? 0 : logScale ? Math.log(v / low) / Math.log(high / low) : (v - low) / (high - low);
    return Math.min(1, t) * (STOPS - 1);
  }

  /** Draws XChart's cells, then each cell's value in the middle of it, light on dark cells and dark on light ones. */
  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    Rectangle2D bounds = plot.getBounds();
    double contentSize = getStyler().getPlotContentSize();
    double xMargin = Utils.getTickStartOffset((int) bounds.getWidth(), contentSize * bounds.getWidth());
    double yMargin = Utils.getTickStartOffset((int) bounds.getHeight(), contentSize * bounds.getHeight());
    int columns = values[0].length;
    double cellWidth = (bounds.getWidth() - 2 * xMargin) / columns;
    double cellHeight = (bounds.getHeight() - 2 * yMargin) / values.length;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    FontRenderContext context = new FontRenderContext(null, true, false);
    for (int r = 0; r < values.length; r++) {
      for (int c = 0; c < columns; c++) {
        double v = values[r][c];
        double centerX = bounds.getX() + xMargin + (c + 0.5) * cellWidth;
        double centerY = bounds.getY() + bounds.getHeight() - yMargin - (r + 0.5) * cellHeight;
        TextLayout text = new TextLayout(label(v), VALUE_FONT, context);
        Rectangle2D box = text.getBounds();
        if (box.getWidth() > cellWidth - 2) {
          continue;
        }
        boolean dark = !Double.isFinite(v) || cellColorPosition(r, c) < 0.6 * (STOPS - 1);
        g.setColor(dark ? Color.WHITE : Palette.INK);
        text.draw(g, (float) (centerX - box.getWidth() / 2 - box.getX()), (float) (centerY + box.getHeight() / 2));
      }
    }
  }

  private double cellColorPosition(int r, int c) {
    Number[] cell = getHeatMapSeries().getHeatData().get(r * values[0].length + c);
    return cell[2].doubleValue();
  }

  /** Returns a cell's label: its value to three significant digits, or "diverged". */
  static String label(double v) {
    if (!Double.isFinite(v)) {
      return DIVERGED;
    }
    if (v == 0) {
      return "0";
    }
    double magnitude = Math.abs(v);
    if (magnitude >= 1e5 || magnitude < 1e-3) {
      return String.format("%.2e", v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
