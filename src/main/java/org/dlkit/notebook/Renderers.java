package org.dlkit.notebook;

import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Base64;
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
 * Registers how each dlkit type becomes a Jupyter MIME bundle. By default:
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
  private Renderers() {}

  /** Registers every dlkit renderer with {@code renderer}. */
  static void registerAll(Renderer renderer) {
    renderer.createRegistration(NdArray.class)
        .preferring(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML)
        .register((x, context) -> array(x, x.toString(), "NdArray", context));
    renderer.createRegistration(Tensor.class)
        .preferring(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML)
        .register((t, context) -> array(t.data(), t.toString(), tensorCaption(t), context));
    renderer.createRegistration(Table.class)
        .preferring(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML)
        .register((table, context) -> {
          context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> table.print(TableHtml.ROWS));
          context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.table(table, TableHtml.ROWS));
        });
    renderer.createRegistration(chartClass())
        .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN)
        .supporting(MIMEType.IMAGE_SVG)
        .register((chart, context) -> {
          context.renderIfRequested(MIMEType.IMAGE_PNG, () -> base64(Figures.toPngBytes(chart)));
          context.renderIfRequested(MIMEType.IMAGE_SVG, () -> Figures.toSvgString(chart));
          context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> chartText(chart));
        });
    renderer.createRegistration(ImageGrid.class)
        .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN)
        .supporting(MIMEType.IMAGE_SVG)
        .register((grid, context) -> {
          context.renderIfRequested(MIMEType.IMAGE_PNG, () -> base64(Figures.toPngBytes(grid)));
          context.renderIfRequested(MIMEType.IMAGE_SVG, () -> Figures.toSvgString(grid));
          context.renderIfRequested(MIMEType.TEXT_PLAIN, grid::toString);
        });
    renderer.createRegistration(History.class)
        .preferring(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN)
        .register((history, context) -> {
          if (!history.epochs().isEmpty()) {
            context.renderIfRequested(MIMEType.IMAGE_PNG, () -> base64(Figures.toPngBytes(Plots.curves(history))));
          }
          context.renderIfRequested(MIMEType.TEXT_PLAIN, history::toString);
        });
    renderer.createRegistration(Dataset.class)
        .preferring(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML)
        .register((data, context) -> {
          context.renderIfRequested(MIMEType.TEXT_PLAIN, data::toString);
          context.renderIfRequested(MIMEType.TEXT_HTML, () -> DatasetHtml.summary(data));
        });
  }

  private static void array(NdArray x, String text, String caption, RenderContext context) {
    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
    if (ArrayHtml.supports(x)) {
      context.renderIfRequested(MIMEType.TEXT_HTML, () -> ArrayHtml.table(x, caption));
    }
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
