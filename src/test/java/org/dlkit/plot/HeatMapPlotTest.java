package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

/** The heat map colors cells by value (log scale for losses), paints diverged cells red and labels each cell. */
class HeatMapPlotTest {
  private static final List<String> RATES = List.of("0.1", "0.3", "1");
  private static final List<String> BATCHES = List.of("1", "32");

  @Test
  void colorsLowToHighAndDivergedRed() {
    double[][] loss = {{0.5, 0.05, Double.NaN}, {5, 0.5, Double.POSITIVE_INFINITY}};
    HeatMapChart chart = Plots.heatMap("final loss", "learning rate", RATES, "batch", BATCHES, loss);
    BufferedImage image = Rendered.check(chart, "heat-map");
    List<Number[]> cells = List.copyOf(chart.getHeatMapSeries().getHeatData());
    assertEquals(6, cells.size());
    // log scale: 0.05 → bottom of the scale, 5 → top, 0.5 in the middle
    assertEquals(0, cells.get(1)[2].doubleValue(), 1e-9);
    assertEquals(8, cells.get(3)[2].doubleValue(), 1e-9);
    assertEquals(4, cells.get(0)[2].doubleValue(), 1e-9);
    assertEquals(9, cells.get(2)[2].doubleValue(), 1e-9, "NaN sits past the viridis stops, on the red color");
    assertEquals(9, cells.get(5)[2].doubleValue(), 1e-9);
    assertTrue(countNear(image, Palette.ALERT) > 500, "the two diverged cells should be red");
    assertTrue(countNear(image, Palette.viridis(0)) > 200, "the lowest cell should be dark purple");
    assertTrue(countNear(image, Palette.viridis(1)) > 200, "the highest cell should be yellow");
  }

  @Test
  void oneHugeLossDoesNotDarkenTheRest() {
    double[][] loss = {{0.1, 1, 1e200}, {100, 1e5, 0.1}};
    HeatMapChart chart = Plots.heatMap("t", "x", RATES, "y", BATCHES, loss);
    List<Number[]> cells = List.copyOf(chart.getHeatMapSeries().getHeatData());
    assertEquals(8.0 / 3, cells.get(1)[2].doubleValue(), 1e-9, "1 is a third of the way from 0.1 to 1000 × 0.1 on a log scale");
    assertEquals(8, cells.get(2)[2].doubleValue(), 1e-9, "1e200 takes the top color");
    assertEquals(8, cells.get(3)[2].doubleValue(), 1e-9, "100 = 1000 × 0.1 takes the top color");
    assertEquals(8, cells.get(4)[2].doubleValue(), 1e-9);
  }

  @Test
  void linearScaleWhenValuesAreNotAllPositive() {
    double[][] values = {{-1, 0, 1}, {2, 3, 4}};
    HeatMapChart chart = Plots.heatMap("t", "x", RATES, "y", BATCHES, values);
    List<Number[]> cells = List.copyOf(chart.getHeatMapSeries().getHeatData());
    assertEquals(8.0 / 5, cells.get(1)[2].doubleValue(), 1e-9);
    Rendered.check(chart, "heat-map-linear");
  }

  @Test
  void labelsHaveThreeSignificantDigits() {
    assertEquals("0.123", HeatMapPlot.label(0.123456));
    assertEquals("12.3", HeatMapPlot.label(12.34));
    assertEquals("2", HeatMapPlot.label(2.0));
    assertEquals("1.00e+06", HeatMapPlot.label(1e6));
    assertEquals("diverged", HeatMapPlot.label(Double.NaN));
  }

  @Test
  void aRaggedTableIsNamed() {
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> Plots.heatMap("t", "x", RATES, "y", BATCHES, new double[][] {{1, 2, 3}, {1, 2}}));
    assertTrue(ragged.getMessage().contains("row 1 has 2 values but there are 3 column labels"), ragged.getMessage());
    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
        () -> Plots.heatMap("t", "x", RATES, "y", List.of("1"), new double[][] {{1, 2, 3}, {1, 2, 3}}));
    assertTrue(rows.getMessage().contains("2 rows of values but 1 row labels"), rows.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Plots.heatMap("t", "x", RATES, "y", BATCHES, new double[0][]));
  }

  private static int countNear(BufferedImage image, Color color) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
            + Math.abs(c.getBlue() - color.getBlue()) < 12) {
          count++;
        }
      }
    }
    return count;
  }
}
