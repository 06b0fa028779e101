package org.dlkit.plot;

import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Draws activation functions over [-5, 5]: each function as a solid line and its derivative as a
 * dashed line of the same color, so vanishing gradients (sigmoid and tanh flatten at the ends) and
 * ReLU's step are easy to see.
 */
final class ActivationPlot {
  static final Range X = Range.of(-5, 5);
  private static final int SAMPLES = 401;
  /**
   * XChart strokes each segment of a line on its own, restarting the dash pattern, so a dashed
   * line needs segments longer than a dash: the derivative is sampled every 1/6 (x = 0 included).
   */
  private static final int DASHED_SAMPLES = 61;

  private ActivationPlot() {}

  /** Draws {@code curves}, or sigmoid, tanh, ReLU and leaky ReLU when none are given. */
  static XYChart of(Curve... curves) {
    Curve[] shown = curves == null || curves.length == 0
        ? new Curve[] {Curve.SIGMOID, Curve.TANH, Curve.RELU, Curve.LEAKY_RELU}
        : curves;
    XYChart chart = ChartStyle.xyChart("Activation functions (dashed: derivative)", "x", "f(x)");
    double[] xs = samples(SAMPLES);
    double[] dxs = samples(DASHED_SAMPLES);
    for (int c = 0; c < shown.length; c++) {
      Curve curve = shown[c];
      if (curve == null) {
        throw new IllegalArgumentException("activation: curve " + c + " is null");
      }
      Draw.line(chart, curve.name(), xs, apply(curve.f(), xs), Palette.seriesColor(c), Draw.SOLID);
      Draw.line(chart, curve.name() + "′", dxs, apply(curve.derivative(), dxs), Palette.seriesColor(c), Draw.DASHED);
    }
    chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
    return chart;
  }

  private static double[] samples(int n) {
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = X.min() + X.span() * i / (n - 1);
    }
    return xs;
  }

  private static double[] apply(DoubleUnaryOperator f, double[] xs) {
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = f.applyAsDouble(xs[i]);
    }
    return Draw.gaps(ys);
  }
}
