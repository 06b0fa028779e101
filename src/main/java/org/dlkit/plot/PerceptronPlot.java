package org.dlkit.plot;

import java.awt.Color;
import org.dlkit.data.Dataset;
import org.knowm.xchart.XYChart;

/**
 * Draws one neuron's decision line w·x + b = 0 on the plane: the side where w·x + b > 0 is tinted
 * in the class-1 color, the other side in the class-0 color, and an arrow perpendicular to the
 * line (along w) points into the positive side.
 */
final class PerceptronPlot {
  /** The view when no points are given: [-3, 3] on both axes. */
  static final Range DEFAULT_RANGE = Range.of(-3, 3);
  private static final int RESOLUTION = 60;

  private PerceptronPlot() {}

  /** Draws the line over {@code x} × {@code y}, with {@code points} scattered on top when not null. */
  static XYChart of(double[] w, double b, Range x, Range y, Dataset points) {
    check(w, b);
    String xTitle = points == null ? "x1" : points.featureNames().get(0);
    String yTitle = points == null ? "x2" : points.featureNames().get(1);
    String line = vector(w) + "·x " + (b < 0 ? "− " : "+ ") + number(Math.abs(b)) + " = 0";
    XYChart chart = ChartStyle.xyChart("Perceptron " + line, xTitle, yTitle);
    Grid grid = new Grid(x, y, RESOLUTION);
    Color[] colors = new Color[grid.size()];
    for (int k = 0; k < colors.length; k++) {
      boolean positive = w[0] * grid.x(k) + w[1] * grid.y(k) + b > 0;
      colors[k] = Palette.tint(Palette.classColor(positive ? 1 : 0), 0.22);
    }
    grid.paint(chart, colors);
    drawLineAndNormal(chart, w, b, x, y);
    if (points != null) {
      ClassScatter.add(chart, points);
    }
    return chart;
  }

  private static void drawLineAndNormal(XYChart chart, double[] w, double b, Range x, Range y) {
    double norm2 = w[0] * w[0] + w[1] * w[1];
    // The point of the line nearest the view's centre, and the line's direction (-w2, w1).
    double cx = (x.min() + x.max()) / 2;
    double cy = (y.min() + y.max()) / 2;
    double off = (w[0] * cx + w[1] * cy + b) / norm2;
    double px = cx - off * w[0];
    double py = cy - off * w[1];
    double reach = 2 * Math.hypot(x.span(), y.span());
    double ux = -w[1] / Math.sqrt(norm2);
    double uy = w[0] / Math.sqrt(norm2);
    Draw.line(chart, "w·x + b = 0", new double[] {px - reach * ux, px + reach * ux},
        new double[] {py - reach * uy, py + reach * uy}, Palette.INK, Draw.SOLID);

    if (x.contains(px) && y.contains(py)) {
      chart.addAnnotation(new NormalArrow(px, py, w[0], w[1]));
    }
  }

  private static void check(double[] w, double b) {
    if (w == null || w.length != 2) {
      throw new IllegalArgumentException("perceptronLine: needs 2 weights (w1, w2) for a line in the plane, got "
          + (w == null ? "null" : w.length));
    }
    if (!Double.isFinite(w[0]) || !Double.isFinite(w[1]) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("perceptronLine: weights and bias must be finite, got w = "
          + vector(w) + ", b = " + b);
    }
    if (w[0] == 0 && w[1] == 0) {
      throw new IllegalArgumentException(
          "perceptronLine: both weights are 0, so w·x + b = 0 is no line; the neuron outputs the same for every x");
    }
  }

  private static String vector(double[] w) {
    return "(" + number(w[0]) + ", " + number(w[1]) + ")";
  }

  private static String number(double v) {
    return Draw.number(v);
  }
}
