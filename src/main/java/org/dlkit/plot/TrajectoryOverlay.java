package org.dlkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws optimizer paths over a loss landscape: one colored line per optimizer, a white dot where
 * every path starts and a white diamond where it ends. Steps that left the view are cut off at
 * its edge; non-finite steps (a diverged run) end the line.
 */
final class TrajectoryOverlay {
  /** Bright colors that stay visible on viridis (dark purple to yellow) and in the white legend. */
  private static final Color[] COLORS = {
      new Color(0xFF3B30), new Color(0xFF4FD8), new Color(0x00C7FF), new Color(0xFF9500), new Color(0xB0B0B0),
      Color.BLACK};
  /** Paths longer than this are drawn without a dot per step. */
  private static final int DOTS_UP_TO = 60;

  private TrajectoryOverlay() {}

  /** Adds {@code paths} (name → [(w1, w2), ...]) to {@code chart} and returns the chart. */
  static XYChart add(XYChart chart, Map<String, double[][]> paths) {
    if (chart == null || paths == null || paths.isEmpty()) {
      throw new IllegalArgumentException("trajectories: needs a chart and at least one named path of (w1, w2) points");
    }
    List<double[]> starts = new ArrayList<>();
    List<double[]> ends = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, double[][]> path : paths.entrySet()) {
      double[][] points = check(path.getKey(), path.getValue());
      double[] xs = new double[points.length];
      double[] ys = new double[points.length];
      for (int i = 0; i < points.length; i++) {
        xs[i] = points[i][0];
        ys[i] = points[i][1];
      }
      XYSeries series = Draw.line(chart, path.getKey(), Draw.gaps(xs), Draw.gaps(ys),
          COLORS[index++ % COLORS.length], new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      if (points.length <= DOTS_UP_TO) {
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(series.getLineColor());
      }
      starts.add(points[0]);
      double[] last = lastFinite(points);
      if (last != null) {
        ends.add(last);
      }
    }
    chart.getStyler().setMarkerSize(5);
    addEnds(chart, "start", starts, false);
    addEnds(chart, "end", ends, true);
    return chart;
  }

  private static void addEnds(XYChart chart, String name, List<double[]> points, boolean diamond) {
    if (points.isEmpty()) {
      return;
    }
    double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
    Draw.points(chart, name, xs, ys, Color.WHITE, diamond ? Markers.outlinedDiamond(10) : Markers.outlinedCircle(11));
  }

  private static double[] lastFinite(double[][] points) {
    for (int i = points.length - 1; i >= 0; i--) {
      if (Double.isFinite(points[i][0]) && Double.isFinite(points[i][1])) {
        return points[i];
      }
    }
    return null;
  }

  private static double[][] check(String name, double[][] points) {
    if (points == null || points.length == 0) {
      throw new IllegalArgumentException("trajectories: path \"" + name + "\" has no points; give at least the start (w1, w2)");
    }
    for (int i = 0; i < points.length; i++) {
      if (points[i] == null || points[i].length != 2) {
        throw new IllegalArgumentException(String.format(
            "trajectories: point %d of path \"%s\" has %s values; each point is a pair (w1, w2)",
            i, name, points[i] == null ? "no" : String.valueOf(points[i].length)));
      }
    }
    if (!Double.isFinite(points[0][0]) || !Double.isFinite(points[0][1])) {
      throw new IllegalArgumentException("trajectories: path \"" + name + "\" starts at a non-finite point ("
          + points[0][0] + ", " + points[0][1] + ")");
    }
    return points;
  }
}
