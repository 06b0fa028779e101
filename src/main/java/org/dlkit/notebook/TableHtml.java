package org.dlkit.notebook;

import tech.tablesaw.api.Table;

/** Draws the first rows of a Tablesaw table as HTML, captioned with the table's shape. */
final class TableHtml {
  /** How many rows a table shows in the notebook. */
  static final int ROWS = 10;

  private TableHtml() {}

  /** Returns the first {@code limit} rows as an HTML table, with {@code table.shape()} as the caption. */
  static String table(Table table, int limit) {
    int shown = Math.min(limit, table.rowCount());
    StringBuilder out = new StringBuilder("<table class=\"dlkit-table\" style=\"table-layout:auto\"><caption style=\"white-space:nowrap\">")
        .append(Html.escape(table.shape()));
    if (shown < table.rowCount()) {
      out.append(" (first ").append(shown).append(" shown)");
    }
    out.append("</caption><thead><tr><th></th>");
    for (String name : table.columnNames()) {
      out.append("<th>").append(Html.escape(name)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (int r = 0; r < shown; r++) {
      out.append("<tr><th>").append(r).append("</th>");
      for (int c = 0; c < table.columnCount(); c++) {
        out.append("<td>").append(Html.escape(table.getString(r, c))).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
