package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.junit.jupiter.api.Test;

/** Checks the layout fixes dlkit's XY charts apply while they are drawn, and that they are undone after. */
class StyledXYChartTest {
  /**
   * Draws the chart, recording the styler's settings XChart sees during the drawing. Every chart
   * here has x = 1 among its data, where the hidden probe series sits.
   */
  private static List<Object> drawAndRecord(XYChart chart) {
    List<Object> seen = new ArrayList<>();
    chart.addSeries("probe", new double[] {1}, new double[] {Double.NaN}).setShowInLegend(false);
    BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      new XYChartPainter(chart, seen).paint(g);
    } finally {
      g.dispose();
    }
    return seen;
  }

  /** Paints through the chart and, from the x-axis formatter XChart calls, records the settings in force. */
  private record XYChartPainter(XYChart chart, List<Object> seen) {
    void paint(Graphics2D g) {
      var s = chart.getStyler();
      s.setxAxisTickLabelsFormattingFunction(x -> {
        if (seen.isEmpty()) {
          seen.addAll(java.util.Arrays.asList(s.getXAxisMin(), s.getXAxisMax(), s.getYAxisMin(), s.getYAxisMax(),
              s.getLegendPosition(), s.getLegendLayout()));
        }
        return String.valueOf(x);
      });
      chart.paint(g, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
  }

  @Test
  void equallySpacedStepsGetHalfAStepOfRoomSoXChartPicksRoundTicks() {
    XYChart chart = ChartStyle.xyChart("t", "step", "loss");
    double[] steps = new double[600];
    double[] loss = new double[600];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = i;
      loss[i] = 1.0 / (i + 1);
    }
    chart.addSeries("loss", steps, loss);
    List<Object> seen = drawAndRecord(chart);
    assertEquals(-0.5, (Double) seen.get(0), 1e-12);
    assertEquals(599.5, (Double) seen.get(1), 1e-12);
    assertNull(chart.getStyler().getXAxisMin(), "the setting is undone after drawing");
  }

  @Test
  void aLogAxisOverLessThanTwoDecadesShowsWholeDecades() {
    XYChart chart = ChartStyle.xyChart("t", "epoch", "loss");
    chart.getStyler().setYAxisLogarithmic(true);
    chart.addSeries("loss", new double[] {1, 2.5, 3}, new double[] {0.42, 0.1, 0.02});
    List<Object> seen = drawAndRecord(chart);
    assertEquals(0.01, (Double) seen.get(2), 1e-12);
    assertEquals(1.0, (Double) seen.get(3), 1e-12);
    assertNull(chart.getStyler().getYAxisMin());
  }

  @Test
  void aWideLegendBesideThePlotMovesUnderIt() {
    XYChart chart = ChartStyle.xyChart("t", "x", "y");
    chart.addSeries("Adam η = 0.2, β1 = 0.9, β2 = 0.999, a long name", new double[] {1, 2.5}, new double[] {1, 2});
    chart.addSeries("short", new double[] {1, 2.5}, new double[] {2, 1});
    List<Object> seen = drawAndRecord(chart);
    assertEquals(LegendPosition.OutsideS, seen.get(4));
    assertEquals(LegendLayout.Vertical, seen.get(5));
    assertEquals(LegendPosition.OutsideE, chart.getStyler().getLegendPosition());
  }

  @Test
  void settingsTheUserMadeAreLeftAlone() {
    XYChart chart = ChartStyle.xyChart("t", "x", "y");
    chart.getStyler().setXAxisMin(0.0);
    chart.addSeries("a", new double[] {1, 2, 3}, new double[] {1, 2, 3});
    chart.addSeries("b", new double[] {1, 2, 3}, new double[] {3, 2, 1});
    List<Object> seen = drawAndRecord(chart);
    assertEquals(0.0, (Double) seen.get(0));
    assertNull(seen.get(1));
    assertEquals(LegendPosition.OutsideE, seen.get(4));
  }

  @Test
  void tickNumbersKeepTheirLeadingZero() {
    assertEquals("0.05", StyledXYChart.plainNumber(0.05));
    assertEquals("0.3", StyledXYChart.plainNumber(0.1 + 0.2));
    assertEquals("1200", StyledXYChart.plainNumber(1200.0));
    assertEquals("-0.25", StyledXYChart.plainNumber(-0.25));
    assertTrue(StyledXYChart.plainNumber(0.0).equals("0"));
  }
}
