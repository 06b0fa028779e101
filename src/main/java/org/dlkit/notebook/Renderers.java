package org.dlkit.notebook;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.plot.Figures;
import org.dlkit.plot.ImageGrid;
import org.dlkit.plot.Plots;
import org.dlkit.train.History;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * How each dlkit type becomes Jupyter MIME forms, for any kernel (see {@link KernelBridge}). By default:
 *
 * <ul>
 *   <li>{@link NdArray}, {@link Tensor}: text/plain (their {@code toString()}) and, up to two
 *       axes, an HTML table truncated like NumPy with the shape as caption; three or more axes
 *       show as text only, where NumPy-style printing already summarizes them.
 *   <li>Tablesaw {@link Table}: HTML of the first 10 rows with the shape as caption, and
 *       {@code table.print(10)} as text.
 *   <li>XChart charts and {@link ImageGrid}: image/png (base64), and image/svg+xml when asked
 *       for, e.g. {@code render(chart, "image/svg+xml")}.
 *   <li>{@link History}: a PNG of {@link Plots#curves(History)} (once an epoch has finished) and
 *       its text.
 *   <li>{@link Dataset}: an HTML summary (see {@link DatasetHtml}) and its text.
 * </ul>
 */
final class Renderers {
  static final String TEXT = "text/plain";
  static final String HTML = "text/html";
  static final String PNG = "image/png";
  static final String SVG = "image/svg+xml";

  private Renderers() {}

  /** Returns the rendering of every dlkit type. */
  static List<Rendering<?>> all() {
    return List.of(
        new Rendering<>(NdArray.class, List.of(TEXT, HTML), List.of(),
            x -> array(x, x.toString(), "NdArray")),
        new Rendering<>(Tensor.class, List.of(TEXT, HTML), List.of(),
            t -> array(t.data(), t.toString(), tensorCaption(t))),
        new Rendering<>(Table.class, List.of(TEXT, HTML), List.of(),
            table -> forms(TEXT, () -> table.print(TableHtml.ROWS), HTML, () -> TableHtml.table(table, TableHtml.ROWS))),
        new Rendering<>(chartClass(), List.of(PNG, TEXT), List.of(SVG),
            chart -> forms(PNG, () -> base64(Figures.toPngBytes(chart)), SVG, () -> Figures.toSvgString(chart),
                TEXT, () -> chartText(chart))),
        new Rendering<>(ImageGrid.class, List.of(PNG, TEXT), List.of(SVG),
            grid -> forms(PNG, () -> base64(Figures.toPngBytes(grid)), SVG, () -> Figures.toSvgString(grid),
                TEXT, grid::toString)),
        new Rendering<>(History.class, List.of(PNG, TEXT), List.of(),
            history -> history.epochs().isEmpty()
                ? forms(TEXT, history::toString)
                : forms(PNG, () -> base64(Figures.toPngBytes(Plots.curves(history))), TEXT, history::toString)),
        new Rendering<>(org.dlkit.plot.GraphFigure.class, List.of(SVG, TEXT), List.of(),
            graph -> graph.svg().isPresent() ? forms(SVG, () -> graph.svg().orElseThrow(), TEXT, graph::toString)
                : forms(TEXT, graph::toString)),
        new Rendering<>(Dataset.class, List.of(TEXT, HTML), List.of(),
            data -> forms(TEXT, data::toString, HTML, () -> DatasetHtml.summary(data))));
  }

  private static Map<String, Supplier<String>> array(NdArray x, String text, String caption) {
    return ArrayHtml.supports(x) ? forms(TEXT, () -> text, HTML, () -> ArrayHtml.table(x, caption)) : forms(TEXT, () -> text);
  }

  /** Returns one form as a map. */
  private static Map<String, Supplier<String>> forms(String type, Supplier<String> content) {
    Map<String, Supplier<String>> forms = new LinkedHashMap<>();
    forms.put(type, content);
    return forms;
  }

  /** Returns two forms, in order. */
  private static Map<String, Supplier<String>> forms(String type, Supplier<String> content, String type2,
      Supplier<String> content2) {
    Map<String, Supplier<String>> forms = forms(type, content);
    forms.put(type2, content2);
    return forms;
  }

  /** Returns three forms, in order. */
  private static Map<String, Supplier<String>> forms(String type, Supplier<String> content, String type2,
      Supplier<String> content2, String type3, Supplier<String> content3) {
    Map<String, Supplier<String>> forms = forms(type, content, type2, content2);
    forms.put(type3, content3);
    return forms;
  }

  private static String tensorCaption(Tensor t) {
    return t.requiresGrad() ? "Tensor (requires grad)" : "Tensor";
  }

  private static String chartText(Chart<?, ?> chart) {
    String title = chart.getTitle();
    return chart.getClass().getSimpleName() + "(" + (title == null || title.isEmpty() ? "untitled" : title) + ", "
        + chart.getWidth() + "×" + chart.getHeight() + ")";
  }

  /** Returns the PNG bytes as base64 text, the form Jupyter's image/png entry holds. */
  static String base64(byte[] png) {
    return Base64.getEncoder().encodeToString(png);
  }

  @SuppressWarnings("unchecked")
  private static Class<Chart<?, ?>> chartClass() {
    return (Class<Chart<?, ?>>) (Class<?>) Chart.class;
  }
}
