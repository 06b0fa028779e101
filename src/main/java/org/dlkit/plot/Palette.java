package org.dlkit.plot;

import java.awt.Color;

/**
 * The colors every figure shares: one color per class (the color-blind-safe Okabe–Ito set, so
 * class 0 is blue and class 1 orange in every lab), a color per run or series, and the viridis
 * scale for continuous values such as a loss.
 */
public final class Palette {
  private static final Color[] CLASSES = {
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xD55E00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x555555),
      new Color(0x8C564B), new Color(0x17BECF)};

  /** Viridis sampled at 9 evenly spaced stops, from low (dark purple) to high (yellow). */
  private static final Color[] VIRIDIS = {
      new Color(0x440154), new Color(0x472D7B), new Color(0x3B528B), new Color(0x2C728E),
      new Color(0x21918C), new Color(0x28AE80), new Color(0x5EC962), new Color(0xADDC30),
      new Color(0xFDE725)};

  /** Training curves are drawn in this color. */
  public static final Color TRAIN = CLASSES[0];
  /** Validation curves are drawn in this color. */
  public static final Color VALIDATION = CLASSES[1];
  /** Marks that must stand out, such as diverged runs. */
  public static final Color ALERT = new Color(0xC62828);
  /** Reference lines and outlines. */
  public static final Color INK = new Color(0x333333);

  private Palette() {}

  /** Returns the color of class {@code index}; colors repeat after 10 classes. */
  public static Color classColor(int index) {
    return CLASSES[Math.floorMod(index, CLASSES.length)];
  }

  /** Returns the color of the {@code index}-th series of a figure, the same cycle as the classes. */
  public static Color seriesColor(int index) {
    return classColor(index);
  }

  /** Returns {@code color} mixed with white: strength 0 gives white, 1 gives the color itself. */
  public static Color tint(Color color, double strength) {
    double s = Math.max(0, Math.min(1, strength));
    return new Color(mix(255, color.getRed(), s), mix(255, color.getGreen(), s), mix(255, color.getBlue(), s));
  }

  /** Returns the viridis color at {@code t} in [0, 1] (clamped): dark purple at 0, yellow at 1. */
  public static Color viridis(double t) {
    double x = Double.isNaN(t) ? 1 : Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) x, VIRIDIS.length - 2);
    double f = x - i;
    Color a = VIRIDIS[i];
    Color b = VIRIDIS[i + 1];
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  private static int mix(int from, int to, double f) {
    return (int) Math.round(from + (to - from) * f);
  }
}
