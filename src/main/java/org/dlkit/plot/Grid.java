package org.dlkit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlkit.nd.NdArray;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/**
 * A regular grid of n × n cells covering {@code x} × {@code y}; cell k sits in column k % n and row
 * k / n, and is sampled at its centre. Maps (decision regions, loss landscapes) are painted as one
 * colored rectangle per cell.
 */
record Grid(Range x, Range y, int n) {

  /** Returns the x of cell {@code k}'s centre. */
  double x(int k) {
    return x.min() + (k % n + 0.5) * x.span() / n;
  }

  /** Returns the y of cell {@code k}'s centre. */
  double y(int k) {
    return y.min() + (k / n + 0.5) * y.span() / n;
  }

  /** Returns the number of cells. */
  int size() {
    return n * n;
  }

  /** Returns the cell centres as an [n·n, 2] array of (x, y) rows, for a model to evaluate. */
  NdArray points() {
    double[] xy = new double[2 * size()];
    for (int k = 0; k < size(); k++) {
      xy[2 * k] = x(k);
      xy[2 * k + 1] = y(k);
    }
    return NdArray.of(xy, size(), 2);
  }

  /**
   * Paints every cell in its color under whatever the chart draws later: one hidden scatter series
   * per distinct color, so pass colors from a small set (a few dozen at most).
   */
  void paint(XYChart chart, Color[] cellColors) {
    Map<Color, List<Integer>> byColor = new LinkedHashMap<>();
    for (int k = 0; k < size(); k++) {
      byColor.computeIfAbsent(cellColors[k], c -> new ArrayList<>()).add(k);
    }
    int index = 0;
    for (Map.Entry<Color, List<Integer>> group : byColor.entrySet()) {
      List<Integer> cells = group.getValue();
      double[] xs = cells.stream().mapToDouble(this::x).toArray();
      double[] ys = cells.stream().mapToDouble(this::y).toArray();
      XYSeries series = chart.addSeries("map cells " + index++, xs, ys);
      series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      series.setMarker(Markers.cell(chart, x.span() / n, y.span() / n));
      series.setMarkerColor(group.getKey());
      series.setShowInLegend(false);
    }
    ChartStyle.fitTo(chart, x, y);
  }
}
