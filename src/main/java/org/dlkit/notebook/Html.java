package org.dlkit.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Escapes text for HTML and formats numbers for table cells. */
final class Html {
  /** The cell that stands for rows or columns left out, as NumPy prints {@code ...}. */
  static final String ELLIPSIS = "&hellip;";

  private Html() {}

  /** Returns {@code text} with {@code & < > "} replaced by their entities. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * Formats one number compactly: integers as {@code 3.}, others with 4 significant digits (one
   * decimal from 1000 on), very small or large magnitudes in scientific notation, and {@code nan}, {@code inf} like NumPy.
   */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    double abs = Math.abs(v);
    if (v == Math.rint(v) && abs < 1e15) {
      return (long) v + ".";
    }
    if (abs < 1e-4 || abs >= 1e6) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
