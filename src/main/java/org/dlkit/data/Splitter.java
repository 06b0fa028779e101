package org.dlkit.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Cuts a dataset into train and test parts: stratified by class for classification, at random for regression.
 * Reached through {@link Dataset#split(double, long)}.
 */
final class Splitter {
  private Splitter() {}

  /**
   * Splits {@code data}. For classification each class is shuffled and round(testFraction × its size) of its
   * examples go to test, but at least one and at most all but one when the class has two or more, so every
   * such class appears in both parts. For regression round(testFraction × n) random examples go to test.
   * Both parts are then shuffled, so classes are mixed.
   */
  static Split split(Dataset data, double testFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("split: testFraction is the share of examples held out for testing and"
          + " must be between 0 and 1 (exclusive), e.g. 0.2 for an 80/20 split; got " + testFraction);
    }
    if (data.size() < 2) {
      throw new IllegalArgumentException(String.format("split: %s has %d example(s), but a split needs at least 2"
          + " (one to train on, one to test on)", data.name(), data.size()));
    }
    Random random = new Random(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int[] group : groups(data)) {
      Checks.shuffle(group, random);
      int nTest = (int) Math.round(group.length * testFraction);
      if (data.isClassification() && group.length >= 2) {
        nTest = Math.max(1, Math.min(group.length - 1, nTest));
      }
      for (int i = 0; i < group.length; i++) {
        (i < nTest ? test : train).add(group[i]);
      }
    }
    checkNonEmpty(data, testFraction, train.size(), test.size());
    return new Split(data.subset(shuffled(train, random)), data.subset(shuffled(test, random)));
  }

  /** Returns the indices of each class (classification) or of all examples (regression). */
  private static List<int[]> groups(Dataset data) {
    if (!data.isClassification()) {
      return List.of(IntStream.range(0, data.size()).toArray());
    }
    int[] labels = data.labels();
    int[] counts = data.classCounts();
    List<int[]> groups = new ArrayList<>();
    int[] filled = new int[counts.length];
    for (int count : counts) {
      groups.add(new int[count]);
    }
    for (int i = 0; i < labels.length; i++) {
      groups.get(labels[i])[filled[labels[i]]++] = i;
    }
    return groups;
  }

  private static void checkNonEmpty(Dataset data, double testFraction, int nTrain, int nTest) {
    if (nTest == 0) {
      throw new IllegalArgumentException(String.format("split: testFraction %s of the %d examples of %s rounds"
          + " to 0 test examples; use a testFraction of at least %.3g or more examples",
          testFraction, data.size(), data.name(), 0.5 / data.size()));
    }
    if (nTrain == 0) {
      throw new IllegalArgumentException(String.format("split: testFraction %s of the %d examples of %s leaves"
          + " 0 training examples; use a testFraction of at most %.3g", testFraction, data.size(), data.name(),
          1 - 0.5 / data.size()));
    }
  }

  private static int[] shuffled(List<Integer> indices, Random random) {
    int[] result = indices.stream().mapToInt(Integer::intValue).toArray();
    Checks.shuffle(result, random);
    return result;
  }
}
