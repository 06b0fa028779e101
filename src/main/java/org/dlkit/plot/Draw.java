package org.dlkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Adds series to a chart in the dlkit style. Names are made unique here ("run", "run (2)"), so a
 * repeated class or run name never reaches XChart's duplicate-name error.
 */
final class Draw {
  /** A solid line 2 pixels wide. */
  static final BasicStroke SOLID = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  /** A dashed line 2 pixels wide, for derivatives and reference lines. */
  static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
      new float[] {5f, 3f}, 0f);
  /** A dotted line, for secondary reference lines. */
  static final BasicStroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
      new float[] {1f, 5f}, 0f);

  private Draw() {}

  /** Adds a line without markers. */
  static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
    XYSeries series = chart.addSeries(unique(chart, name), x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
    series.setLineStyle(stroke);
    return series;
  }

  /** Adds points without a line. */
  static XYSeries points(XYChart chart, String name, double[] x, double[] y, Color color, Marker marker) {
    XYSeries series = chart.addSeries(unique(chart, name), x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    series.setMarker(marker);
    series.setMarkerColor(color);
    return series;
  }

  /** Returns {@code name}, or "name (2)", "name (3)", ... if the chart already has that name. */
  static String unique(XYChart chart, String name) {
    String candidate = name;
    for (int i = 2; chart.getSeriesMap().containsKey(candidate); i++) {
      candidate = name + " (" + i + ")";
    }
    return candidate;
  }

  /** Returns a copy of {@code values} with infinities turned into NaN, which XChart leaves as a gap. */
  static double[] gaps(double[] values) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      if (Double.isInfinite(out[i])) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /** Formats a number for a title or legend in at most 3 significant digits: 0.5, 120, 1.5e-04. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return String.valueOf((long) v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.3g", v);
    if (s.contains("e")) {
      return s.replaceAll("\\.?0+e", "e");
    }
    return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
  }

  /** Returns true when at least one value is finite. */
  static boolean anyFinite(double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        return true;
      }
    }
    return false;
  }
}
