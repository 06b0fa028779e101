package org.dlkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.plot.Plots;
import org.dlkit.train.HistoryFixtures;
import org.dlkit.train.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Renders every dlkit type through JJava's own (relocated) kernel classes from jjava-jupyter, as a
 * notebook on JJava does, and holds the result to what IJava's classes give.
 */
class JJavaKernelTest {
  /** A JJava kernel that evaluates nothing and records what it displays. */
  static final class FakeJJavaKernel extends BaseKernel {
    final List<DisplayData> displayed = new ArrayList<>();

    FakeJJavaKernel() {
      super("fake", "1", null, List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(),
          null, null, false, new StringStyler.Builder().build());
    }

    @Override
    public void display(DisplayData data) {
      displayed.add(data);
    }

    @Override
    public Object evalRaw(String source) {
      return null;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
      return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
      return null;
    }

    @Override
    public String isComplete(String code) {
      return IS_COMPLETE_YES;
    }
  }

  @AfterEach
  void forgetTheKernel() {
    Notebook.detach();
  }

  @Test
  void everyDlkitTypeRendersToTheSameBundleOnJJavaAsOnIJava() {
    Renderer jjava = new Renderer();
    Notebook.register(jjava);
    io.github.spencerpark.jupyter.kernel.display.Renderer ijava = new io.github.spencerpark.jupyter.kernel.display.Renderer();
    Notebook.register(ijava);

    Dataset data = Dataset.classification("toy", NdArray.of(new double[][] {{1, 2}, {3, 4}}), new int[] {0, 1},
        List.of("x1", "x2"), List.of("a", "b"));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("NdArray", NdArray.eye(3));
    values.put("Tensor", Tensor.param(NdArray.of(1, 2, 3)));
    values.put("Table", Table.create("t", DoubleColumn.create("x", 1, 2, 3)));
    values.put("chart", Plots.histogram(new double[] {1, 2, 2, 3}));
    values.put("ImageGrid", Plots.images(Dataset.classification("squares", NdArray.arange(8).reshape(2, 4),
        new int[] {0, 1}, Dataset.defaultFeatureNames(4), List.of("a", "b")), 2));
    values.put("History", HistoryFixtures.overfitting(10, 5, 8));
    values.put("Dataset", data);
    Map<String, List<String>> expectedTypes = Map.of(
        "NdArray", List.of("text/html", "text/plain"), "Tensor", List.of("text/html", "text/plain"),
        "Table", List.of("text/html", "text/plain"), "chart", List.of("image/png", "text/plain"),
        "ImageGrid", List.of("image/png", "text/plain"), "History", List.of("image/png", "text/plain"),
        "Dataset", List.of("text/html", "text/plain"));

    values.forEach((name, value) -> {
      DisplayData onJJava = jjava.render(value);
      var onIJava = ijava.render(value);
      for (String type : expectedTypes.get(name)) {
        Object content = onJJava.getData(MIMEType.parse(type));
        assertTrue(content instanceof String && !((String) content).isEmpty(), name + " has no " + type + " on JJava");
        if (!type.startsWith("image/")) { // PNG bytes may differ in metadata; text and HTML must not
          assertEquals(onIJava.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.parse(type)), content,
              name + " " + type + " differs between JJava and IJava");
        }
      }
      assertFalse(((String) onJJava.getData(MIMEType.TEXT_PLAIN)).contains("@"), name + " printed as Object.toString()");
    });
    String svg = (String) jjava.renderAs(values.get("chart"), "image/svg+xml").getData(MIMEType.IMAGE_SVG);
    assertTrue(svg != null && svg.contains("<svg"), "an SVG on request");
  }

  @Test
  void attachToAJJavaKernelRegistersRenderersAndShowsProgressAsOneDisplay() {
    FakeJJavaKernel kernel = new FakeJJavaKernel();
    Notebook.attach(kernel);
    assertTrue(Notebook.isAttached());
    assertTrue(kernel.getRenderer().render(NdArray.eye(2)).hasDataForType(MIMEType.TEXT_HTML));

    Progress progress = Notebook.progress();
    assertTrue(progress instanceof NotebookProgress, progress.getClass().getName());
    progress.start(3, 2);
    assertEquals(1, kernel.displayed.size());
    DisplayData bar = kernel.displayed.get(0);
    assertEquals(((NotebookProgress) progress).displayId(), bar.getDisplayId());
    assertTrue(((String) bar.getData(MIMEType.TEXT_HTML)).contains("<progress"));
    assertTrue(((String) bar.getData(MIMEType.TEXT_PLAIN)).startsWith("epoch 1/3"));
  }
}
