package org.dlkit.grader.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.dlkit.plot.Figures;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Draws the report's histograms with XChart and returns them as PNG data URIs to embed in HTML. */
public final class Charts {
  private Charts() {}

  /**
   * Returns a histogram of {@code values} between {@code min} and {@code max} in {@code bins} equal
   * bins (the last includes {@code max}), as a {@code data:image/png;base64,...} URI.
   */
  public static String histogram(String title, String xLabel, double[] values, double min, double max, int bins,
      int width, int height) {
    double top = max > min ? max : min + 1;
    int[] counts = new int[bins];
    for (double value : values) {
      int bin = (int) Math.floor((value - min) / (top - min) * bins);
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    List<String> labels = new ArrayList<>();
    List<Integer> heights = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      labels.add(number(min + i * (top - min) / bins) + "–" + number(min + (i + 1) * (top - min) / bins));
      heights.add(counts[i]);
    }
    CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
        .yAxisTitle("students").build();
    chart.getStyler().setAvailableSpaceFill(0.95).setOverlapped(true);
    chart.getStyler().setXAxisLabelRotation(bins > 6 ? 45 : 0);
    chart.getStyler().setYAxisDecimalPattern("#");
    chart.getStyler().setLegendVisible(false).setChartBackgroundColor(java.awt.Color.WHITE)
        .setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.addSeries("count", labels, heights);
    return dataUri(Figures.toPngBytes(chart));
  }

  /** Returns PNG bytes as a data URI. */
  static String dataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  private static String number(double value) {
    return Math.abs(value - Math.rint(value)) < 1e-9 ? String.valueOf((long) Math.rint(value))
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
