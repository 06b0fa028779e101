package org.dlkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;

/** Marker shapes XChart lacks: outlined dots that stand out on a colored map, and map cells. */
final class Markers {
  private Markers() {}

  private enum Form { CIRCLE, DIAMOND, CROSS }

  /** Returns a filled circle of {@code size} pixels with a dark outline. */
  static Marker outlinedCircle(int size) {
    return new Outlined(size, Form.CIRCLE);
  }

  /** Returns a filled diamond of about {@code size} pixels with a dark outline. */
  static Marker outlinedDiamond(int size) {
    return new Outlined(size, Form.DIAMOND);
  }

  /** Returns a filled × of {@code size} pixels with a dark outline. */
  static Marker outlinedCross(int size) {
    return new Outlined(size, Form.CROSS);
  }

  /**
   * Returns a marker that fills one cell of a map: a rectangle {@code dx} × {@code dy} in data
   * units, centred on the point, sized from the chart's axes when it is painted.
   */
  static Marker cell(XYChart chart, double dx, double dy) {
    return new Cell(chart, dx, dy);
  }

  /** A shape filled with the series color and outlined in ink; it ignores XChart's marker size. */
  private static final class Outlined extends Marker {
    private final int size;
    private final Form form;

    Outlined(int size, Form form) {
      this.size = size;
      this.form = form;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
      Shape shape = shape(x, y, size / 2.0);
      g.fill(shape);
      Color fill = g.getColor();
      g.setColor(Palette.INK);
      g.setStroke(new BasicStroke(1.2f));
      g.draw(shape);
      g.setColor(fill);
    }

    private Shape shape(double x, double y, double h) {
      switch (form) {
        case DIAMOND: {
          Path2D.Double p = new Path2D.Double();
          p.moveTo(x, y - h * 1.3);
          p.lineTo(x + h * 1.3, y);
          p.lineTo(x, y + h * 1.3);
          p.lineTo(x - h * 1.3, y);
          p.closePath();
          return p;
        }
        case CROSS: {
          double t = Math.max(1.5, h / 3);
          Area cross = new Area(new Rectangle2D.Double(x - h, y - t / 2, 2 * h, t));
          cross.add(new Area(new Rectangle2D.Double(x - t / 2, y - h, t, 2 * h)));
          return AffineTransform.getRotateInstance(Math.PI / 4, x, y).createTransformedShape(cross);
        }
        default:
          return new Ellipse2D.Double(x - h, y - h, 2 * h, 2 * h);
      }
    }
  }

  /** One cell of a map, painted without anti-aliasing so neighbouring cells leave no seams. */
  private static final class Cell extends Marker {
    private final XYChart chart;
    private final double dx;
    private final double dy;

    Cell(XYChart chart, double dx, double dy) {
      this.chart = chart;
      this.dx = dx;
      this.dy = dy;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
      double w = Math.abs(chart.getScreenXFromChart(dx) - chart.getScreenXFromChart(0)) + 1;
      double h = Math.abs(chart.getScreenYFromChart(dy) - chart.getScreenYFromChart(0)) + 1;
      Object hint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.fill(new Rectangle2D.Double(x - w / 2, y - h / 2, w, h));
      if (hint != null) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint);
      }
    }
  }
}
