package org.dlkit.plot;

import java.awt.Color;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.dlkit.train.History;
import org.dlkit.train.History.Epoch;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws what {@code fit} recorded, per epoch: training against validation (loss or accuracy) with
 * dashed and dotted vertical lines at the epoch early stopping kept and the epoch it stopped, and
 * several runs side by side. Unmeasured values (NaN) are left out; infinite ones leave a gap.
 */
final class TrainingCurvesPlot {
  /** Histories up to this many epochs get a dot per epoch. */
  private static final int DOTS_UP_TO = 40;

  private TrainingCurvesPlot() {}

  /** Draws train and validation loss, with the early-stopping epochs marked. */
  static XYChart loss(History history) {
    return trainAndValidation(history, "Loss per epoch", "loss", Epoch::trainLoss, Epoch::valLoss, "curves");
  }

  /** Draws train and validation accuracy, with the early-stopping epochs marked. */
  static XYChart accuracy(History history) {
    return trainAndValidation(history, "Accuracy per epoch", "accuracy", Epoch::trainAccuracy, Epoch::valAccuracy,
        "accuracyCurves");
  }

  /** Draws {@code measure} of each run, one line per run, in the order of the map. */
  static XYChart compare(Map<String, History> byName, ToDoubleFunction<Epoch> measure, String measureName) {
    if (byName == null || byName.isEmpty()) {
      throw new IllegalArgumentException("compare: needs at least one named History, e.g. Map.of(\"sgd\", history)");
    }
    XYChart chart = ChartStyle.xyChart("Comparison of " + byName.size() + " runs: " + measureName, "epoch", measureName);
    ChartStyle.epochAxis(chart, byName.values().stream().mapToInt(h -> h.epochs().size()).max().orElse(1));
    int index = 0;
    for (Map.Entry<String, History> run : byName.entrySet()) {
      double[] values = run.getValue().series(measure);
      if (Draw.anyFinite(values)) {
        addCurve(chart, run.getKey(), run.getValue(), values, Palette.seriesColor(index));
      }
      index++;
    }
    if (chart.getSeriesMap().isEmpty()) {
      throw new IllegalArgumentException("compare: no run has a finite " + measureName + " in any epoch");
    }
    return chart;
  }

  /** Picks validation loss when every run measured it, training loss otherwise. */
  static XYChart compareLoss(Map<String, History> byName) {
    boolean allValidated = byName != null && !byName.isEmpty()
        && byName.values().stream().allMatch(h -> Draw.anyFinite(h.series(Epoch::valLoss)));
    return allValidated
        ? compare(byName, Epoch::valLoss, "validation loss")
        : compare(byName, Epoch::trainLoss, "training loss");
  }

  private static XYChart trainAndValidation(History history, String title, String measure,
      ToDoubleFunction<Epoch> train, ToDoubleFunction<Epoch> validation, String call) {
    if (history == null || history.epochs().isEmpty()) {
      throw new IllegalArgumentException(call + ": the history has no epochs yet; call it after fit has run");
    }
    double[] trainValues = history.series(train);
    double[] valValues = history.series(validation);
    if (!Draw.anyFinite(trainValues) && !Draw.anyFinite(valValues)) {
      throw new IllegalArgumentException(call + ": the history has no " + measure + " measured"
          + (measure.equals("accuracy") ? " (a regression, or accuracy was not tracked); plot curves(history) for the loss" : ""));
    }
    XYChart chart = ChartStyle.xyChart(title, "epoch", measure);
    ChartStyle.epochAxis(chart, history.epochs().size());
    if (Draw.anyFinite(trainValues)) {
      addCurve(chart, "training", history, trainValues, Palette.TRAIN);
    }
    if (Draw.anyFinite(valValues)) {
      addCurve(chart, "validation", history, valValues, Palette.VALIDATION);
    }
    if (chart.getSeriesMap().size() == 1) {
      chart.setYAxisTitle(chart.getSeriesMap().keySet().iterator().next() + " " + measure);
    }
    markEarlyStopping(chart, history, trainValues, valValues);
    ChartStyle.legendOnlyIfNeeded(chart);
    return chart;
  }

  private static void addCurve(XYChart chart, String name, History history, double[] values, Color color) {
    double[] epochs = history.series(Epoch::epoch);
    XYSeries series = Draw.line(chart, name, epochs, Draw.gaps(values), color, Draw.SOLID);
    if (values.length <= DOTS_UP_TO) {
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setMarkerColor(color);
    }
  }

  private static void markEarlyStopping(XYChart chart, History history, double[] a, double[] b) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] values : new double[][] {a, b}) {
      for (double v : values) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    int best = history.bestEpoch();
    int stopped = history.stoppedEpoch();
    if (best > 0) {
      Draw.line(chart, "best epoch " + best, new double[] {best, best}, new double[] {lo, hi},
          Palette.INK, Draw.DASHED);
    }
    if (stopped > 0 && stopped != best) {
      Draw.line(chart, "stopped at epoch " + stopped, new double[] {stopped, stopped}, new double[] {lo, hi},
          Palette.ALERT, Draw.DOTTED);
    }
  }
}
