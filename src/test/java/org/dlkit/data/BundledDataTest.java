package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledDataTest {

  @Test
  void irisHas150FlowersOf4MeasurementsIn3Species() {
    Dataset iris = Datasets.iris();
    assertArrayEquals(new int[] {150, 4}, iris.features().shape());
    assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"),
        iris.featureNames());
    assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
    assertArrayEquals(new int[] {50, 50, 50}, iris.classCounts());
    assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.features().row(0).toArray(), 0.0);
    assertArrayEquals(new double[] {5.9, 3.0, 5.1, 1.8}, iris.features().row(149).toArray(), 0.0);
    assertEquals(0, iris.labels()[0]);
    assertEquals(2, iris.labels()[149]);
  }

  @Test
  void digitsHas1797ImagesOf8x8Pixels() {
    Dataset digits = Datasets.digits();
    assertArrayEquals(new int[] {1797, 64}, digits.features().shape());
    assertEquals("pixel_0_0", digits.featureNames().get(0));
    assertEquals("pixel_0_7", digits.featureNames().get(7));
    assertEquals("pixel_7_7", digits.featureNames().get(63));
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.classNames());
    assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, digits.classCounts());
    assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, digits.features().row(0).slice(0, 0, 8).toArray(), 0.0);
    assertEquals(0, digits.labels()[0]);
    assertEquals(8, digits.labels()[1796]);
    assertEquals(0, digits.features().min());
    assertEquals(16, digits.features().max());
  }

  @Test
  void breastCancerHas569TumoursOf30Features() {
    Dataset cancer = Datasets.breastCancer();
    assertArrayEquals(new int[] {569, 30}, cancer.features().shape());
    assertEquals(List.of("malignant", "benign"), cancer.classNames());
    assertArrayEquals(new int[] {212, 357}, cancer.classCounts());
    List<String> names = cancer.featureNames();
    assertEquals("mean radius", names.get(0));
    assertEquals("mean fractal dimension", names.get(9));
    assertEquals("radius error", names.get(10));
    assertEquals("concave points error", names.get(17));
    assertEquals("worst radius", names.get(20));
    assertEquals("worst fractal dimension", names.get(29));
    double[] first = cancer.features().row(0).toArray();
    assertEquals(17.99, first[0], 0.0);
    assertEquals(10.38, first[1], 0.0);
    assertEquals(1001, first[3], 0.0);
    assertEquals(0.1189, first[29], 0.0);
    assertEquals(0, cancer.labels()[0]);
  }

  @Test
  void bundledSetsBecomeTablesWithNamedColumns() {
    var table = Datasets.iris().toTable();
    assertEquals(150, table.rowCount());
    assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)", "class"),
        table.columnNames());
    assertEquals("setosa", table.stringColumn("class").get(0));
    assertEquals(31, Datasets.breastCancer().toTable().columnCount());
  }
}
