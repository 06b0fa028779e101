package org.dlkit.plot;

/**
 * A closed interval [min, max] of one axis, e.g. the weights a loss landscape covers.
 *
 * @param min the smallest value, finite
 * @param max the largest value, finite and greater than {@code min}
 */
public record Range(double min, double max) {

  /** Checks that both ends are finite and that min is below max. */
  public Range {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          "Range: needs finite min < max, got [" + min + ", " + max + "]");
    }
  }

  /** Returns the interval [min, max]. */
  public static Range of(double min, double max) {
    return new Range(min, max);
  }

  /**
   * Returns the smallest interval holding every finite value, or [v - 1, v + 1] when all finite
   * values equal v. Throws if no value is finite.
   */
  public static Range covering(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      throw new IllegalArgumentException("Range: no finite value among " + values.length + " values");
    }
    return lo == hi ? new Range(lo - 1, hi + 1) : new Range(lo, hi);
  }

  /** Returns max - min. */
  public double span() {
    return max - min;
  }

  /** Returns this interval grown by {@code fraction} of its span on each side. */
  public Range widen(double fraction) {
    double pad = span() * fraction;
    return new Range(min - pad, max + pad);
  }

  /** Returns true when min ≤ value ≤ max. */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
