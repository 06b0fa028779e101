package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Student ids come from file names the students chose: names that point at folders, carry
 * separators or control characters are refused with a gradebook row that says why, and names that
 * differ only in characters outside [A-Za-z0-9_.-] still get folders, results and rows of their own.
 */
class StudentNamesTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/dlkit/grader/corpus");

  @Test
  void namesThatAreNotStudentsAreRefusedWithTheReason() {
    for (String name : List.of("", ".", "..", "a/b", "a\\b", "tab\there", "nul\u0000", "bell\u0007", "del\u007f")) {
      assertNotNull(StudentId.problem(name), "'" + name + "' was accepted");
      assertThrows(IllegalArgumentException.class, () -> StudentId.of(name));
    }
    for (String name : List.of("...", ".hidden", "王芳", "x y", "O'Brien", "ada.lovelace", "%41")) {
      assertNull(StudentId.problem(name), name);
    }
  }

  @Test
  void distinctNamesGetDistinctFoldersInsideTheirParent(@TempDir Path parent) {
    List<String> names = List.of("王芳", "李娜", "x y", "x_y", "x%20y", "x.y", "...", ".x", "%2Ex", "a".repeat(200),
        "a".repeat(199) + "b", "é", "e\u0301", "Ada", "ada");
    Set<String> folders = new TreeSet<>();
    for (String name : names) {
      StudentId id = StudentId.of(name);
      assertTrue(id.folder().matches("[A-Za-z0-9_%~-][A-Za-z0-9_.%~-]*"), id.folder());
      assertTrue(id.folder().length() <= StudentId.MAX_FOLDER, id.folder());
      assertEquals(parent.toAbsolutePath(), id.folderIn(parent).getParent());
      folders.add(id.folder());
    }
    assertEquals(names.size(), folders.size(), "two names share a folder: " + folders);
    assertNotEquals(StudentId.of("王芳").folder(), StudentId.of("李娜").folder());
    assertEquals("x_y", StudentId.of("x_y").folder());
    assertEquals("x%20y", StudentId.of("x y").folder());
    assertEquals("%2E..", StudentId.of("...").folder());
  }

  @Test
  void aStoredIdMustMatchItsFolder() {
    assertThrows(IllegalArgumentException.class, () -> new StudentId("..", ".."));
    assertThrows(IllegalArgumentException.class, () -> new StudentId("x y", "x_y"));
  }

  @Test
  void hostileNamesAreGradedEachOnItsOwnOrRefused(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("class"));
    Map<String, String> notebooks = new LinkedHashMap<>();
    notebooks.put("...", "reference"); // ....ipynb
    notebooks.put("..", "reference"); // ...ipynb, which once wrote and deleted in the system's temporary folder
    notebooks.put(".", "reference"); // ..ipynb, which once wrote its results at the root of --out
    notebooks.put("", "reference"); // .ipynb
    notebooks.put("王芳", "reference");
    notebooks.put("李娜", "wrong-gradient");
    notebooks.put("x y", "untouched");
    notebooks.put("x_y", "reference");
    for (var entry : notebooks.entrySet()) {
      Files.copy(CORPUS.resolve("submissions/" + entry.getValue() + ".ipynb"), in.resolve(entry.getKey() + ".ipynb"));
    }
    Path neighbour = Files.createDirectories(dir.resolve("neighbour"));
    Files.writeString(neighbour.resolve("keep.txt"), "not the grader's");
    Files.setPosixFilePermissions(neighbour, PosixFilePermissions.fromString("rwx------"));
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    String tmpMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp));
    Path out = dir.resolve("out");

    StringWriter text = new StringWriter();
    int code = Grader.run(new Grader.Options(CORPUS.resolve("suite/00-corpus"), in, out, 2, false, Duration.ofSeconds(5),
        Duration.ofSeconds(60), false), new PrintWriter(text, true), new PrintWriter(text, true));

    assertEquals(0, code, text.toString());
    Map<String, String> byStudent = new LinkedHashMap<>();
    Table book = Table.read().csv(out.resolve(Gradebook.FILE).toFile());
    for (int row = 0; row < book.rowCount(); row++) {
      String total = book.column("total").isMissing(row) ? "-" : String.valueOf(book.numberColumn("total").getDouble(row));
      byStudent.put(book.stringColumn("student").get(row), total + " " + book.stringColumn("status").get(row));
    }
    assertEquals(Set.of("", ".", "..", "...", "王芳", "李娜", "x y", "x_y"), byStudent.keySet(), text.toString());
    assertEquals("6.0 graded", byStudent.get("王芳"));
    assertEquals("4.0 graded", byStudent.get("李娜"));
    assertEquals("0.0 graded", byStudent.get("x y"));
    assertEquals("6.0 graded", byStudent.get("x_y"));
    assertEquals("6.0 graded", byStudent.get("..."));
    assertTrue(byStudent.get("..").startsWith("- not graded: the student id '..' names a folder"), byStudent.get(".."));
    assertTrue(byStudent.get(".").startsWith("- not graded: the student id '.' names a folder"), byStudent.get("."));
    assertTrue(byStudent.get("").startsWith("- not graded: the student id is empty"), byStudent.get(""));
    assertTrue(text.toString().contains("dlkit grade: not grading .: the student id '.' names a folder"), text.toString());

    for (String student : List.of("...", "王芳", "李娜", "x y", "x_y")) {
      Path folder = StudentId.of(student).folderIn(out);
      assertEquals(student, ResultsFile.in(folder).orElseThrow().student());
      assertTrue(Files.readString(folder.resolve(Reports.FEEDBACK)).startsWith("# Feedback for " + student + "\n"));
    }
    try (Stream<Path> written = Files.list(out)) {
      assertEquals(Set.of("%2E..", "%E7%8E%8B%E8%8A%B3", "%E6%9D%8E%E5%A8%9C", "x%20y", "x_y", Gradebook.FILE),
          written.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
    try (Stream<Path> left = Files.walk(dir)) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
    }
    assertEquals("not the grader's", Files.readString(neighbour.resolve("keep.txt")));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(neighbour)));
    assertEquals(tmpMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp)));
  }

  @Test
  void aFileAndAFolderWithTheSameNameAreBothRefused(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("class/ada"));
    Files.copy(CORPUS.resolve("submissions/reference.ipynb"), in.resolve("lab.ipynb"));
    Files.copy(CORPUS.resolve("submissions/reference.ipynb"), dir.resolve("class/ada.ipynb"));
    Files.copy(CORPUS.resolve("submissions/reference.ipynb"), dir.resolve("class/alan.ipynb"));
    Submissions.Collected collected = Submissions.collect(dir.resolve("class"), dir);
    assertEquals(List.of(StudentId.of("alan")), List.copyOf(collected.notebooks().keySet()));
    String why = collected.refused().get("ada");
    assertTrue(why.startsWith("2 submissions have this student id (") && why.contains("ada.ipynb")
        && why.contains("ada/lab.ipynb"), collected.refused().toString());
  }
}
