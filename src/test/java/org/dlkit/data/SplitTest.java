package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

class SplitTest {

  /** 100 examples whose only feature is their own index; classes of 60, 30 and 10 examples. */
  private static Dataset numbered() {
    double[] ids = new double[100];
    int[] labels = new int[100];
    for (int i = 0; i < 100; i++) {
      ids[i] = i;
      labels[i] = i % 10 == 0 ? 2 : i % 3 == 0 ? 1 : 0;
    }
    return Dataset.classification("numbered", NdArray.of(ids, 100, 1), labels, List.of("id"),
        List.of("a", "b", "c"));
  }

  @Test
  void stratifiedSplitKeepsEachClassProportion() {
    Dataset data = numbered();
    int[] all = data.classCounts();
    Split split = data.split(0.2, 42);
    int[] test = split.test().classCounts();
    int[] train = split.train().classCounts();
    for (int c = 0; c < all.length; c++) {
      assertEquals(Math.round(all[c] * 0.2), test[c], "test examples of class " + c);
      assertEquals(all[c], train[c] + test[c]);
    }
  }

  @Test
  void everyExampleLandsInExactlyOnePart() {
    Split split = numbered().split(0.25, 7);
    double[] ids = concat(split.train().features().toArray(), split.test().features().toArray());
    Arrays.sort(ids);
    for (int i = 0; i < 100; i++) {
      assertEquals(i, ids[i], 0.0);
    }
    assertEquals(100, split.train().size() + split.test().size());
  }

  @Test
  void labelsTravelWithTheirExamples() {
    Dataset data = numbered();
    Split split = data.split(0.3, 1);
    int[] labels = data.labels();
    double[] ids = split.test().features().toArray();
    int[] testLabels = split.test().labels();
    for (int i = 0; i < ids.length; i++) {
      assertEquals(labels[(int) ids[i]], testLabels[i]);
    }
  }

  @Test
  void sameSeedSameSplitAndDifferentSeedsDiffer() {
    Dataset data = numbered();
    assertEquals(data.split(0.2, 5).test().features(), data.split(0.2, 5).test().features());
    assertFalse(data.split(0.2, 5).test().features().equals(data.split(0.2, 6).test().features()));
  }

  @Test
  void partsAreShuffledSoClassesMix() {
    int[] labels = numbered().split(0.2, 3).train().labels();
    int[] sorted = labels.clone();
    Arrays.sort(sorted);
    assertFalse(Arrays.equals(sorted, labels), "train labels come grouped by class");
  }

  @Test
  void everyClassWithTwoExamplesAppearsInBothParts() {
    int[] labels = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
    Dataset data = Dataset.classification("rare", NdArray.zeros(10, 1), labels, List.of("x"), List.of("a", "b"));
    Split split = data.split(0.1, 0);
    assertArrayEquals(new int[] {7, 1}, split.train().classCounts());
    assertArrayEquals(new int[] {1, 1}, split.test().classCounts());
  }

  @Test
  void regressionIsSplitAtRandom() {
    Dataset sine = Datasets.noisySine(50, 0.1, 1);
    Split split = sine.split(0.2, 9);
    assertEquals(10, split.test().size());
    assertEquals(40, split.train().size());
    assertFalse(split.test().isClassification());
    double[] x = split.test().features().toArray();
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    assertFalse(Arrays.equals(sorted, x), "test examples kept their original order");
  }

  @Test
  void testFractionOutsideZeroOneIsRejected() {
    Dataset data = numbered();
    for (double bad : new double[] {0, 1, -0.2, 1.5, Double.NaN}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.split(bad, 1));
      assertEquals("split: testFraction is the share of examples held out for testing and must be between 0 and 1"
          + " (exclusive), e.g. 0.2 for an 80/20 split; got " + bad, e.getMessage());
    }
  }

  @Test
  void emptyPartsAreRejectedWithAFix() {
    Dataset sine = Datasets.noisySine(10, 0.1, 1);
    assertEquals("split: testFraction 0.01 of the 10 examples of noisy sine rounds to 0 test examples;"
        + " use a testFraction of at least 0.0500 or more examples",
        assertThrows(IllegalArgumentException.class, () -> sine.split(0.01, 1)).getMessage());
    assertEquals("split: testFraction 0.99 of the 10 examples of noisy sine leaves 0 training examples;"
        + " use a testFraction of at most 0.950",
        assertThrows(IllegalArgumentException.class, () -> sine.split(0.99, 1)).getMessage());
    Dataset one = numbered().subset(0);
    assertEquals("split: numbered has 1 example(s), but a split needs at least 2 (one to train on, one to test on)",
        assertThrows(IllegalArgumentException.class, () -> one.split(0.5, 1)).getMessage());
  }

  @Test
  void standardizedSplitUsesTrainStatisticsForBoth() {
    Split split = Datasets.blobs(400, 2, 2.0, 4).split(0.25, 4);
    Split scaled = split.standardized();
    StandardScaler scaler = StandardScaler.fit(split.train().features());
    assertEquals(scaler.transform(split.test().features()), scaled.test().features());
    assertEquals(split.test().labels().length, scaled.test().labels().length);
    assertTrue(scaled.toString().startsWith("Split(blobs: 300 train, 100 test"));
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
