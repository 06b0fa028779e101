package org.dlkit.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drives the DL4J peer through its JSON-lines protocol in-process, as the benchmark harness does. */
class Dl4jPeerTest {
  /** Sends the requests, then returns every line the peer wrote, the ready line first. */
  private static List<JsonObject> converse(String... requests) throws IOException {
    StringWriter out = new StringWriter();
    Dl4jPeer.run(new StringReader(String.join("\n", requests) + "\n"), out, 2);
    return out.toString().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
  }

  private static String error(JsonObject answer) {
    assertTrue(answer.has("error"), "expected an error, got " + answer);
    return answer.get("error").getAsString();
  }

  @Test
  void readyLineNamesSystemThreadsAndBlas() throws IOException {
    JsonObject ready = converse().get(0);
    assertTrue(ready.get("ready").getAsBoolean(), ready.toString());
    assertEquals("DL4J 1.0.0-M2.1", ready.get("system").getAsString());
    assertEquals(2, ready.get("threads").getAsInt());
    assertFalse(ready.get("blas").getAsString().isBlank(), ready.toString());
  }

  @Test
  void w1CountsItsParametersAndLearns() throws IOException {
    List<JsonObject> lines = converse(
        "{\"cmd\":\"prepare\",\"workload\":\"W1\",\"precision\":\"f64\"}",
        "{\"cmd\":\"steps\",\"workload\":\"W1\",\"precision\":\"f64\",\"count\":1}",
        "{\"cmd\":\"steps\",\"workload\":\"W1\",\"precision\":\"f64\",\"count\":200}",
        "{\"cmd\":\"quit\"}");
    assertEquals(5, lines.size(), lines.toString());
    JsonObject prepared = lines.get(1);
    assertTrue(prepared.get("ok").getAsBoolean(), prepared.toString());
    assertEquals("moons", prepared.get("data").getAsString());
    assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1, prepared.get("parameters").getAsInt());
    double first = lines.get(2).get("loss").getAsDouble();
    double later = lines.get(3).get("loss").getAsDouble();
    assertTrue(later < first * 0.8, "loss " + first + " after 1 step, " + later + " after 201");
    assertTrue(lines.get(3).get("seconds").getAsDouble() > 0, lines.get(3).toString());
    assertTrue(lines.get(4).get("ok").getAsBoolean());
  }

  @Test
  void w3InSinglePrecisionPreparesStepsAndRunsAnEpoch() throws IOException {
    List<JsonObject> lines = converse(
        "{\"cmd\":\"prepare\",\"workload\":\"W3\",\"precision\":\"f32\",\"examples\":256,\"hidden\":16}",
        "{\"cmd\":\"steps\",\"workload\":\"W3\",\"precision\":\"f32\",\"count\":5}",
        "{\"cmd\":\"epoch\",\"workload\":\"W3\",\"precision\":\"f32\"}");
    JsonObject prepared = lines.get(1);
    assertTrue(prepared.get("ok").getAsBoolean(), prepared.toString());
    assertEquals(784 * 16 + 16 + 16 * 10 + 10, prepared.get("parameters").getAsInt());
    assertTrue(List.of("Fashion-MNIST", Dl4jWorkloads.RANDOM_DATA).contains(prepared.get("data").getAsString()));
    double loss = lines.get(2).get("loss").getAsDouble();
    assertTrue(loss > 0 && loss < 10, "softmax cross-entropy of 10 classes near ln 10, got " + loss);
    assertEquals(256, lines.get(3).get("examples").getAsInt());
  }

  @Test
  void w4PreparesWithDropoutAndAdam() throws IOException {
    List<JsonObject> lines = converse(
        "{\"cmd\":\"prepare\",\"workload\":\"W4\",\"precision\":\"f64\",\"examples\":100,\"hidden\":8}",
        "{\"cmd\":\"steps\",\"workload\":\"W4\",\"precision\":\"f64\",\"count\":3}");
    assertEquals(784 * 8 + 8 + 8 * 10 + 10, lines.get(1).get("parameters").getAsInt());
    assertTrue(Double.isFinite(lines.get(2).get("loss").getAsDouble()), lines.get(2).toString());
  }

  @Test
  void badRequestsAreAnsweredAndTheServingGoesOn() throws IOException {
    List<JsonObject> lines = converse(
        "{\"cmd\":\"prepare\",\"workload\":\"W9\",\"precision\":\"f64\"}",
        "{\"cmd\":\"prepare\",\"workload\":\"W2\",\"precision\":\"f16\"}",
        "{\"cmd\":\"steps\",\"workload\":\"W2\",\"precision\":\"f32\",\"count\":1}",
        "{\"cmd\":\"train\"}",
        "{\"cmd\":\"steps\",\"workload\":\"W2\",\"precision\":\"f32\",\"count\":0}",
        "not json {",
        "{\"cmd\":\"prepare\",\"workload\":\"W2\",\"precision\":\"f32\"}");
    assertEquals(8, lines.size(), lines.toString());
    assertEquals("unknown workload \"W9\"; expected one of W1, W2, W3, W4", error(lines.get(1)));
    assertEquals("unknown precision \"f16\"; expected one of f64, f32", error(lines.get(2)));
    assertTrue(error(lines.get(3)).startsWith("workload W2 f32 is not prepared"), lines.get(3).toString());
    assertTrue(error(lines.get(4)).contains("\"train\"") && error(lines.get(4)).contains("prepare, steps"));
    assertTrue(error(lines.get(5)).startsWith("workload W2 f32 is not prepared"), lines.get(5).toString());
    assertTrue(error(lines.get(6)).startsWith("not a JSON request"), lines.get(6).toString());
    assertEquals(2 * 3 + 3 + 3 + 1, lines.get(7).get("parameters").getAsInt());
  }

  @Test
  void matmulTimesProducts() throws IOException {
    JsonObject answer = converse("{\"cmd\":\"matmul\",\"m\":16,\"k\":8,\"n\":4,\"threads\":1,\"count\":3}").get(1);
    assertTrue(answer.get("seconds").getAsDouble() >= 0, answer.toString());
  }

  @Test
  void threadsArgumentIsReadOrRefused() {
    assertEquals(1, Dl4jPeer.threads(new String[0]));
    assertEquals(2, Dl4jPeer.threads(new String[] {"--threads", "2"}));
    assertEquals(3, Dl4jPeer.threads(new String[] {"--threads=3"}));
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Dl4jPeer.threads(new String[] {"--threads", "zero"}));
    assertTrue(refused.getMessage().contains("\"zero\""), refused.getMessage());
  }
}
