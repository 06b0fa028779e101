package org.dlkit.notebook;

import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/**
 * Draws a 0-, 1- or 2-D array as an HTML table with its shape as the caption. Like NumPy, an
 * axis longer than {@value #MAX_SHOWN} shows its first and last {@value #EDGE} entries with an
 * ellipsis cell between them. A 1-D array is one row; a 0-D array one cell. Arrays with three or
 * more axes have no table: {@link #supports} says so and the notebook shows their text.
 */
final class ArrayHtml {
  static final int EDGE = 5;
  static final int MAX_SHOWN = 2 * EDGE;

  private ArrayHtml() {}

  /** Returns true when the array has at most two axes, so a table can show it. */
  static boolean supports(NdArray x) {
    return x.ndim() <= 2;
  }

  /** Returns the table for an array of at most two axes, captioned {@code "<type>, shape [..]"}. */
  static String table(NdArray x, String type) {
    NdArray m = x.ndim() == 0 ? x.reshape(1, 1) : x.ndim() == 1 ? x.reshape(1, x.size()) : x;
    int[] rows = visible(m.shape(0));
    int[] cols = visible(m.shape(1));
    StringBuilder out = new StringBuilder("<table class=\"dlkit-array\" style=\"table-layout:auto\">");
    out.append("<caption style=\"white-space:nowrap\">").append(Html.escape(type)).append(", shape ")
        .append(ShapeException.format(x.shape())).append("</caption>");
    boolean labelled = x.ndim() == 2;
    if (x.ndim() > 0) {
      out.append("<thead><tr>").append(labelled ? "<th></th>" : "");
      for (int c : cols) {
        out.append(c < 0 ? "<th>" + Html.ELLIPSIS + "</th>" : "<th>" + c + "</th>");
      }
      out.append("</tr></thead>");
    }
    out.append("<tbody>");
    for (int r : rows) {
      out.append("<tr>");
      if (labelled) {
        out.append("<th>").append(r < 0 ? Html.ELLIPSIS : String.valueOf(r)).append("</th>");
      }
      for (int c : cols) {
        out.append("<td>").append(r < 0 || c < 0 ? Html.ELLIPSIS : Html.number(m.get(r, c))).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  /** Returns the indices shown along an axis of length n; -1 marks the ellipsis. */
  static int[] visible(int n) {
    if (n <= MAX_SHOWN) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] shown = new int[MAX_SHOWN + 1];
    for (int i = 0; i < EDGE; i++) {
      shown[i] = i;
      shown[EDGE + 1 + i] = n - EDGE + i;
    }
    shown[EDGE] = -1;
    return shown;
  }
}
