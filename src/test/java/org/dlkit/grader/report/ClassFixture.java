package org.dlkit.grader.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A class of six lab-1 submissions with known content: a full solution in one style, two copies of
 * a second style (the second with every variable renamed), the reference solution with a tanh that
 * overflows to NaN (fails exactly one test), the untouched released notebook, and the reference
 * solution with a perceptron cell that does not compile.
 */
final class ClassFixture {
  static final Path HOME = Path.of("").toAbsolutePath();
  static final Path LAB = HOME.resolve("labs/01-perceptron/perceptron.ipynb");
  static final Path RELEASED = HOME.resolve("notebooks/01-perceptron/perceptron.ipynb");
  static final Path SUITE = HOME.resolve("grader/01-perceptron");

  /** The message the NaN tanh fails with, as the suite words it. */
  static final String NAN_MESSAGE_START = "tanh(1000) should be 1.0 but was NaN";

  private ClassFixture() {}

  /** Writes the six notebooks into {@code folder}. */
  static void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    JsonObject reference = read(LAB);
    save(withCells(reference, styleC()), folder.resolve("full.ipynb"));
    save(withCells(reference, styleA()), folder.resolve("copy-a.ipynb"));
    save(withCells(reference, renamed(styleA())), folder.resolve("copy-b.ipynb"));
    Map<String, String> nan = new LinkedHashMap<>();
    nan.put("activations", cell(reference, "activations").replace("return 2 * sigmoid(2 * z) - 1;",
        "double a = Math.exp(z), c = Math.exp(-z);\n    return (a - c) / (a + c);"));
    save(withCells(reference, nan), folder.resolve("nan-tanh.ipynb"));
    Files.copy(RELEASED, folder.resolve("untouched.ipynb"));
    save(withCells(reference, Map.of("perceptron", cell(reference, "perceptron").replace("double z = b;", "double z = ;"))),
        folder.resolve("broken.ipynb"));
  }

  private static Map<String, String> styleA() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("perceptron", """
        // Exercise: perceptron
        double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
            double sum = 0;
            int k = 0;
            while (k < w.length) {
                sum = sum + x[k] * w[k];
                k = k + 1;
            }
            double result = g.applyAsDouble(sum + b);
            return result;
        }
        """);
    cells.put("activations", """
        // Exercise: activations
        double sigmoid(double z) {
            if (z >= 0) {
                double e = Math.exp(-z);
                return 1.0 / (1.0 + e);
            } else {
                double e = Math.exp(z);
                return e / (1.0 + e);
            }
        }

        double sigmoidDerivative(double z) {
            double value = sigmoid(z);
            double other = 1.0 - value;
            return value * other;
        }

        double tanh(double z) {
            if (z > 20) {
                return 1.0;
            }
            if (z < -20) {
                return -1.0;
            }
            double up = Math.exp(z);
            double down = Math.exp(-z);
            return (up - down) / (up + down);
        }

        double tanhDerivative(double z) {
            double value = tanh(z);
            double squared = value * value;
            return 1.0 - squared;
        }

        double relu(double z) {
            if (z < 0) {
                return 0.0;
            }
            return z;
        }

        double reluDerivative(double z) {
            if (z <= 0) {
                return 0.0;
            }
            return 1.0;
        }
        """);
    cells.put("dense", """
        // Exercise: dense
        record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
            NdArray preActivation(NdArray x) {
                NdArray out = x.matmul(w);
                NdArray shifted = out.add(b);
                return shifted;
            }

            NdArray forward(NdArray x) {
                NdArray pre = this.preActivation(x);
                NdArray activated = pre.map(g);
                return activated;
            }
        }
        """);
    cells.put("collapse", """
        // Exercise: collapse
        record Linear(NdArray w, NdArray b) {
            NdArray apply(NdArray x) {
                return x.matmul(w).add(b);
            }

            Linear then(Linear next) {
                NdArray weights = this.w.matmul(next.w());
                NdArray carried = this.b.matmul(next.w());
                NdArray bias = carried.add(next.b());
                Linear merged = new Linear(weights, bias);
                return merged;
            }
        }
        """);
    cells.put("network", """
        // Exercise: network
        record Mlp(List<Layer> layers) {
            NdArray forward(NdArray x) {
                NdArray current = x;
                int index = 0;
                while (index < layers.size()) {
                    Layer layer = layers.get(index);
                    current = layer.forward(current);
                    index = index + 1;
                }
                return current;
            }
        }
        """);
    return cells;
  }

  /** Returns the cells with every local variable of style A renamed. */
  private static Map<String, String> renamed(Map<String, String> cells) {
    String[][] names = {{"sum", "acc"}, {"k", "j"}, {"result", "y"}, {"e", "ez"}, {"value", "s"}, {"other", "rest"},
        {"up", "ePlus"}, {"down", "eMinus"}, {"squared", "sq"}, {"out", "prod"}, {"shifted", "withBias"},
        {"pre", "zs"}, {"activated", "act"}, {"weights", "wc"}, {"carried", "bc"}, {"bias", "bb"},
        {"merged", "lin"}, {"current", "h"}, {"index", "pos"}, {"layer", "lay"}};
    Map<String, String> result = new LinkedHashMap<>();
    cells.forEach((id, source) -> {
      String body = source.substring(source.indexOf('\n'));
      for (String[] name : names) {
        body = body.replaceAll("\\b" + name[0] + "\\b(?!\\()", name[1]);
      }
      result.put(id, source.substring(0, source.indexOf('\n')) + body);
    });
    return result;
  }

  private static Map<String, String> styleC() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("perceptron", """
        // Exercise: perceptron
        double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
            return g.applyAsDouble(b + java.util.stream.IntStream.range(0, x.length).mapToDouble(i -> x[i] * w[i]).sum());
        }
        """);
    cells.put("activations", """
        // Exercise: activations
        double sigmoid(double z) { return Math.exp(-Math.log1p(Math.exp(-z))); }
        double sigmoidDerivative(double z) { double t = Math.exp(-Math.abs(z)); return t / ((1 + t) * (1 + t)); }
        double tanh(double z) { return Math.tanh(z); }
        double tanhDerivative(double z) { double c = Math.cosh(z); return 1 / (c * c); }
        double relu(double z) { return z > 0 ? z : 0; }
        double reluDerivative(double z) { return Math.signum(Math.max(z, 0)); }
        """);
    cells.put("dense", """
        // Exercise: dense
        record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
            NdArray preActivation(NdArray x) { return x.matmul(w).add(b); }
            NdArray forward(NdArray x) { return preActivation(x).map(g); }
        }
        """);
    cells.put("collapse", """
        // Exercise: collapse
        record Linear(NdArray w, NdArray b) {
            NdArray apply(NdArray x) {
                return x.matmul(w).add(b);
            }
            Linear then(Linear next) {
                return new Linear(w.matmul(next.w()), next.b().add(b.matmul(next.w())));
            }
        }
        """);
    cells.put("network", """
        // Exercise: network
        record Mlp(List<Layer> layers) {
            NdArray forward(NdArray x) {
                return layers.stream().reduce(x, (a, next) -> next.forward(a), (p, q) -> q);
            }
        }
        """);
    return cells;
  }

  static JsonObject read(Path notebook) throws IOException {
    return JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static String cell(JsonObject notebook, String id) {
    for (JsonElement cell : notebook.getAsJsonArray("cells")) {
      if (id.equals(gradeId(cell.getAsJsonObject()))) {
        JsonElement source = cell.getAsJsonObject().get("source");
        if (source.isJsonArray()) {
          StringBuilder text = new StringBuilder();
          source.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
          return text.toString();
        }
        return source.getAsString();
      }
    }
    throw new IllegalArgumentException("no cell " + id + " in the lab notebook");
  }

  private static String gradeId(JsonObject cell) {
    JsonObject metadata = cell.getAsJsonObject("metadata");
    if (metadata == null || !metadata.has("nbgrader")) {
      return null;
    }
    JsonElement id = metadata.getAsJsonObject("nbgrader").get("grade_id");
    return id == null ? null : id.getAsString();
  }

  private static JsonObject withCells(JsonObject reference, Map<String, String> sources) {
    JsonObject notebook = reference.deepCopy();
    for (JsonElement cell : notebook.getAsJsonArray("cells")) {
      String id = gradeId(cell.getAsJsonObject());
      if (id != null && sources.containsKey(id)) {
        JsonArray lines = new JsonArray();
        sources.get(id).lines().forEach(line -> lines.add(new JsonPrimitive(line + "\n")));
        cell.getAsJsonObject().add("source", lines);
      }
    }
    return notebook;
  }

  private static void save(JsonObject notebook, Path file) throws IOException {
    Files.writeString(file, notebook.toString(), StandardCharsets.UTF_8);
  }
}
