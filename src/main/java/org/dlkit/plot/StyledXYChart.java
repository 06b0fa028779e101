package org.dlkit.plot;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

/**
 * An XY chart that, each time it is drawn, works around XChart's layouts that read badly, without
 * changing what the chart shows. Settings the user made win: each fix applies only where the
 * matching setting was left alone, and all are undone after drawing.
 *
 * <ul>
 *   <li>X values that are equally spaced (steps, epochs, a linspace) made XChart label every k-th
 *       value, 1.1 label widths apart, so labels ran together ("120160200"); half a step of room
 *       at both ends makes it pick round ticks instead.
 *   <li>A logarithmic axis whose data held fewer than two powers of ten showed one label or
 *       none; it is widened to whole decades, so at least two are labeled.
 *   <li>A legend beside the plot wider than a third of the chart, or a legend row under it wider
 *       than the chart, goes under the plot one entry per line, so the plot keeps the width.
 *   <li>Linear y tick labels keep their leading zero (0.05, not .05).
 * </ul>
 */
final class StyledXYChart extends XYChart {
  private static final double WIDE_LEGEND = 1.0 / 3;

  StyledXYChart(int width, int height) {
    super(width, height);
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    XYStyler s = getStyler();
    Double xMin = s.getXAxisMin();
    Double xMax = s.getXAxisMax();
    Double yMin = s.getYAxisMin();
    Double yMax = s.getYAxisMax();
    LegendPosition position = s.getLegendPosition();
    LegendLayout layout = s.getLegendLayout();
    boolean formatted = s.getyAxisTickLabelsFormattingFunction() != null;
    try {
      padEquallySpacedX(s);
      wholeDecadesOnLogY(s);
      legendThatFits(s, g.getFontRenderContext(), width);
      if (!formatted && s.getYAxisDecimalPattern() == null && !s.isYAxisLogarithmic()) {
        s.setyAxisTickLabelsFormattingFunction(StyledXYChart::plainNumber);
      }
      super.paint(g, width, height);
    } finally {
      s.setXAxisMin(xMin);
      s.setXAxisMax(xMax);
      s.setYAxisMin(yMin);
      s.setYAxisMax(yMax);
      s.setLegendPosition(position);
      s.setLegendLayout(layout);
      if (!formatted) {
        s.setyAxisTickLabelsFormattingFunction(null);
      }
    }
  }

  /** Formats a tick value with ten significant digits at most and a leading zero: 0.05, 1200, -0.3. */
  static String plainNumber(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }

  private void padEquallySpacedX(XYStyler s) {
    if (s.getXAxisMin() != null || s.getXAxisMax() != null || s.isXAxisLogarithmic()) {
      return;
    }
    Set<Double> unique = new LinkedHashSet<>();
    for (XYSeries series : getSeriesMap().values()) {
      for (double x : series.getXData()) {
        if (!Double.isFinite(x)) {
          return; // XChart's spacing test fails on NaN, so its ticks are fine
        }
        unique.add(x);
      }
    }
    List<Double> xs = new ArrayList<>(unique);
    if (xs.size() < 3) {
      return;
    }
    double step = xs.get(1) - xs.get(0);
    for (int i = 2; i < xs.size(); i++) {
      if (Math.abs(xs.get(i) - xs.get(i - 1) - step) >= 1e-4) {
        return; // XChart's own test for equal spacing (an absolute 1e-4)
      }
    }
    double first = Math.min(xs.get(0), xs.get(xs.size() - 1));
    double last = Math.max(xs.get(0), xs.get(xs.size() - 1));
    s.setXAxisMin(first - Math.abs(step) / 2);
    s.setXAxisMax(last + Math.abs(step) / 2);
  }

  private void wholeDecadesOnLogY(XYStyler s) {
    if (s.isYAxisLogarithmic() && s.getYAxisMin() == null && s.getYAxisMax() == null) {
      double[] decades = wholeDecades(false);
      if (decades != null) {
        s.setYAxisMin(decades[0]);
        s.setYAxisMax(decades[1]);
      }
    }
    if (s.isXAxisLogarithmic() && s.getXAxisMin() == null && s.getXAxisMax() == null) {
      double[] decades = wholeDecades(true);
      if (decades != null) {
        s.setXAxisMin(decades[0]);
        s.setXAxisMax(decades[1]);
      }
    }
  }

  /**
   * Returns the whole decades around the positive data on one axis when the data hold fewer than
   * two powers of ten (XChart would label one or none), else null.
   */
  private double[] wholeDecades(boolean xAxis) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (XYSeries series : getSeriesMap().values()) {
      for (double v : xAxis ? series.getXData() : series.getYData()) {
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(lo <= hi) || Math.floor(Math.log10(hi)) - Math.ceil(Math.log10(lo)) + 1 >= 2) {
      return null;
    }
    double bottom = Math.pow(10, Math.floor(Math.log10(lo)));
    double top = Math.pow(10, Math.ceil(Math.log10(hi)));
    return new double[] {bottom, top <= bottom ? bottom * 10 : top};
  }

  private void legendThatFits(XYStyler s, FontRenderContext context, int width) {
    if (!s.isLegendVisible()) {
      return;
    }
    double widest = 0;
    double row = 0;
    int entries = 0;
    for (XYSeries series : getSeriesMap().values()) {
      if (!series.isShowInLegend()) {
        continue;
      }
      double entry = s.getLegendFont().getStringBounds(series.getName(), context).getWidth()
          + s.getLegendSeriesLineLength() + 3.0 * s.getLegendPadding();
      widest = Math.max(widest, entry);
      row += entry;
      entries++;
    }
    if (entries == 0) {
      return;
    }
    boolean besideTooWide = s.getLegendPosition() == LegendPosition.OutsideE && widest > WIDE_LEGEND * width;
    boolean rowTooWide = s.getLegendPosition() == LegendPosition.OutsideS
        && s.getLegendLayout() == LegendLayout.Horizontal && row + 2.0 * s.getLegendPadding() > width;
    if (besideTooWide || rowTooWide) {
      s.setLegendPosition(LegendPosition.OutsideS);
      s.setLegendLayout(LegendLayout.Vertical);
    }
  }
}
