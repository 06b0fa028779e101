package org.dlkit.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dlkit.nd.NdArray;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads the small real datasets bundled as resources (iris, digits, breast cancer) with Tablesaw.
 * Reached through {@link Datasets}; see ATTRIBUTION.md beside the files for their origin.
 */
final class BundledData {
  private static final List<String> BREAST_CANCER_MEASURES = List.of("radius", "texture", "perimeter", "area",
      "smoothness", "compactness", "concavity", "concave points", "symmetry", "fractal dimension");

  private BundledData() {}

  /** Fisher's iris: 150 flowers, 4 measurements in cm, 3 species. */
  static Dataset iris() {
    return readWithHeaderLine("iris", "iris.csv", List.of("sepal length (cm)", "sepal width (cm)",
        "petal length (cm)", "petal width (cm)"));
  }

  /** Wisconsin diagnostic breast cancer: 569 tumours, 30 features, malignant (0) or benign (1). */
  static Dataset breastCancer() {
    List<String> names = new ArrayList<>();
    BREAST_CANCER_MEASURES.forEach(m -> names.add("mean " + m));
    BREAST_CANCER_MEASURES.forEach(m -> names.add(m + " error"));
    BREAST_CANCER_MEASURES.forEach(m -> names.add("worst " + m));
    return readWithHeaderLine("breast cancer", "breast_cancer.csv", names);
  }

  /** UCI optical digits: 1797 images of 8x8 pixels, values 0..16, digits 0..9. */
  static Dataset digits() {
    List<String> names = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      for (int c = 0; c < 8; c++) {
        names.add("pixel_" + r + "_" + c);
      }
    }
    try (BufferedReader reader = open("digits.csv.gz")) {
      return toDataset("digits", read(reader, "digits.csv.gz", names), names, Checks.numberedClasses(10));
    } catch (IOException e) {
      throw new UncheckedIOException("digits: cannot read the bundled digits.csv.gz", e);
    }
  }

  /** Reads a file whose first line is {@code n_samples,n_features,class names...}. */
  private static Dataset readWithHeaderLine(String name, String file, List<String> featureNames) {
    try (BufferedReader reader = open(file)) {
      String[] header = reader.readLine().split(",");
      int rows = Integer.parseInt(header[0].trim());
      int features = Integer.parseInt(header[1].trim());
      List<String> classNames = Arrays.stream(header, 2, header.length).map(String::trim).toList();
      Table table = read(reader, file, featureNames);
      if (table.rowCount() != rows || features != featureNames.size()) {
        throw new IllegalStateException(String.format(
            "%s: the header line of %s announces %d rows of %d features, but the file has %d rows of %d",
            name, file, rows, features, table.rowCount(), table.columnCount() - 1));
      }
      return toDataset(name, table, featureNames, classNames);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read the bundled " + file, e);
    }
  }

  private static BufferedReader open(String file) throws IOException {
    InputStream in = BundledData.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("the resource org/dlkit/data/" + file
          + " is missing from the classpath; rebuild dlkit (mvn package) so that src/main/resources is included");
    }
    if (file.endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads headerless numeric CSV rows with Tablesaw: the feature columns, then a "label" column. */
  private static Table read(BufferedReader reader, String file, List<String> featureNames) {
    ColumnType[] types = new ColumnType[featureNames.size() + 1];
    Arrays.fill(types, ColumnType.DOUBLE);
    Table table = Table.read().usingOptions(CsvReadOptions.builder(reader)
        .tableName(file).header(false).columnTypes(types));
    for (int j = 0; j < featureNames.size(); j++) {
      table.column(j).setName(featureNames.get(j));
    }
    table.column(featureNames.size()).setName("label");
    return table;
  }

  private static Dataset toDataset(String name, Table table, List<String> featureNames, List<String> classNames) {
    int n = table.rowCount();
    int d = featureNames.size();
    double[] x = new double[n * d];
    for (int j = 0; j < d; j++) {
      double[] column = table.doubleColumn(j).asDoubleArray();
      for (int i = 0; i < n; i++) {
        x[i * d + j] = column[i];
      }
    }
    int[] labels = Arrays.stream(table.doubleColumn("label").asDoubleArray()).mapToInt(v -> (int) v).toArray();
    return Dataset.classification(name, NdArray.of(x, n, d), labels, featureNames, classNames);
  }
}
