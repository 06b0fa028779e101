package org.dlkit.plot;

import java.util.Arrays;
import java.util.Comparator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the final loss of one run per learning rate, on a logarithmic learning-rate axis. Runs
 * that diverged (loss NaN or ∞) are drawn as red crosses pinned to the top of the plot, above
 * every finite loss, and the best learning rate is ringed. When the finite losses span more than
 * three orders of magnitude the loss axis is logarithmic too.
 */
final class LearningRatePlot {
  private LearningRatePlot() {}

  /** Draws {@code finalLosses[i]} against {@code lrs[i]}; the order of the runs does not matter. */
  static XYChart of(double[] lrs, double[] finalLosses) {
    check(lrs, finalLosses);
    Integer[] order = new Integer[lrs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> lrs[i]));

    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int best = -1;
    for (int i : order) {
      double v = finalLosses[i];
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        best = best < 0 || v < finalLosses[best] ? i : best;
      }
    }
    boolean logLoss = best >= 0 && lo > 0 && hi / lo > 1e3;
    double top = best < 0 ? 1 : logLoss ? hi * 3 : hi + 0.15 * Math.max(hi - lo, Math.abs(hi) * 0.1 + 1e-12);

    String title = best < 0 ? "Learning-rate sweep: every run diverged" : "Learning-rate sweep";
    XYChart chart = ChartStyle.xyChart(title, "learning rate (log scale)", "final loss");
    double[] x = Arrays.stream(order).mapToDouble(i -> lrs[i]).toArray();
    double[] finite = Arrays.stream(order).mapToDouble(i -> Double.isFinite(finalLosses[i]) ? finalLosses[i] : Double.NaN)
        .toArray();
    if (best >= 0) {
      XYSeries runs = Draw.line(chart, "final loss", x, finite, Palette.TRAIN, Draw.SOLID);
      runs.setMarker(SeriesMarkers.CIRCLE);
      runs.setMarkerColor(Palette.TRAIN);
      Draw.points(chart, "best: lr = " + Draw.number(lrs[best]), new double[] {lrs[best]},
          new double[] {finalLosses[best]}, Palette.classColor(2), Markers.outlinedCircle(13));
    }
    double[] divergedX = Arrays.stream(order).filter(i -> !Double.isFinite(finalLosses[i])).mapToDouble(i -> lrs[i])
        .toArray();
    if (divergedX.length > 0) {
      double[] divergedY = new double[divergedX.length];
      Arrays.fill(divergedY, top);
      Draw.points(chart, "diverged (NaN or ∞)", divergedX, divergedY, Palette.ALERT, Markers.outlinedCross(14));
    }
    style(chart, x, top, logLoss);
    return chart;
  }

  private static void style(XYChart chart, double[] x, double top, boolean logLoss) {
    var s = chart.getStyler();
    s.setXAxisLogarithmic(true);
    s.setXAxisMin(x[0] / 2);
    s.setXAxisMax(x[x.length - 1] * 2);
    s.setYAxisLogarithmic(logLoss);
    s.setYAxisMax(logLoss ? top * 2 : top + 0.05 * Math.abs(top));
    s.setXAxisLogarithmicDecadeOnly(true);
    s.setYAxisLogarithmicDecadeOnly(true);
  }

  private static void check(double[] lrs, double[] losses) {
    if (lrs == null || losses == null || lrs.length == 0 || lrs.length != losses.length) {
      throw new IllegalArgumentException(String.format(
          "learningRateSweep: needs one final loss per learning rate, got %s learning rates and %s losses",
          lrs == null ? "no" : String.valueOf(lrs.length), losses == null ? "no" : String.valueOf(losses.length)));
    }
    for (int i = 0; i < lrs.length; i++) {
      if (!(lrs[i] > 0) || Double.isInfinite(lrs[i])) {
        throw new IllegalArgumentException("learningRateSweep: learning rate " + i + " is " + lrs[i]
            + "; the axis is logarithmic, so every learning rate must be positive and finite");
      }
    }
  }
}
