package org.dlkit.plot;

import java.awt.Color;
import java.util.function.Function;
import org.dlkit.autograd.NoGrad;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Module;
import org.knowm.xchart.XYChart;

/**
 * Draws what a classifier predicts over the plane of two features: each grid cell is tinted in the
 * color of the predicted class, stronger where the model is surer, so the decision boundary shows
 * as the pale band between colors; the examples are scattered on top in their class colors.
 */
final class DecisionBoundaryPlot {
  /** Cells per side of the probability map. */
  static final int RESOLUTION = 80;
  /** Tint levels from least to most confident. */
  private static final int LEVELS = 6;

  private DecisionBoundaryPlot() {}

  /** Evaluates {@code model} in eval mode without a graph, then restores its previous mode. */
  static XYChart of(Module model, Dataset dataset) {
    return of(points -> evaluate(model, points), dataset, "model");
  }

  /** Draws the regions of {@code probabilities}, a map from [m, 2] points to [m, k] outputs. */
  static XYChart of(Function<NdArray, NdArray> probabilities, Dataset dataset, String what) {
    check(dataset);
    Grid grid = new Grid(ClassScatter.range(dataset, 0), ClassScatter.range(dataset, 1), RESOLUTION);
    NdArray outputs = probabilities.apply(grid.points());
    ClassMap map = ClassMap.of(outputs, grid.size(), dataset.classCount(), dataset.name());

    XYChart chart = ChartStyle.xyChart("Decision regions of the " + what + " on \u201c" + dataset.name() + "\u201d",
        dataset.featureNames().get(0), dataset.featureNames().get(1));
    grid.paint(chart, colors(map));
    ClassScatter.add(chart, dataset);
    return chart;
  }

  @SuppressWarnings("try") // the scope is only opened and closed
  private static NdArray evaluate(Module model, NdArray points) {
    boolean wasTraining = model.isTraining();
    model.eval();
    try (NoGrad scope = Tensor.noGrad()) {
      return model.forward(Tensor.of(points)).data();
    } finally {
      if (wasTraining) {
        model.train();
      }
    }
  }

  private static Color[] colors(ClassMap map) {
    Color[] colors = new Color[map.classes().length];
    for (int k = 0; k < colors.length; k++) {
      int level = (int) Math.min(LEVELS - 1, Math.floor(map.confidence()[k] * LEVELS));
      double strength = 0.08 + 0.47 * level / (LEVELS - 1);
      colors[k] = Palette.tint(Palette.classColor(map.classes()[k]), strength);
    }
    return colors;
  }

  private static void check(Dataset dataset) {
    if (!dataset.isClassification()) {
      throw new IllegalArgumentException("decisionBoundary: \"" + dataset.name()
          + "\" is a regression set; decision regions need class labels (Dataset.classification)");
    }
    if (dataset.featureCount() != 2) {
      throw new IllegalArgumentException(String.format(
          "decisionBoundary: the plane has 2 axes, so it needs a dataset with 2 features, but \"%s\" has %d %s. "
              + "Pick two columns and train the model on them, e.g. Dataset.classification(name, "
              + "features.slice(1, 0, 2), labels, featureNames.subList(0, 2), classNames)",
          dataset.name(), dataset.featureCount(), dataset.featureNames()));
    }
  }
}
