package org.dlkit.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/**
 * Draws how values are distributed, e.g. a layer's weights or activations: counts in equal-width
 * bins between the smallest and largest finite value, as filled steps. NaN and infinite values are
 * left out and counted in the title.
 */
final class HistogramPlot {
  /** Bins used when none are asked for. */
  static final int DEFAULT_BINS = 30;

  private HistogramPlot() {}

  /** Draws {@code values} in {@code bins} bins. */
  static XYChart of(double[] values, int bins) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("histogram: needs at least one value, got none");
    }
    if (bins < 1) {
      throw new IllegalArgumentException("histogram: needs at least 1 bin, got " + bins);
    }
    int skipped = 0;
    for (double v : values) {
      skipped += Double.isFinite(v) ? 0 : 1;
    }
    if (skipped == values.length) {
      throw new IllegalArgumentException("histogram: all " + values.length + " values are NaN or infinite");
    }
    Range range = Range.covering(values);
    double width = range.span() / bins;
    double[] counts = new double[bins + 1];
    for (double v : values) {
      if (Double.isFinite(v)) {
        counts[Math.min(bins - 1, (int) ((v - range.min()) / width))]++;
      }
    }
    counts[bins] = counts[bins - 1];
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = range.min() + i * width;
    }

    int shown = values.length - skipped;
    String title = "Histogram of " + shown + " values" + (skipped > 0 ? " (" + skipped + " NaN/∞ left out)" : "");
    XYChart chart = ChartStyle.xyChart(title, "value", "count");
    XYSeries series = Draw.line(chart, "count", edges, counts, Palette.TRAIN, Draw.SOLID);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.StepArea);
    series.setFillColor(Palette.tint(Palette.TRAIN, 0.55));
    series.setLineWidth(1.5f);
    chart.getStyler().setYAxisMin(0.0);
    // Half a bin of room each side; it also keeps XChart from putting a tick at every bin edge.
    chart.getStyler().setXAxisMin(range.min() - width / 2);
    chart.getStyler().setXAxisMax(range.max() + width / 2);
    chart.getStyler().setLegendVisible(false);
    return chart;
  }
}
