package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebooks as Jupyter reads them: format 3 (cells in worksheets, code in {@code input}) read and
 * upgraded like nbformat does, and bytes that are not UTF-8 read as U+FFFD, costing nothing in a
 * markdown cell and named with the file and the cell in a code cell.
 */
class NotebookFileTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/dlkit/grader/corpus");
  private static final Path REFERENCE = CORPUS.resolve("submissions/reference.ipynb");
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private final Checker checker = new Checker(Suite.in(CORPUS.resolve("suite/00-corpus")), Duration.ofSeconds(5));

  @Test
  void aFormat3NotebookIsReadAsJupyterUpgradesIt(@TempDir Path dir) throws Exception {
    Path v3 = dir.resolve("v3.ipynb");
    Files.writeString(v3, format3(Files.readString(REFERENCE)));
    NotebookFile read = NotebookFile.read(v3);
    NotebookFile reference = NotebookFile.read(REFERENCE);
    assertEquals(reference.codeCells(), read.codeCells());
    assertEquals(6.0, score(read));
    assertEquals(List.of(), read.warnings());
    assumeTrue(nbformatInstalled(), "Debian's python3-nbformat checks what Jupyter makes of the file");
    String jupyter = python(v3, "print(json.dumps([c.source for c in nb.cells if c.cell_type == 'code']))");
    assertEquals(reference.codeCells().stream().map(NotebookFile.CodeCell::source).toList(),
        JsonParser.parseString(jupyter).getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList());
  }

  @Test
  void badBytesInAMarkdownCellCostNothing(@TempDir Path dir) throws Exception {
    Path damaged = dir.resolve("damaged.ipynb");
    Files.write(damaged, replace(Files.readAllBytes(REFERENCE), "# Corpus submission: reference",
        new byte[] {'#', ' ', (byte) 0xff, (byte) 0xfe, 'x', (byte) 0xc3}));
    NotebookFile read = NotebookFile.read(damaged);
    assertEquals(6.0, score(read));
    assertEquals(List.of(), read.warnings());
    if (nbformatInstalled()) {
      assertTrue(python(damaged, "print('read')").contains("UnicodeDecodeError"),
          "nbformat now reads invalid UTF-8; dlkit reads it more leniently than needed");
    }
  }

  @Test
  void badBytesInACodeCellAreNamedWithTheFileAndTheCell(@TempDir Path dir) throws Exception {
    Path damaged = dir.resolve("damaged.ipynb");
    Files.write(damaged, replace(Files.readAllBytes(REFERENCE), "// Exercise: twice",
        new byte[] {'/', '/', ' ', 'E', 'x', 'e', 'r', 'c', 'i', 's', 'e', ':', ' ', 't', 'w', 'i', 'c', 'e', ' ',
            (byte) 0xe9}));
    NotebookFile read = NotebookFile.read(damaged);
    assertEquals(6.0, score(read), "bad bytes in a comment still compile");
    assertEquals(List.of("damaged.ipynb, cell 5 (a code cell, exercise twice) holds bytes that are not UTF-8, read as "
        + "\uFFFD; if it does not compile, open the notebook in Jupyter, fix that line and save it again"), read.warnings());
  }

  /** Returns the notebook's points, every exercise checked in this JVM as the grader would. */
  private double score(NotebookFile notebook) {
    return checker.suite().exerciseIds().stream()
        .mapToDouble(id -> checker.check(id, notebook.exercises(), notebook.imports(), Checker.ALL).score()).sum();
  }

  /** Returns {@code json} (a format 4 notebook) as nbformat 3 wrote it. */
  private static String format3(String json) {
    JsonObject v4 = JsonParser.parseString(json).getAsJsonObject();
    JsonArray cells = new JsonArray();
    int prompt = 1;
    for (JsonElement element : v4.getAsJsonArray("cells")) {
      JsonObject cell = element.getAsJsonObject().deepCopy();
      cell.remove("id");
      if (cell.get("cell_type").getAsString().equals("code")) {
        cell.add("input", cell.remove("source"));
        cell.remove("execution_count");
        cell.addProperty("language", "java");
        cell.addProperty("prompt_number", prompt++);
        cell.addProperty("collapsed", false);
      }
      cells.add(cell);
    }
    JsonObject sheet = new JsonObject();
    sheet.add("cells", cells);
    sheet.add("metadata", new JsonObject());
    JsonArray worksheets = new JsonArray();
    worksheets.add(sheet);
    JsonObject v3 = new JsonObject();
    JsonObject metadata = new JsonObject();
    metadata.addProperty("name", "");
    v3.add("metadata", metadata);
    v3.addProperty("nbformat", 3);
    v3.addProperty("nbformat_minor", 0);
    v3.add("worksheets", worksheets);
    assertNotEquals(json, v3.toString());
    return v3.toString();
  }

  private static byte[] replace(byte[] bytes, String what, byte[] with) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String replaced = text.replace(what, new String(with, StandardCharsets.ISO_8859_1));
    assertNotEquals(text, replaced, what);
    return replaced.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean nbformatInstalled() throws Exception {
    return Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import nbformat")
        .redirectErrorStream(true).start().waitFor() == 0;
  }

  /** Runs {@code code} in Debian's Python after {@code nb = nbformat.read(file, as_version=4)}; returns what it printed. */
  private static String python(Path file, String code) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(PYTHON.toString(), "-c", "import json, sys, nbformat\n"
        + "nb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\n" + code, file.toString())
        .redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return printed.strip();
  }
}
