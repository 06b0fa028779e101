package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.train.History;
import org.dlkit.train.HistoryFixtures;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** Every lab figure renders headless to a 600×400 PNG with content; the PNGs land in target/plots. */
class PlotsTest {

  @Test
  void activationDrawsEachFunctionAndItsDerivative() {
    XYChart chart = Plots.activation();
    assertEquals(8, chart.getSeriesMap().size());
    assertTrue(chart.getSeriesMap().containsKey("sigmoid′"));
    Rendered.check(chart, "activation");
  }

  @Test
  void activationTakesCustomCurvesWithNumericalDerivatives() {
    Curve swish = Curve.of("swish", x -> x * NdArray.sigmoid(x));
    assertEquals(0.5, swish.derivative().applyAsDouble(0), 1e-6);
    Rendered.check(Plots.activation(Curve.SIGMOID, swish), "activation-custom");
  }

  @Test
  void decisionBoundaryOfAModel() {
    Dataset moons = Fixtures.moons(120, 1);
    XYChart chart = Plots.decisionBoundary(new Fixtures.FixedNeuron(1.5, -3, 0.2, false), moons);
    assertTrue(chart.getSeriesMap().containsKey("upper"));
    assertTrue(chart.getSeriesMap().containsKey("lower"));
    assertEquals("x1", chart.getXAxisTitle());
    Rendered.check(chart, "decision-boundary-model");
  }

  @Test
  void decisionBoundaryOfANonlinearFunctionOnMoons() {
    Dataset moons = Fixtures.moons(200, 2);
    // A hand-made curved classifier: class 1 ("lower") below the wave y = 0.25 + 0.6 sin(0.9 π (0.5 - x)).
    XYChart chart = Plots.decisionBoundary(points -> {
      double[][] rows = points.toArray2d();
      double[] p = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        double wave = 0.25 + 0.6 * Math.sin(0.9 * Math.PI * (0.5 - rows[i][0]));
        p[i] = NdArray.sigmoid(5 * (wave - rows[i][1]));
      }
      return NdArray.of(p, rows.length, 1);
    }, moons);
    Rendered.check(chart, "decision-boundary-moons");
  }

  @Test
  void decisionBoundaryOfThreeClassesColorsByArgmax() {
    Dataset blobs = Fixtures.blobs(150, 3);
    double[][] centres = {{-2, 0}, {2, 0}, {0, 3}};
    XYChart chart = Plots.decisionBoundary(points -> {
      double[][] rows = points.toArray2d();
      double[][] logits = new double[rows.length][3];
      for (int i = 0; i < rows.length; i++) {
        for (int c = 0; c < 3; c++) {
          logits[i][c] = -Math.hypot(rows[i][0] - centres[c][0], rows[i][1] - centres[c][1]);
        }
      }
      return NdArray.of(logits);
    }, blobs);
    assertEquals(3, chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend()).count());
    Rendered.check(chart, "decision-boundary-3-classes");
  }

  @Test
  void perceptronLineAlone() {
    Rendered.check(Plots.perceptronLine(new double[] {1, 2}, -1), "perceptron-line");
  }

  @Test
  void perceptronLineWithPoints() {
    Rendered.check(Plots.perceptronLine(new double[] {1.5, -3}, 0.2, Fixtures.moons(80, 4)), "perceptron-line-points");
  }

  @Test
  void lossLandscapeWithTrajectories() {
    DoubleBinaryOperator loss = (a, b) -> 0.5 * a * a + 5 * b * b;  // an elongated bowl
    XYChart chart = Plots.lossLandscape(loss, Range.of(-4, 4), Range.of(-2, 2));
    Map<String, double[][]> paths = new LinkedHashMap<>();
    paths.put("SGD lr 0.15", descend(0.15, 0.0, 30));
    paths.put("momentum 0.8", descend(0.05, 0.8, 30));
    paths.put("SGD lr 0.21 (diverges)", descend(0.21, 0.0, 30));
    Plots.trajectories(chart, paths);
    assertTrue(chart.getSeriesMap().containsKey("start"));
    assertTrue(chart.getSeriesMap().containsKey("end"));
    Rendered.check(chart, "loss-landscape");
  }

  @Test
  void lossLandscapeOfRosenbrock() {
    DoubleBinaryOperator rosenbrock = (a, b) -> (1 - a) * (1 - a) + 100 * (b - a * a) * (b - a * a);
    Rendered.check(Plots.lossLandscape(rosenbrock, Range.of(-2, 2), Range.of(-1, 3)), "loss-landscape-rosenbrock");
  }

  @Test
  void curvesMarkEarlyStopping() {
    XYChart chart = Plots.curves(HistoryFixtures.overfitting(30, 14, 20));
    assertTrue(chart.getSeriesMap().containsKey("best epoch 14"));
    assertTrue(chart.getSeriesMap().containsKey("stopped at epoch 20"));
    Rendered.check(chart, "curves");
  }

  @Test
  void curvesWithoutValidationOrStopping() {
    XYChart chart = Plots.curves(HistoryFixtures.trainLossOnly(0.9, 0.6, 0.45, 0.4, 0.37, 0.36));
    assertEquals(1, chart.getSeriesMap().size());
    Rendered.check(chart, "curves-train-only");
  }

  @Test
  void accuracyCurves() {
    Rendered.check(Plots.accuracyCurves(HistoryFixtures.overfitting(30, 14, 20)), "accuracy-curves");
  }

  @Test
  void compareDrawsOneCurvePerRun() {
    Map<String, History> runs = new LinkedHashMap<>();
    runs.put("no dropout", HistoryFixtures.overfitting(30, 10, -1));
    runs.put("dropout 0.2", HistoryFixtures.overfitting(30, 18, -1));
    runs.put("dropout 0.5", HistoryFixtures.overfitting(30, 25, -1));
    XYChart chart = Plots.compare(runs);
    assertEquals(3, chart.getSeriesMap().size());
    assertEquals("validation loss", chart.getYAxisTitle());
    Rendered.check(chart, "compare");
  }

  @Test
  void compareFallsBackToTrainingLoss() {
    Map<String, History> runs = new LinkedHashMap<>();
    runs.put("sgd", HistoryFixtures.trainLossOnly(1, 0.8, 0.7, 0.65));
    runs.put("adam", HistoryFixtures.trainLossOnly(1, 0.5, 0.3, 0.2));
    assertEquals("training loss", Plots.compare(runs).getYAxisTitle());
  }

  @Test
  void learningRateSweepPinsDivergedRunsAtTheTop() {
    double[] lrs = {1e-4, 1e-3, 1e-2, 3e-2, 0.1, 0.3, 1, 3};
    double[] losses = {0.69, 0.6, 0.31, 0.22, 0.18, 0.41, Double.NaN, Double.POSITIVE_INFINITY};
    XYChart chart = Plots.learningRateSweep(lrs, losses);
    assertTrue(chart.getSeriesMap().containsKey("diverged (NaN or ∞)"));
    assertTrue(chart.getSeriesMap().containsKey("best: lr = 0.1"));
    assertEquals(2, chart.getSeriesMap().get("diverged (NaN or ∞)").getXData().length);
    Rendered.check(chart, "learning-rate-sweep");
  }

  @Test
  void histogramOfValues() {
    NdArray weights = NdArray.randn(7, 40, 50);
    Rendered.check(Plots.histogram(weights), "histogram");
  }

  @Test
  void histogramLeavesOutNonFiniteValues() {
    XYChart chart = Plots.histogram(new double[] {1, 2, 2, 3, 3, 3, Double.NaN, Double.POSITIVE_INFINITY}, 3);
    assertEquals("Histogram of 6 values (2 NaN/∞ left out)", chart.getTitle());
    double[] counts = chart.getSeriesMap().get("count").getYData();
    assertEquals(List.of(1.0, 2.0, 3.0), List.of(counts[0], counts[1], counts[2]));
  }

  @Test
  void imagesShowsAGridWithLabels() {
    ImageGrid grid = Plots.images(Fixtures.digits(30, 5), 18);
    assertEquals("bars8x8: first 18 of 30 examples", grid.title());
    Rendered.check(grid, "images");
  }

  @Test
  void imagesOfLargerPictures() {
    double[][] x = new double[4][784];
    for (int i = 0; i < 4; i++) {
      for (int p = 0; p < 784; p++) {
        double r = Math.hypot(p / 28 - 14, p % 28 - 14);
        x[i][p] = Math.abs(r - 4 - 2 * i) < 1.5 ? 255 : 0;
      }
    }
    Dataset rings = Dataset.classification("rings", NdArray.of(x), new int[] {0, 1, 2, 3},
        Dataset.defaultFeatureNames(784), List.of("r4", "r6", "r8", "r10"));
    Rendered.check(Plots.images(rings, 10), "images-28x28");
  }

  /** Returns the path of gradient descent with momentum on 0.5 a² + 5 b² from (-3.5, 1.5). */
  private static double[][] descend(double lr, double momentum, int steps) {
    double[][] path = new double[steps + 1][];
    double a = -3.5;
    double b = 1.5;
    double va = 0;
    double vb = 0;
    path[0] = new double[] {a, b};
    for (int i = 1; i <= steps; i++) {
      va = momentum * va - lr * a;
      vb = momentum * vb - lr * 10 * b;
      a += va;
      b += vb;
      path[i] = new double[] {a, b};
    }
    return path;
  }
}
