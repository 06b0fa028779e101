package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.train.History;
import org.dlkit.train.HistoryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every figure rejects bad input with a message that says what is wrong and, where it can, how to fix it. */
class BadInputTest {

  private static String message(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }

  private static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "expected \"" + part + "\" in: " + message);
    }
  }

  @Test
  void rangeNeedsMinBelowMax() {
    assertMentions(message(() -> Range.of(2, 1)), "needs finite min < max", "[2.0, 1.0]");
    assertMentions(message(() -> Range.of(0, Double.NaN)), "finite");
  }

  @Test
  void perceptronLineNeedsTwoNonZeroWeights() {
    assertMentions(message(() -> Plots.perceptronLine(new double[] {1, 2, 3}, 0)), "needs 2 weights", "got 3");
    assertMentions(message(() -> Plots.perceptronLine(new double[] {0, 0}, 1)), "both weights are 0");
  }

  @Test
  void perceptronLinePointsNeedTwoFeatures() {
    Dataset wide = Dataset.classification("wide", NdArray.of(new double[][] {{1, 2, 3}}), new int[] {0},
        List.of("a", "b", "c"), List.of("x"));
    assertMentions(message(() -> Plots.perceptronLine(new double[] {1, 1}, 0, wide)),
        "needs a classification set with 2 features", "\"wide\" has 3 features");
  }

  @Test
  void trajectoriesNeedPairs() {
    var landscape = Plots.lossLandscape((a, b) -> a * a + b * b, Range.of(-1, 1), Range.of(-1, 1));
    assertMentions(message(() -> Plots.trajectories(landscape, Map.of("sgd", new double[][] {{0, 0}, {1, 2, 3}}))),
        "point 1 of path \"sgd\" has 3 values", "pair (w1, w2)");
    assertMentions(message(() -> Plots.trajectories(landscape, Map.of("adam", new double[0][]))),
        "path \"adam\" has no points");
  }

  @Test
  void lossLandscapeNeedsSomeFiniteLoss() {
    assertMentions(message(() -> Plots.lossLandscape((a, b) -> Double.NaN, Range.of(0, 1), Range.of(0, 1))),
        "NaN or infinite at every point");
  }

  @Test
  void learningRateSweepChecksLengthsAndSigns() {
    assertMentions(message(() -> Plots.learningRateSweep(new double[] {0.1, 1}, new double[] {0.5})),
        "one final loss per learning rate", "2 learning rates and 1 losses");
    assertMentions(message(() -> Plots.learningRateSweep(new double[] {0.1, 0}, new double[] {0.5, 0.4})),
        "learning rate 1 is 0.0", "must be positive");
  }

  @Test
  void learningRateSweepDrawsRunsThatAllDiverged() {
    var chart = Plots.learningRateSweep(new double[] {1, 10}, new double[] {Double.NaN, Double.NaN});
    assertEquals(1, chart.getSeriesMap().size());
    Rendered.check(chart, "learning-rate-sweep-all-diverged");
  }

  @Test
  void curvesNeedEpochs() {
    assertMentions(message(() -> Plots.curves(new History())), "no epochs yet", "after fit");
  }

  @Test
  void accuracyCurvesExplainMissingAccuracy() {
    assertMentions(message(() -> Plots.accuracyCurves(HistoryFixtures.trainLossOnly(1, 0.5))),
        "no accuracy measured", "plot curves(history) for the loss");
  }

  @Test
  void compareNeedsRuns() {
    assertMentions(message(() -> Plots.compare(Map.of())), "needs at least one named History");
  }

  @Test
  void imagesNeedSquareImages() {
    assertMentions(message(() -> Plots.images(Fixtures.moons(10, 1), 4)),
        "flattened square image", "64 values for 8×8", "\"moons\" has 2 features");
    assertMentions(message(() -> Plots.images(Fixtures.digits(4, 1), 0)), "n must be at least 1");
  }

  @Test
  void histogramNeedsValues() {
    assertMentions(message(() -> Plots.histogram(new double[0])), "needs at least one value");
    assertMentions(message(() -> Plots.histogram(new double[] {Double.NaN})), "all 1 values are NaN or infinite");
    assertMentions(message(() -> Plots.histogram(new double[] {1}, 0)), "at least 1 bin");
  }

  @Test
  void repeatedNamesNeverReachXChart() {
    Dataset twins = Dataset.classification("twins", NdArray.of(new double[][] {{0, 0}, {1, 1}}), new int[] {0, 1},
        List.of("a", "b"), List.of("same", "same"));
    var chart = Plots.decisionBoundary(p -> NdArray.full(0.7, p.shape(0), 1), twins);
    assertTrue(chart.getSeriesMap().containsKey("same (2)"));
  }
}
