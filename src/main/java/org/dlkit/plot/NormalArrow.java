package org.dlkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * An arrow drawn in screen space from a point of the line w·x + b = 0 toward its positive side,
 * perpendicular on screen whatever the axes' scales, labelled "w·x + b > 0".
 */
final class NormalArrow extends Annotation {
  private static final double LENGTH = 48;
  private static final double HEAD = 11;

  private final double x;
  private final double y;
  private final double w1;
  private final double w2;

  /** Creates the arrow at the line point (x, y), for the line with weights (w1, w2). */
  NormalArrow(double x, double y, double w1, double w2) {
    super(false);
    this.x = x;
    this.y = y;
    this.w1 = w1;
    this.w2 = w2;
  }

  @Override
  public void paint(Graphics2D g) {
    double sx = chart.getScreenXFromChart(x);
    double sy = chart.getScreenYFromChart(y);
    // The line's direction on screen, then the perpendicular that points where w·x + b grows.
    double step = 1e-3 / Math.hypot(w1, w2);
    double lx = chart.getScreenXFromChart(x - w2 * step) - sx;
    double ly = chart.getScreenYFromChart(y + w1 * step) - sy;
    double nx = -ly;
    double ny = lx;
    double gx = chart.getScreenXFromChart(x + w1 * step) - sx;
    double gy = chart.getScreenYFromChart(y + w2 * step) - sy;
    if (nx * gx + ny * gy < 0) {
      nx = -nx;
      ny = -ny;
    }
    double norm = Math.hypot(nx, ny);
    if (!(norm > 0)) {
      return;
    }
    nx /= norm;
    ny /= norm;
    double tx = sx + LENGTH * nx;
    double ty = sy + LENGTH * ny;

    g.setColor(Palette.ALERT);
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(sx, sy, tx - 0.6 * HEAD * nx, ty - 0.6 * HEAD * ny));
    Path2D.Double head = new Path2D.Double();
    head.moveTo(tx, ty);
    head.lineTo(tx - HEAD * nx + 0.5 * HEAD * ny, ty - HEAD * ny - 0.5 * HEAD * nx);
    head.lineTo(tx - HEAD * nx - 0.5 * HEAD * ny, ty - HEAD * ny + 0.5 * HEAD * nx);
    head.closePath();
    g.fill(head);

    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    FontMetrics metrics = g.getFontMetrics();
    String text = "w·x + b > 0";
    double cx = tx + 16 * nx;
    double cy = ty + 16 * ny;
    int left = (int) Math.round(cx - (nx < -0.3 ? metrics.stringWidth(text) : nx > 0.3 ? 0 : metrics.stringWidth(text) / 2.0));
    int baseline = (int) Math.round(cy + metrics.getAscent() / 2.0 - 1);
    g.setColor(new Color(255, 255, 255, 200));
    g.fillRoundRect(left - 3, baseline - metrics.getAscent(), metrics.stringWidth(text) + 6, metrics.getHeight(), 6, 6);
    g.setColor(Palette.INK);
    g.drawString(text, left, baseline);
  }
}
