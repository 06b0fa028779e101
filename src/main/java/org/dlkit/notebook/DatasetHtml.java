package org.dlkit.notebook;

import java.util.List;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;

/**
 * Summarizes a dataset in HTML: its name, examples × features, the classes with their counts (or
 * the target range for regression), the feature names, and the first {@value #ROWS} rows.
 */
final class DatasetHtml {
  static final int ROWS = 5;
  private static final int MAX_NAMES = 20;

  private DatasetHtml() {}

  /** Returns the summary as one HTML fragment. */
  static String summary(Dataset data) {
    StringBuilder out = new StringBuilder("<div class=\"dlkit-dataset\"><p><b>")
        .append(Html.escape(data.name())).append("</b>: ")
        .append(data.size()).append(" examples &times; ").append(data.featureCount()).append(" features");
    out.append(data.isClassification() ? ", classification" : ", regression").append("</p><ul>");
    if (data.isClassification()) {
      out.append("<li>classes: ").append(classes(data)).append("</li>");
    } else {
      NdArray t = data.targets();
      out.append("<li>target range: [").append(Html.number(t.min())).append(", ")
          .append(Html.number(t.max())).append("]</li>");
    }
    out.append("<li>features: ").append(names(data.featureNames())).append("</li></ul>");
    out.append(TableHtml.table(data.toTable(), ROWS));
    return out.append("</div>").toString();
  }

  private static String classes(Dataset data) {
    int[] counts = data.classCounts();
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < counts.length; k++) {
      out.append(k > 0 ? ", " : "").append(Html.escape(data.classNames().get(k))).append(" (").append(counts[k])
          .append(')');
    }
    return out.toString();
  }

  private static String names(List<String> names) {
    List<String> shown = names.size() > MAX_NAMES ? names.subList(0, MAX_NAMES) : names;
    String joined = Html.escape(String.join(", ", shown));
    return names.size() > MAX_NAMES ? joined + ", &hellip; (" + names.size() + " in all)" : joined;
  }
}
