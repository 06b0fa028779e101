package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DatasetTest {

  @Test
  void classificationTableHasFeatureColumnsThenClassNames() {
    Table table = Datasets.passTheClass(20, 1).toTable();
    assertEquals(20, table.rowCount());
    assertEquals(3, table.columnCount());
    assertEquals(List.of("lectures attended", "hours on final project", "class"), table.columnNames());
    assertEquals("pass the class", table.name());
    assertEquals(10, table.stringColumn("class").countOccurrences("pass"));
  }

  @Test
  void regressionTableEndsWithTheTarget() {
    Table table = Datasets.noisySine(8, 0.1, 1).toTable();
    assertEquals(List.of("x", "target"), table.columnNames());
    assertEquals(8, table.rowCount());
  }

  @Test
  void classCountsCountEachLabel() {
    assertArrayEquals(new int[] {34, 33, 33}, Datasets.spirals(100, 3, 0.2, 1).classCounts());
  }

  @Test
  void regressionSetsHaveNoClassCounts() {
    Dataset sine = Datasets.noisySine(5, 0.1, 1);
    assertEquals("noisy sine is a regression set; its targets are real numbers, read them with targets()",
        assertThrows(IllegalStateException.class, sine::classCounts).getMessage());
  }
}
