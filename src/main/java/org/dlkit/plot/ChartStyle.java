package org.dlkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

/**
 * The look shared by every dlkit figure: 600×400 pixels, white plot area with light grid lines,
 * fonts readable in a notebook, and the legend outside the plot so it never covers data.
 * Figures are built first and styled here, so a student can restyle any chart afterwards through
 * {@code chart.getStyler()}.
 */
public final class ChartStyle {
  /** Default figure width in pixels. */
  public static final int WIDTH = 600;
  /** Default figure height in pixels. */
  public static final int HEIGHT = 400;

  private static final String FONT = Font.SANS_SERIF;

  private ChartStyle() {}

  /**
   * Returns an empty 600×400 XY chart with the given titles and the dlkit look applied; when drawn
   * it also avoids XChart's crowded ticks and legends (see {@link StyledXYChart}).
   */
  public static XYChart xyChart(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart = new StyledXYChart(WIDTH, HEIGHT);
    chart.setTitle(title);
    chart.setXAxisTitle(xAxisTitle);
    chart.setYAxisTitle(yAxisTitle);
    apply(chart);
    return chart;
  }

  /** Applies the dlkit look to {@code chart} and returns it. */
  public static XYChart apply(XYChart chart) {
    XYStyler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(0x999999));
    s.setPlotGridLinesColor(new Color(0xE3E3E3));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartFontColor(Palette.INK);
    s.setAxisTickLabelsColor(Palette.INK);
    s.setChartTitleFont(new Font(FONT, Font.BOLD, 16));
    s.setChartTitleBoxVisible(false);
    s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
    s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12));
    s.setLegendFont(new Font(FONT, Font.PLAIN, 12));
    s.setLegendPosition(LegendPosition.OutsideE);
    s.setLegendBorderColor(new Color(0xCCCCCC));
    s.setLegendBackgroundColor(Color.WHITE);
    s.setChartPadding(10);
    s.setMarkerSize(6);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
    return chart;
  }

  /**
   * Makes the plot area show exactly {@code x} × {@code y}, edge to edge, as maps (decision
   * regions, loss landscapes) need, instead of the usual padding around the data.
   */
  static void fitTo(XYChart chart, Range x, Range y) {
    XYStyler s = chart.getStyler();
    s.setXAxisMin(x.min());
    s.setXAxisMax(x.max());
    s.setYAxisMin(y.min());
    s.setYAxisMax(y.max());
    s.setPlotContentSize(1.0);
    s.setPlotGridLinesVisible(false);
  }

  /**
   * Sets up a chart over epochs 1..{@code epochs}: whole-number ticks spaced for reading, half an
   * epoch of room at both ends, and the legend in a row under the plot so the curves keep the full
   * width. (The half epoch also stops XChart from putting a tick under every epoch.)
   */
  static void epochAxis(XYChart chart, int epochs) {
    XYStyler s = chart.getStyler();
    s.setXAxisMin(0.5);
    s.setXAxisMax(epochs + 0.5);
    s.setXAxisDecimalPattern("0");
    s.setLegendPosition(LegendPosition.OutsideS);
    s.setLegendLayout(LegendLayout.Horizontal);
  }

  /** Hides the legend when the chart has at most one series shown in it. */
  static void legendOnlyIfNeeded(XYChart chart) {
    long shown = chart.getSeriesMap().values().stream().filter(series -> series.isShowInLegend()).count();
    chart.getStyler().setLegendVisible(shown > 1);
  }
}
