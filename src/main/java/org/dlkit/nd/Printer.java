package org.dlkit.nd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats arrays the way NumPy prints them: one number format for all elements, right-aligned
 * columns, nested brackets, lines wrapped at 75 characters, and {@code ...} in place of the
 * middle of any axis when the array has more than 1000 elements.
 */
final class Printer {
  private static final int THRESHOLD = 1000;
  private static final int EDGE_ITEMS = 3;
  private static final int LINE_WIDTH = 75;
  private static final int MAX_DECIMALS = 8;

  private Printer() {}

  static String format(NdArray x) {
    return format(x, "NdArray", "");
  }

  /** Formats {@code x} as {@code name([...], shape=[..]<trailer>)}, the brackets aligned after the name. */
  static String format(NdArray x, String name, String trailer) {
    String prefix = name + "(";
    boolean summarize = x.size > THRESHOLD;
    List<Double> shown = new ArrayList<>();
    collect(x, summarize, shown);
    NumberStyle style = NumberStyle.choose(shown);
    StringBuilder out = new StringBuilder(prefix);
    if (x.ndim() == 0) {
      out.append(style.format(x.item()).strip());
    } else {
      appendAxis(out, x, summarize, style, prefix.length());
    }
    out.append(", shape=").append(ShapeException.format(x.shape));
    return out.append(trailer.isEmpty() ? "" : ", " + trailer).append(')').toString();
  }

  private static void collect(NdArray x, boolean summarize, List<Double> shown) {
    if (x.ndim() == 0) {
      shown.add(x.item());
      return;
    }
    for (int i : visible(x.shape[0], summarize)) {
      collect(x.row(i), summarize, shown);
    }
  }

  /** Returns the indices printed along an axis of length n; -1 marks the {@code ...}. */
  private static int[] visible(int n, boolean summarize) {
    if (!summarize || n <= 2 * EDGE_ITEMS) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] edges = new int[2 * EDGE_ITEMS];
    for (int i = 0; i < EDGE_ITEMS; i++) {
      edges[i] = i;
      edges[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
    }
    return edges;
  }

  private static void appendAxis(StringBuilder out, NdArray x, boolean summarize, NumberStyle style, int indent) {
    out.append('[');
    int[] rows = visible(x.shape[0], summarize);
    boolean cut = rows.length < x.shape[0];
    if (x.ndim() == 1) {
      int lineStart = out.lastIndexOf("\n") + 1;
      for (int j = 0; j < rows.length; j++) {
        String item = style.format(x.get(rows[j]));
        if (j > 0) {
          out.append(',');
          if (out.length() - lineStart + 1 + item.length() + 2 > LINE_WIDTH) {
            out.append('\n').append(" ".repeat(indent + 1));
            lineStart = out.length() - indent - 1;
          } else {
            out.append(' ');
          }
        }
        out.append(item);
        if (cut && j == EDGE_ITEMS - 1) {
          out.append(", ...");
        }
      }
    } else {
      String gap = "," + "\n".repeat(x.ndim() - 1) + " ".repeat(indent + 1);
      for (int j = 0; j < rows.length; j++) {
        if (j > 0) {
          out.append(gap);
        }
        appendAxis(out, x.row(rows[j]), summarize, style, indent + 1);
        if (cut && j == EDGE_ITEMS - 1) {
          out.append(gap).append("...");
        }
      }
    }
    out.append(']');
  }

  /** One number format for every element: integers as {@code 3.}, fixed point, or scientific. */
  private static final class NumberStyle {
    private final boolean scientific;
    private final int decimals;
    private final int width;

    private NumberStyle(boolean scientific, int decimals, int width) {
      this.scientific = scientific;
      this.decimals = decimals;
      this.width = width;
    }

    static NumberStyle choose(List<Double> values) {
      double maxAbs = 0;
      double minAbs = Double.POSITIVE_INFINITY;
      for (double v : values) {
        if (Double.isFinite(v) && v != 0) {
          maxAbs = Math.max(maxAbs, Math.abs(v));
          minAbs = Math.min(minAbs, Math.abs(v));
        }
      }
      // NumPy's rule: scientific when the values are huge, tiny, or span more than three decades.
      boolean scientific = maxAbs >= 1e8 || minAbs < 1e-4 || maxAbs / minAbs > 1e3;
      int decimals = 0;
      for (double v : values) {
        if (Double.isFinite(v)) {
          decimals = Math.max(decimals, decimalsNeeded(v, scientific));
        }
      }
      NumberStyle draft = new NumberStyle(scientific, decimals, 0);
      int width = 0;
      for (double v : values) {
        width = Math.max(width, draft.format(v).length());
      }
      return new NumberStyle(scientific, decimals, width);
    }

    /** Returns how many digits after the point a value needs, at most eight. */
    private static int decimalsNeeded(double v, boolean scientific) {
      String digits = scientific ? String.format("%.8e", v).replaceAll("e.*", "") : String.format("%.8f", v);
      BigDecimal exact = new BigDecimal(digits).stripTrailingZeros();
      return Math.min(MAX_DECIMALS, Math.max(0, exact.scale()));
    }

    String format(double v) {
      String text;
      if (Double.isNaN(v)) {
        text = "nan";
      } else if (Double.isInfinite(v)) {
        text = v > 0 ? "inf" : "-inf";
      } else if (scientific) {
        String s = String.format("%." + decimals + "e", v);
        text = decimals == 0 ? s.replace("e", ".e") : s;
      } else {
        text = fixed(v);
      }
      return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    /** Formats in fixed point with trailing zeros turned into spaces, as NumPy does: {@code "1.5 "}. */
    private String fixed(double v) {
      String digits = String.format("%." + decimals + "f", v);
      if (decimals == 0) {
        return digits + ".";
      }
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      return digits.substring(0, end) + " ".repeat(digits.length() - end);
    }
  }
}
