package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticDataTest {

  static Stream<Arguments> generators() {
    return Stream.of(
        Arguments.of("passTheClass", (LongFunction<Dataset>) seed -> Datasets.passTheClass(100, seed), 100, 2, 2),
        Arguments.of("linearlySeparable", (LongFunction<Dataset>) seed -> Datasets.linearlySeparable(100, seed),
            100, 2, 2),
        Arguments.of("xor", (LongFunction<Dataset>) seed -> Datasets.xor(100, 0.1, seed), 100, 2, 2),
        Arguments.of("moons", (LongFunction<Dataset>) seed -> Datasets.moons(100, 0.1, seed), 100, 2, 2),
        Arguments.of("circles", (LongFunction<Dataset>) seed -> Datasets.circles(100, 0.1, 0.5, seed), 100, 2, 2),
        Arguments.of("spirals", (LongFunction<Dataset>) seed -> Datasets.spirals(99, 3, 0.2, seed), 99, 2, 3),
        Arguments.of("blobs", (LongFunction<Dataset>) seed -> Datasets.blobs(100, 4, 1.0, seed), 100, 2, 4),
        Arguments.of("noisySine", (LongFunction<Dataset>) seed -> Datasets.noisySine(10, 0.3, seed), 10, 1, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void sameSeedGivesIdenticalArraysAndDifferentSeedsDiffer(String name, LongFunction<Dataset> make) {
    Dataset a = make.apply(42);
    Dataset b = make.apply(42);
    Dataset c = make.apply(43);
    assertArrayEquals(a.features().toArray(), b.features().toArray(), 0.0);
    assertArrayEquals(a.targets().toArray(), b.targets().toArray(), 0.0);
    assertFalse(a.features().equals(c.features()) && a.targets().equals(c.targets()), name + " ignores its seed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void hasTheRequestedShape(String name, LongFunction<Dataset> make, int n, int d, int classes) {
    Dataset data = make.apply(7);
    assertArrayEquals(new int[] {n, d}, data.features().shape());
    assertEquals(n, data.targets().size());
    assertEquals(classes, data.classCount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void classesAreBalanced(String name, LongFunction<Dataset> make) {
    Dataset data = make.apply(7);
    if (!data.isClassification()) {
      return;
    }
    int[] counts = data.classCounts();
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int c : counts) {
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    assertTrue(max - min <= 1, name + " class counts " + java.util.Arrays.toString(counts));
  }

  @Test
  void moonsWithoutNoiseLieOnTheirHalfCircles() {
    Dataset moons = Datasets.moons(50, 0, 1);
    double[][] x = moons.features().toArray2d();
    int[] y = moons.labels();
    for (int i = 0; i < x.length; i++) {
      double cx = y[i] == 0 ? 0 : 1;
      double cy = y[i] == 0 ? 0 : 0.5;
      assertEquals(1.0, Math.hypot(x[i][0] - cx, x[i][1] - cy), 1e-12);
      assertTrue(y[i] == 0 ? x[i][1] >= -1e-12 : x[i][1] <= 0.5 + 1e-12);
    }
  }

  @Test
  void circlesWithoutNoiseHaveRadiusOneAndFactor() {
    Dataset circles = Datasets.circles(40, 0, 0.3, 1);
    double[][] x = circles.features().toArray2d();
    int[] y = circles.labels();
    for (int i = 0; i < x.length; i++) {
      assertEquals(y[i] == 0 ? 1.0 : 0.3, Math.hypot(x[i][0], x[i][1]), 1e-12);
    }
  }

  @Test
  void xorOfFourPointsIsTheTruthTable() {
    Dataset xor = Datasets.xor(4, 0, 3);
    double[][] x = xor.features().toArray2d();
    int[] y = xor.labels();
    for (int i = 0; i < 4; i++) {
      assertEquals((int) x[i][0] ^ (int) x[i][1], y[i]);
    }
    assertEquals(List.of("x1", "x2"), xor.featureNames());
  }

  @Test
  void noisySineWithoutNoiseIsTheSineOnEvenlySpacedPoints() {
    Dataset sine = Datasets.noisySine(5, 0, 1);
    assertFalse(sine.isClassification());
    assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, sine.features().toArray(), 1e-12);
    assertArrayEquals(new double[] {0, 1, 0, -1, 0}, sine.targets().toArray(), 1e-12);
  }

  @Test
  void linearlySeparableHasAGapAPerceptronCanFind() {
    Dataset data = Datasets.linearlySeparable(200, 5);
    double[][] x = data.features().toArray2d();
    int[] y = data.labels();
    // A perceptron with bias converges on separable data; run it until an epoch makes no mistake.
    double w1 = 0;
    double w2 = 0;
    double b = 0;
    boolean converged = false;
    for (int epoch = 0; epoch < 1000 && !converged; epoch++) {
      converged = true;
      for (int i = 0; i < x.length; i++) {
        int sign = y[i] == 1 ? 1 : -1;
        if (sign * (w1 * x[i][0] + w2 * x[i][1] + b) <= 0) {
          w1 += sign * x[i][0];
          w2 += sign * x[i][1];
          b += sign;
          converged = false;
        }
      }
    }
    assertTrue(converged, "perceptron did not separate linearlySeparable(200, 5)");
  }

  @Test
  void spiralsAndBlobsUseNumberedClassNames() {
    assertEquals(List.of("0", "1", "2"), Datasets.spirals(30, 3, 0.2, 1).classNames());
    assertEquals(List.of("0", "1"), Datasets.blobs(10, 2, 1, 1).classNames());
  }

  @Test
  void badArgumentsAreNamedInTheMessage() {
    assertEquals("moons: n must be at least 2 (one example per moon), got 1",
        assertThrows(IllegalArgumentException.class, () -> Datasets.moons(1, 0.1, 1)).getMessage());
    assertEquals("xor: noise must be a finite number >= 0 (0 means none), got -0.1",
        assertThrows(IllegalArgumentException.class, () -> Datasets.xor(8, -0.1, 1)).getMessage());
    assertEquals("circles: factor is the inner circle's radius relative to the outer one, so it must be in (0, 1),"
        + " e.g. 0.5; got 1.5",
        assertThrows(IllegalArgumentException.class, () -> Datasets.circles(10, 0, 1.5, 1)).getMessage());
    assertEquals("spirals: classes must be at least 2 (a classification set needs two arms or more), got 1",
        assertThrows(IllegalArgumentException.class, () -> Datasets.spirals(10, 1, 0.2, 1)).getMessage());
    assertEquals("blobs: n must be at least 5 (one example per center), got 3",
        assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(3, 5, 1, 1)).getMessage());
    assertEquals("noisySine: noise must be a finite number >= 0 (0 means none), got NaN",
        assertThrows(IllegalArgumentException.class, () -> Datasets.noisySine(10, Double.NaN, 1)).getMessage());
  }
}
