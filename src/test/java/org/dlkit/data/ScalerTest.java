package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;
import org.junit.jupiter.api.Test;

class ScalerTest {
  private final Split split = Datasets.iris().split(0.3, 11);

  @Test
  void standardScalerGivesTrainMeanZeroAndStdOne() {
    StandardScaler scaler = StandardScaler.fit(split.train().features());
    NdArray train = scaler.transform(split.train().features());
    assertArrayEquals(new double[4], train.mean(false, 0).toArray(), 1e-12);
    assertArrayEquals(new double[] {1, 1, 1, 1}, train.pow(2).mean(false, 0).sqrt().toArray(), 1e-12);
  }

  @Test
  void standardScalerIsFittedOnTrainOnly() {
    NdArray trainX = Datasets.blobs(200, 1, 1.0, 1).features();
    NdArray testX = trainX.add(3); // the test set sits 3 units (about 3 std) further along every axis
    StandardScaler scaler = StandardScaler.fit(trainX);
    double[] testMean = scaler.transform(testX).mean(false, 0).toArray();
    for (double m : testMean) {
      assertTrue(m > 2, "test mean after train scaling should stay far from 0, got " + m);
    }
    assertArrayEquals(new double[2], StandardScaler.fit(testX).transform(testX).mean(false, 0).toArray(), 1e-12);
  }

  @Test
  void standardScalerMatchesHandComputedStatistics() {
    NdArray x = NdArray.of(new double[][] {{1, 10}, {3, 10}, {5, 10}});
    StandardScaler scaler = StandardScaler.fit(x);
    assertArrayEquals(new double[] {3, 10}, scaler.mean().toArray(), 1e-12);
    // population std of 1, 3, 5 is sqrt(8/3); the constant column gets scale 1
    assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 1}, scaler.scale().toArray(), 1e-12);
    assertArrayEquals(new double[] {0, 0, 0}, scaler.transform(x).slice(1, 1, 2).flatten().toArray(), 0.0);
  }

  @Test
  void constantColumnsAreNotDividedByZero() {
    NdArray x = NdArray.of(new double[][] {{0.1, 7}, {0.1, 7}, {0.1, 7}});
    NdArray standard = StandardScaler.fit(x).transform(x);
    NdArray minMax = MinMaxScaler.fit(x).transform(x);
    for (double v : standard.toArray()) {
      assertEquals(0, v, 1e-12);
    }
    for (double v : minMax.toArray()) {
      assertEquals(0, v, 1e-12);
    }
  }

  @Test
  void minMaxScalerMapsTrainToZeroOneAndTestOutside() {
    NdArray train = NdArray.of(new double[][] {{0, -1}, {10, 1}, {5, 0}});
    MinMaxScaler scaler = MinMaxScaler.fit(train);
    assertArrayEquals(new double[] {0, -1}, scaler.min().toArray(), 0.0);
    assertArrayEquals(new double[] {10, 2}, scaler.range().toArray(), 0.0);
    assertArrayEquals(new double[] {0, 0, 1, 1, 0.5, 0.5}, scaler.transform(train).toArray(), 1e-12);
    assertArrayEquals(new double[] {2, 1.5}, scaler.transform(NdArray.of(new double[][] {{20, 2}})).toArray(), 1e-12);
  }

  @Test
  void inverseTransformUndoesTransform() {
    NdArray x = split.test().features();
    StandardScaler standard = StandardScaler.fit(split.train().features());
    MinMaxScaler minMax = MinMaxScaler.fit(split.train().features());
    assertTrue(standard.inverseTransform(standard.transform(x)).allClose(x, 1e-12, 1e-12));
    assertTrue(minMax.inverseTransform(minMax.transform(x)).allClose(x, 1e-12, 1e-12));
  }

  @Test
  void datasetScaledKeepsTargetsAndNames() {
    StandardScaler scaler = StandardScaler.fit(split.train().features());
    Dataset test = split.test().scaled(scaler);
    assertEquals(split.test().targets(), test.targets());
    assertEquals(split.test().featureNames(), test.featureNames());
    assertEquals(scaler.transform(split.test().features()), test.features());
  }

  @Test
  void wrongWidthIsAShapeErrorNamingBothShapes() {
    StandardScaler scaler = StandardScaler.fit(split.train().features());
    assertEquals("StandardScaler.transform: fitted on 4 features, so it needs [examples, 4], got [2, 3]",
        assertThrows(ShapeException.class, () -> scaler.transform(NdArray.zeros(2, 3))).getMessage());
    assertEquals("MinMaxScaler.fit: needs the training features as a non-empty matrix [examples, features], got [5]",
        assertThrows(ShapeException.class, () -> MinMaxScaler.fit(NdArray.zeros(5))).getMessage());
  }

  @Test
  void handMadeScalersAreValidated() {
    assertEquals("StandardScaler: scale of feature 1 must be finite and > 0, got 0.0 (fit the scaler with"
        + " StandardScaler.fit(features), which uses 1 for constant columns)",
        assertThrows(IllegalArgumentException.class,
            () -> new StandardScaler(NdArray.of(0, 0), NdArray.of(1, 0))).getMessage());
    assertThrows(ShapeException.class, () -> new MinMaxScaler(NdArray.of(0, 0), NdArray.of(1.0)));
  }
}
