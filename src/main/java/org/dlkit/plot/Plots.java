package org.dlkit.plot;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Module;
import org.dlkit.train.History;
import org.dlkit.train.History.Epoch;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

/**
 * Makes every figure the labs need, one call each. Each returns an XChart {@link XYChart} (or an
 * {@link ImageGrid}) at 600×400 pixels with titles, axis labels and a legend that stays off the
 * data; a notebook shows it inline, {@link Figures} saves it as PNG or SVG, and
 * {@code chart.getStyler()} restyles it. Class 0 is blue and class 1 orange in every figure.
 *
 * <pre>{@code
 * Plots.decisionBoundary(model, moons);
 * Plots.curves(history);
 * Plots.trajectories(Plots.lossLandscape(loss, Range.of(-2, 2), Range.of(-1, 3)), Map.of("sgd", sgdPath));
 * }</pre>
 */
public final class Plots {
  private Plots() {}

  // ---------------------------------------------------------------- neurons

  /**
   * Returns activation functions over [-5, 5], each solid with its derivative dashed in the same
   * color; with no arguments, sigmoid, tanh, ReLU and leaky ReLU.
   */
  public static XYChart activation(Curve... curves) {
    return ActivationPlot.of(curves);
  }

  /**
   * Returns one neuron's decision line w·x + b = 0 over [-3, 3]²: the positive side (w·x + b > 0)
   * tinted orange like class 1, the negative side blue like class 0, and an arrow along w.
   */
  public static XYChart perceptronLine(double[] w, double b) {
    return PerceptronPlot.of(w, b, PerceptronPlot.DEFAULT_RANGE, PerceptronPlot.DEFAULT_RANGE, null);
  }

  /** Returns the neuron's decision line over the range of a two-feature dataset, its points on top. */
  public static XYChart perceptronLine(double[] w, double b, Dataset points) {
    requireTwoFeatureClassification(points, "perceptronLine");
    return PerceptronPlot.of(w, b, ClassScatter.range(points, 0), ClassScatter.range(points, 1), points);
  }

  // ---------------------------------------------------------------- classifiers

  /**
   * Returns the decision regions of {@code model} over a two-feature classification set, with the
   * examples scattered by class. The model is run on an 80×80 grid covering the features plus a
   * 10% margin, in eval mode (dropout off) inside {@code Tensor.noGrad()}; afterwards it is back in
   * training mode if it was in training mode before.
   *
   * <p>Outputs are read as follows. One column (binary): values all in [0, 1] are the probability
   * of class 1, otherwise they are logits and go through the sigmoid. k columns (k classes): rows
   * that are probabilities are used as they are, otherwise softmax is applied. Each cell gets the
   * color of the most probable class, stronger where the model is surer, so the boundary is the
   * pale band between colors.
   */
  public static XYChart decisionBoundary(Module model, Dataset dataset) {
    if (model == null) {
      throw new IllegalArgumentException("decisionBoundary: the model is null");
    }
    return DecisionBoundaryPlot.of(model, dataset);
  }

  /**
   * Returns the decision regions of any classifier given as a function from [m, 2] points to [m, 1]
   * probabilities of class 1 or [m, k] class probabilities (logits are accepted too, as in
   * {@link #decisionBoundary(Module, Dataset)}).
   */
  public static XYChart decisionBoundary(Function<NdArray, NdArray> probabilities, Dataset dataset) {
    if (probabilities == null) {
      throw new IllegalArgumentException("decisionBoundary: the probability function is null");
    }
    return DecisionBoundaryPlot.of(probabilities, dataset, "classifier");
  }

  // ---------------------------------------------------------------- optimization

  /**
   * Returns a filled contour map of a loss of two weights, {@code loss(w1, w2)}, over
   * {@code w1} × {@code w2}: viridis bands (dark = low) on a log(1 + loss − min) scale, with the
   * lowest grid point crossed. Add optimizer paths with {@link #trajectories}.
   */
  public static XYChart lossLandscape(DoubleBinaryOperator loss, Range w1, Range w2) {
    return LossLandscapePlot.of(loss, w1, w2);
  }

  /**
   * Draws optimizer paths on a loss landscape and returns the same chart: each entry maps a name
   * (the legend) to the (w1, w2) points visited, start first. Starts are white dots, ends white
   * diamonds; a path that diverges (NaN or ∞) stops where it was last finite.
   */
  public static XYChart trajectories(XYChart landscape, Map<String, double[][]> paths) {
    return TrajectoryOverlay.add(landscape, paths);
  }

  /**
   * Returns the final loss against the learning rate, one point per run, on a log learning-rate
   * axis. Diverged runs (NaN or ∞) are red crosses pinned above the highest finite loss; the best
   * rate is ringed.
   */
  public static XYChart learningRateSweep(double[] lrs, double[] finalLosses) {
    return LearningRatePlot.of(lrs, finalLosses);
  }

  /**
   * Returns a table of numbers as a heat map, e.g. the final loss of a grid of runs: {@code
   * values[r][c]} is drawn in row r (row 0 at the bottom, labelled {@code yLabels.get(r)}) and column c
   * (labelled {@code xLabels.get(c)}), in viridis from dark purple (lowest) to yellow (highest), each
   * cell labelled with its value. Colors follow a log scale when every finite value is positive and
   * they span more than a factor of ten (values 1000 times the lowest or more share the top color),
   * else a linear one; NaN and ∞ cells (diverged runs) are red and labelled "diverged".
   *
   * @throws IllegalArgumentException if a row's length differs from the column labels', or the
   *     number of rows from the row labels'
   */
  public static HeatMapChart heatMap(String title, String xTitle, List<?> xLabels, String yTitle, List<?> yLabels,
      double[][] values) {
    return HeatMapPlot.of(title, xTitle, xLabels, yTitle, yLabels, values);
  }

  // ---------------------------------------------------------------- training

  /**
   * Returns training and validation loss per epoch, with a dashed line at the epoch whose weights
   * early stopping kept and a dotted one where it stopped. For accuracy use
   * {@link #accuracyCurves}. For losses over orders of magnitude,
   * {@code chart.getStyler().setYAxisLogarithmic(true)}.
   */
  public static XYChart curves(History history) {
    return TrainingCurvesPlot.loss(history);
  }

  /** Returns training and validation accuracy per epoch, marked like {@link #curves}. */
  public static XYChart accuracyCurves(History history) {
    return TrainingCurvesPlot.accuracy(history);
  }

  /**
   * Returns one loss curve per run, in map order (use a {@code LinkedHashMap} to choose it): the
   * validation loss when every run measured one, the training loss otherwise.
   */
  public static XYChart compare(Map<String, History> byName) {
    return TrainingCurvesPlot.compareLoss(byName);
  }

  /**
   * Returns one curve per run of any measure, e.g.
   * {@code compare(runs, Epoch::valAccuracy, "validation accuracy")}.
   */
  public static XYChart compare(Map<String, History> byName, ToDoubleFunction<Epoch> measure, String measureName) {
    return TrainingCurvesPlot.compare(byName, measure, measureName);
  }

  // ---------------------------------------------------------------- data

  /**
   * Returns the first {@code n} examples of an image set (features are flattened square images:
   * 64 for 8×8 digits, 784 for 28×28) in a grid with their labels as captions. XChart has no image
   * grid, so this is an {@link ImageGrid}, saved with {@link Figures} like a chart.
   */
  public static ImageGrid images(Dataset dataset, int n) {
    if (dataset == null) {
      throw new IllegalArgumentException("images: the dataset is null");
    }
    return ImageGrid.of(dataset, n);
  }

  /** Returns a histogram of {@code values} in 30 bins. */
  public static XYChart histogram(double[] values) {
    return HistogramPlot.of(values, HistogramPlot.DEFAULT_BINS);
  }

  /** Returns a histogram of {@code values} in {@code bins} equal-width bins. */
  public static XYChart histogram(double[] values, int bins) {
    return HistogramPlot.of(values, bins);
  }

  /** Returns a histogram of every element of {@code values} (any shape) in 30 bins. */
  public static XYChart histogram(NdArray values) {
    return histogram(values, HistogramPlot.DEFAULT_BINS);
  }

  /** Returns a histogram of every element of {@code values} (any shape) in {@code bins} bins. */
  public static XYChart histogram(NdArray values, int bins) {
    if (values == null) {
      throw new IllegalArgumentException("histogram: the array is null");
    }
    return HistogramPlot.of(values.toArray(), bins);
  }

  private static void requireTwoFeatureClassification(Dataset points, String call) {
    if (points == null) {
      throw new IllegalArgumentException(call + ": the dataset is null");
    }
    if (points.featureCount() != 2 || !points.isClassification()) {
      throw new IllegalArgumentException(String.format(
          "%s: needs a classification set with 2 features to draw on the plane, but \"%s\" has %d feature%s%s",
          call, points.name(), points.featureCount(), points.featureCount() == 1 ? "" : "s",
          points.isClassification() ? "" : " and no class labels"));
    }
  }
}
