package org.dlkit.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A named set of examples: features as an [n, d] {@link NdArray}, one target per example, and the
 * names of the features and (for classification) of the classes. Immutable.
 *
 * <p>For classification the targets are class indices 0..k-1, read with {@link #labels()}; for
 * regression they are real numbers, read with {@link #targets()}.
 */
public final class Dataset {
  private final String name;
  private final NdArray features;
  private final NdArray targets;
  private final List<String> featureNames;
  private final List<String> classNames;

  private Dataset(String name, NdArray features, NdArray targets, List<String> featureNames, List<String> classNames) {
    if (features.ndim() != 2) {
      throw new ShapeException(name + ": features must be a matrix [examples, features], got "
          + ShapeException.format(features.shape()));
    }
    if (targets.ndim() != 1 || targets.size() != features.shape(0)) {
      throw new ShapeException(String.format("%s: %d examples need %d targets in a 1-D array, got %s",
          name, features.shape(0), features.shape(0), ShapeException.format(targets.shape())));
    }
    if (featureNames.size() != features.shape(1)) {
      throw new IllegalArgumentException(String.format("%s: %d feature names for %d feature columns",
          name, featureNames.size(), features.shape(1)));
    }
    this.name = name;
    this.features = features;
    this.targets = targets;
    this.featureNames = List.copyOf(featureNames);
    this.classNames = List.copyOf(classNames);
  }

  /** Returns a classification set; labels are class indices into {@code classNames}. */
  public static Dataset classification(String name, NdArray features, int[] labels, List<String> featureNames,
      List<String> classNames) {
    double[] targets = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException(String.format("%s: label %d of example %d is not in 0..%d (classes %s)",
            name, labels[i], i, classNames.size() - 1, classNames));
      }
      targets[i] = labels[i];
    }
    return new Dataset(name, features, NdArray.of(targets), featureNames, classNames);
  }

  /** Returns a regression set with one real target per example. */
  public static Dataset regression(String name, NdArray features, NdArray targets, List<String> featureNames) {
    return new Dataset(name, features, targets.flatten(), featureNames, List.of());
  }

  /** Returns names {@code x1, x2, ...} for d unnamed features. */
  public static List<String> defaultFeatureNames(int d) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= d; i++) {
      names.add("x" + i);
    }
    return names;
  }

  /** Returns the name, e.g. "moons". */
  public String name() {
    return name;
  }

  /** Returns the features, [examples, features]. */
  public NdArray features() {
    return features;
  }

  /** Returns the targets as a 1-D array: class indices for classification, values for regression. */
  public NdArray targets() {
    return targets;
  }

  /** Returns the class index of each example; only for classification sets. */
  public int[] labels() {
    if (!isClassification()) {
      throw new IllegalStateException(name + " is a regression set; its targets are real numbers, read them with targets()");
    }
    return Arrays.stream(targets.toArray()).mapToInt(v -> (int) v).toArray();
  }

  /** Returns true when the targets are class labels. */
  public boolean isClassification() {
    return !classNames.isEmpty();
  }

  /** Returns the number of examples. */
  public int size() {
    return features.shape(0);
  }

  /** Returns the number of features per example. */
  public int featureCount() {
    return features.shape(1);
  }

  /** Returns the number of classes (0 for regression). */
  public int classCount() {
    return classNames.size();
  }

  /** Returns the feature names, one per column. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** Returns the class names, indexed by label; empty for regression. */
  public List<String> classNames() {
    return classNames;
  }

  /** Returns the examples at the given indices, in that order. */
  public Dataset subset(int... indices) {
    int d = featureCount();
    double[] x = new double[indices.length * d];
    double[] y = new double[indices.length];
    double[] allX = features.toArray();
    double[] allY = targets.toArray();
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(allX, indices[i] * d, x, i * d, d);
      y[i] = allY[indices[i]];
    }
    return new Dataset(name, NdArray.of(x, indices.length, d), NdArray.of(y), featureNames, classNames);
  }

  /** Returns the same examples with new features (e.g. scaled), keeping targets and names. */
  public Dataset withFeatures(NdArray newFeatures) {
    return new Dataset(name, newFeatures, targets, featureNames, classNames);
  }

  /** Returns how many examples each class has, indexed by label; only for classification sets. */
  public int[] classCounts() {
    int[] counts = new int[classCount()];
    for (int label : labels()) {
      counts[label]++;
    }
    return counts;
  }

  /**
   * Returns a train/test split with {@code testFraction} of the examples held out (e.g. 0.2), shuffled with
   * {@code seed}. Classification sets are split stratified: each class in the same proportion, and every class
   * with two or more examples lands in both parts. Regression sets are split at random.
   *
   * @throws IllegalArgumentException if testFraction is not in (0, 1) or a part would be empty
   */
  public Split split(double testFraction, long seed) {
    return Splitter.split(this, testFraction, seed);
  }

  /** Returns the same examples with features transformed by a fitted scaler, e.g. {@link StandardScaler}. */
  public Dataset scaled(Scaler scaler) {
    return withFeatures(scaler.transform(features));
  }

  /** Returns a Tablesaw table: one column per feature, then the target (class names for classification). */
  public Table toTable() {
    Table table = Table.create(name);
    double[][] rows = features.toArray2d();
    for (int j = 0; j < featureCount(); j++) {
      double[] column = new double[size()];
      for (int i = 0; i < size(); i++) {
        column[i] = rows[i][j];
      }
      table.addColumns(DoubleColumn.create(featureNames.get(j), column));
    }
    if (isClassification()) {
      String[] classes = Arrays.stream(labels()).mapToObj(classNames::get).toArray(String[]::new);
      table.addColumns(StringColumn.create("class", classes));
    } else {
      table.addColumns(DoubleColumn.create("target", targets.toArray()));
    }
    return table;
  }

  @Override
  public String toString() {
    return String.format("Dataset(%s: %d examples, %d features%s)", name, size(), featureCount(),
        isClassification() ? ", classes " + classNames : ", regression");
  }
}
