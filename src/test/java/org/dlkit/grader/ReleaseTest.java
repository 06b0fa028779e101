package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dlkit.exercise.NotebookFile;

class ReleaseTest {
  private static final String EXERCISE = String.join("\n",
      "double perceptron(double[] x, double[] w, double b) {",
      "    // BEGIN SOLUTION",
      "    // HINT: z = w . x + b, then apply sigmoid",
      "    double z = b;",
      "    for (int i = 0; i < x.length; i++) z += w[i] * x[i];",
      "    return 1 / (1 + Math.exp(-z));",
      "    // END SOLUTION",
      "}");
  private static final String TESTS = String.join("\n",
      "check(\"perceptron\");",
      "// BEGIN HIDDEN TESTS",
      "assert Math.abs(perceptron(new double[] {-1, 2}, new double[] {3, -2}, 1) - 0.002473) < 1e-6;",
      "// END HIDDEN TESTS");

  private static Path lab(Path labs, String exerciseCode, boolean withId) throws Exception {
    JsonObject metadata = new JsonObject();
    if (withId) {
      JsonObject nbgrader = new JsonObject();
      nbgrader.addProperty("grade_id", "perceptron");
      nbgrader.addProperty("solution", true);
      metadata.add("nbgrader", nbgrader);
    }
    JsonArray cells = new JsonArray();
    cells.add(cell("markdown", "# Lab 1\nThe perceptron.", new JsonObject()));
    JsonObject exercise = cell("code", exerciseCode, metadata);
    JsonArray outputs = new JsonArray();
    JsonObject output = new JsonObject();
    output.addProperty("output_type", "stream");
    output.addProperty("name", "stdout");
    output.addProperty("text", "left over from the instructor's run");
    outputs.add(output);
    exercise.add("outputs", outputs);
    exercise.addProperty("execution_count", 7);
    cells.add(exercise);
    cells.add(cell("code", TESTS, new JsonObject()));
    JsonObject notebook = new JsonObject();
    notebook.add("cells", cells);
    notebook.add("metadata", new JsonObject());
    notebook.addProperty("nbformat", 4);
    notebook.addProperty("nbformat_minor", 5);
    Path file = labs.resolve("01-perceptron/perceptron.ipynb");
    Files.createDirectories(file.getParent());
    Files.writeString(file, notebook.toString());
    return file;
  }

  private static JsonObject cell(String type, String source, JsonObject metadata) {
    JsonObject cell = new JsonObject();
    cell.addProperty("cell_type", type);
    cell.add("metadata", metadata);
    cell.add("source", Markers.toSourceArray(source));
    if (type.equals("code")) {
      cell.add("outputs", new JsonArray());
      cell.add("execution_count", null);
    }
    return cell;
  }

  private static String sourceOf(JsonObject notebook, int cell) {
    return NotebookFile.source(notebook.getAsJsonArray("cells").get(cell).getAsJsonObject());
  }

  @Test
  void solutionsBecomeThrowingStubsAndHiddenTestsDisappear(@TempDir Path dir) throws Exception {
    lab(dir.resolve("labs"), EXERCISE, true);
    List<Path> written = Release.release(dir.resolve("labs"), dir.resolve("notebooks"));
    assertEquals(List.of(dir.resolve("notebooks/01-perceptron/perceptron.ipynb")), written);
    JsonObject student = JsonParser.parseString(Files.readString(written.get(0))).getAsJsonObject();
    assertEquals(String.join("\n",
        "double perceptron(double[] x, double[] w, double b) {",
        "    throw new UnsupportedOperationException(\"TODO perceptron: z = w . x + b, then apply sigmoid\");",
        "}"), sourceOf(student, 1));
    assertEquals("check(\"perceptron\");", sourceOf(student, 2));
    assertEquals("# Lab 1\nThe perceptron.", sourceOf(student, 0));
    JsonObject exercise = student.getAsJsonArray("cells").get(1).getAsJsonObject();
    assertEquals(0, exercise.getAsJsonArray("outputs").size());
    assertTrue(exercise.get("execution_count").isJsonNull());
    assertEquals("perceptron", exercise.getAsJsonObject("metadata").getAsJsonObject("nbgrader").get("grade_id")
        .getAsString(), "the grader finds exercises by this metadata");
  }

  @Test
  void theStubCompilesAndThrowsTheTodoMessage(@TempDir Path dir) throws Exception {
    Path source = lab(dir, EXERCISE, true);
    JsonObject student = JsonParser.parseString(Release.studentVersion(source)).getAsJsonObject();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      List<SnippetEvent> declared = shell.eval(sourceOf(student, 1));
      assertEquals(jdk.jshell.Snippet.Status.VALID, declared.get(0).status(), "the student's stub compiles");
      SnippetEvent call = shell.eval("perceptron(new double[] {-1, 2}, new double[] {3, -2}, 1)").get(0);
      assertTrue(call.exception() != null && call.exception().getMessage()
          .contains("TODO perceptron: z = w . x + b, then apply sigmoid"), String.valueOf(call.exception()));
    }
  }

  @Test
  void releaseIsDeterministic(@TempDir Path dir) throws Exception {
    Path source = lab(dir, EXERCISE, true);
    String first = Release.studentVersion(source);
    assertEquals(first, Release.studentVersion(source));
    assertTrue(first.endsWith("}\n") && first.startsWith("{\n \"cells\": [\n"), first.substring(0, 20));
  }

  @Test
  void badMarkersNameTheFileCellAndLine(@TempDir Path dir) throws Exception {
    Path missingEnd = lab(dir.resolve("a"), "int f() {\n    // BEGIN SOLUTION\n    return 1;\n}", true);
    IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
        () -> Release.studentVersion(missingEnd));
    assertEquals("release: " + missingEnd + ", cell 2, line 2: // BEGIN SOLUTION is never closed", open.getMessage());
    Path noId = lab(dir.resolve("b"), EXERCISE, false);
    IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> Release.studentVersion(noId));
    assertEquals("release: " + noId + ", cell 2 has a solution but no exercise id; add metadata.nbgrader.grade_id"
        + " to the cell", id.getMessage());
    Path stray = lab(dir.resolve("c"), "int g() {\n    // END SOLUTION\n}", true);
    IllegalArgumentException end = assertThrows(IllegalArgumentException.class, () -> Release.studentVersion(stray));
    assertEquals("release: " + stray + ", cell 2, line 2: // END SOLUTION without its BEGIN marker", end.getMessage());
  }

  @Test
  void committedStudentNotebooksMatchTheLabs(@TempDir Path out) throws Exception {
    Path home = Path.of(System.getProperty("user.dir"));
    List<Path> released = Release.release(home.resolve("labs"), out);
    for (Path file : released) {
      Path committed = home.resolve("notebooks").resolve(out.relativize(file));
      assertTrue(Files.exists(committed), committed + " is missing: run ./dlkit release");
      assertEquals(Files.readString(file), Files.readString(committed),
          committed + " is out of date with labs/: run ./dlkit release");
    }
  }
}
