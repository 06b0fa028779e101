package org.dlkit.plot;

import java.awt.Color;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;

/**
 * Draws a loss of two weights as a filled contour map: viridis bands, dark purple for low loss and
 * yellow for high, with a white cross at the lowest grid point. Bands follow log(1 + loss − min),
 * so a deep narrow valley keeps its detail next to steep walls. Undefined losses (NaN, ∞) count as
 * the highest.
 */
final class LossLandscapePlot {
  static final int RESOLUTION = 80;
  private static final int BANDS = 14;

  private LossLandscapePlot() {}

  /** Evaluates {@code loss} at the centre of every cell of an 80 × 80 grid over w1 × w2. */
  static XYChart of(DoubleBinaryOperator loss, Range w1, Range w2) {
    if (loss == null || w1 == null || w2 == null) {
      throw new IllegalArgumentException("lossLandscape: needs a loss function and a range for each weight, got null");
    }
    Grid grid = new Grid(w1, w2, RESOLUTION);
    double[] values = new double[grid.size()];
    int best = -1;
    for (int k = 0; k < values.length; k++) {
      values[k] = loss.applyAsDouble(grid.x(k), grid.y(k));
      if (Double.isFinite(values[k]) && (best < 0 || values[k] < values[best])) {
        best = k;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("lossLandscape: the loss is NaN or infinite at every point of w1 in "
          + w1 + ", w2 in " + w2 + "; check the function or choose other ranges");
    }
    XYChart chart = ChartStyle.xyChart("Loss landscape (darker = lower loss)", "w1", "w2");
    grid.paint(chart, colors(values, values[best]));
    Draw.points(chart, "lowest on grid (" + Draw.number(values[best]) + ")",
        new double[] {grid.x(best)}, new double[] {grid.y(best)}, Color.WHITE, Markers.outlinedCross(14));
    return chart;
  }

  private static Color[] colors(double[] values, double min) {
    double top = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        top = Math.max(top, Math.log1p(v - min));
      }
    }
    Color[] colors = new Color[values.length];
    for (int k = 0; k < values.length; k++) {
      double t = Double.isFinite(values[k]) && top > 0 ? Math.log1p(values[k] - min) / top : 1;
      int band = (int) Math.min(BANDS - 1, Math.floor(t * BANDS));
      colors[k] = Palette.viridis(band / (BANDS - 1.0));
    }
    return colors;
  }
}
