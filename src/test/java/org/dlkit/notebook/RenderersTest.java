package org.dlkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.plot.Plots;
import org.dlkit.train.HistoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class RenderersTest {
  private Renderer renderer;

  @BeforeEach
  void register() {
    renderer = new Renderer();
    Notebook.register(renderer);
  }

  @Test
  void smallMatrixIsATableCaptionedWithItsShapeAndTextIsToString() {
    NdArray x = NdArray.of(new double[][] {{1, 2.5, -3}, {4, 5, 6}});
    DisplayData data = renderer.render(x);
    String html = html(data);
    assertTrue(html.contains("<table"), html);
    assertTrue(html.contains("<caption style=\"white-space:nowrap\">NdArray, shape [2, 3]</caption>"), html);
    assertTrue(html.contains("<td>2.5</td>") && html.contains("<td>-3.</td>"), html);
    assertFalse(html.contains("&hellip;"), html);
    assertEquals(x.toString(), data.getData(MIMEType.TEXT_PLAIN));
  }

  @Test
  void bigMatrixShowsFirstAndLastFiveRowsAndColumnsAroundAnEllipsis() {
    NdArray x = NdArray.arange(1000 * 20).reshape(1000, 20);
    String html = html(renderer.render(x));
    assertTrue(html.contains("shape [1000, 20]"), html);
    assertTrue(html.contains("&hellip;"), html);
    assertEquals(12, count(html, "<tr>"), "a header row, 5 rows, an ellipsis row and 5 rows");
    assertTrue(html.contains("<th>999</th>") && html.contains("<th>19</th>"), html);
    assertTrue(html.contains("<td>19999.</td>"), html);
    assertFalse(html.contains("<th>500</th>"), html);
  }

  @Test
  void vectorIsOneRowAndScalarOneCell() {
    String vector = html(renderer.render(NdArray.arange(30)));
    assertTrue(vector.contains("shape [30]"), vector);
    assertEquals(1, count(vector, "<tbody><tr>"));
    assertEquals(11, count(vector, "<td>"), "5 values, an ellipsis, 5 values");

    String scalar = html(renderer.render(NdArray.scalar(0.25)));
    assertTrue(scalar.contains("shape []") && scalar.contains("<td>0.25</td>"), scalar);
    assertEquals(1, count(scalar, "<td>"));
  }

  @Test
  void arraysWithThreeAxesShowAsTextOnly() {
    NdArray x = NdArray.zeros(2, 3, 4);
    DisplayData data = renderer.render(x);
    assertFalse(data.hasDataForType(MIMEType.TEXT_HTML));
    assertEquals(x.toString(), data.getData(MIMEType.TEXT_PLAIN));
  }

  @Test
  void tensorRendersItsDataWithItsOwnText() {
    Tensor t = Tensor.param(1, 2, 3);
    DisplayData data = renderer.render(t);
    assertEquals(t.toString(), data.getData(MIMEType.TEXT_PLAIN));
    assertTrue(html(data).contains("<caption style=\"white-space:nowrap\">Tensor (requires grad), shape [3]</caption>"), html(data));
  }

  @Test
  void tableShowsAtMostTenRowsAndItsShape() {
    Dataset data = toy(25);
    DisplayData rendered = renderer.render(data.toTable());
    String html = html(rendered);
    assertTrue(html.contains("toy: 25 rows X 3 cols"), html);
    assertEquals(10, bodyRows(html), "10 body rows");
    assertTrue(((String) rendered.getData(MIMEType.TEXT_PLAIN)).contains("x1"));
  }

  @Test
  void chartIsA600By400PngAndSvgWhenAskedFor() throws IOException {
    XYChart chart = Plots.histogram(new double[] {1, 2, 2, 3, 3, 3});
    DisplayData data = renderer.render(chart);
    BufferedImage image = png(data);
    assertEquals(600, image.getWidth());
    assertEquals(400, image.getHeight());
    assertFalse(data.hasDataForType(MIMEType.IMAGE_SVG), "SVG only when requested");

    String svg = (String) renderer.renderAs(chart, "image/svg+xml").getData(MIMEType.IMAGE_SVG);
    assertNotNull(svg);
    assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, Math.min(80, svg.length())));
  }

  @Test
  void imageGridIsAPng() throws IOException {
    Dataset digits = Dataset.classification("squares", NdArray.arange(2 * 4).reshape(2, 4), new int[] {0, 1},
        Dataset.defaultFeatureNames(4), List.of("a", "b"));
    assertEquals(600, png(renderer.render(Plots.images(digits, 2))).getWidth());
  }

  @Test
  void historyIsItsLossCurvesAsPngPlusText() throws IOException {
    var history = HistoryFixtures.overfitting(30, 14, 20);
    DisplayData data = renderer.render(history);
    assertEquals(400, png(data).getHeight());
    assertEquals(history.toString(), data.getData(MIMEType.TEXT_PLAIN));
  }

  @Test
  void emptyHistoryIsTextOnly() {
    DisplayData data = renderer.render(HistoryFixtures.trainLossOnly());
    assertFalse(data.hasDataForType(MIMEType.IMAGE_PNG));
    assertTrue(data.hasDataForType(MIMEType.TEXT_PLAIN));
  }

  @Test
  void classificationSummaryCountsEachClassAndShowsFiveRows() {
    String html = html(renderer.render(toy(7)));
    assertTrue(html.contains("<b>toy</b>: 7 examples &times; 2 features"), html);
    assertTrue(html.contains("classes: blue (4), orange (3)"), html);
    assertTrue(html.contains("features: x1, x2"), html);
    assertEquals(5, bodyRows(html), "first 5 rows");
  }

  @Test
  void regressionSummaryGivesTheTargetRange() {
    Dataset data = Dataset.regression("line", NdArray.arange(4).reshape(4, 1), NdArray.of(-1.5, 0, 2, 8),
        List.of("x"));
    String html = html(renderer.render(data));
    assertTrue(html.contains("target range: [-1.5, 8.]"), html);
    assertEquals(data.toString(), renderer.render(data).getData(MIMEType.TEXT_PLAIN));
  }

  private static Dataset toy(int n) {
    double[][] x = new double[n][2];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {i, -i};
      labels[i] = i % 2;
    }
    return Dataset.classification("toy", NdArray.of(x), labels, List.of("x1", "x2"), List.of("blue", "orange"));
  }

  private static String html(DisplayData data) {
    Object html = data.getData(MIMEType.TEXT_HTML);
    assertNotNull(html, "no text/html in the bundle");
    return (String) html;
  }

  private static BufferedImage png(DisplayData data) throws IOException {
    Object base64 = data.getData(MIMEType.IMAGE_PNG);
    assertNotNull(base64, "no image/png in the bundle");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) base64)));
    assertNotNull(image, "image/png does not decode to an image");
    return image;
  }

  /** Counts rows that start with a row number (the header row starts with an empty cell). */
  private static int bodyRows(String html) {
    return count(Pattern.compile("<tr><th>[0-9]"), html);
  }

  private static int count(String text, String part) {
    return count(Pattern.compile(Pattern.quote(part)), text);
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
