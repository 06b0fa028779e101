package org.dlkit.notebook;
import org.junit.jupiter.api.io.TempDir;
import org.dlkit.exercise.Checker;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dlkit.nd.NdArray;
import org.dlkit.train.HistoryFixtures;
import org.dlkit.train.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotebookTest {
  @AfterEach
  void forgetTheKernel() {
    Notebook.detach();
  }

  @Test
  void attachRegistersTheRenderersWithTheKernelOnce() {
    FakeKernel kernel = new FakeKernel();
    Notebook.attach(kernel);
    Notebook.attach(kernel);
    Notebook.setup(); // already attached: nothing to find
    assertEquals(1, kernel.rendererRequests);
    assertTrue(Notebook.isAttached());
    assertNotNull(kernel.getRenderer().render(NdArray.eye(2)).getData(MIMEType.TEXT_HTML));
  }

  @Test
  void progressIsOneDisplayOnTheAttachedKernel() {
    FakeKernel kernel = new FakeKernel();
    Notebook.attach(kernel);
    Progress progress = Notebook.progress();
    assertInstanceOf(NotebookProgress.class, progress);
    progress.start(2, 3);
    for (int b = 1; b <= 3; b++) {
      progress.step(1, b, 0.5);
    }
    progress.end(HistoryFixtures.trainLossOnly(0.5));
    assertEquals(1, kernel.displayed.size(), "updates go to the display stream, not to new displays");
    assertTrue(kernel.displayed.get(0).hasDisplayId());
  }

  @Test
  void progressWithoutAKernelIsTheConsoleBar() {
    assertFalse(Notebook.isAttached());
    assertFalse(Notebook.progress() instanceof NotebookProgress);
  }

  @Test
  void setupWithoutIJavaOrJJavaSaysWhatItTried() {
    IllegalStateException e = assertThrows(IllegalStateException.class, Notebook::setup);
    assertTrue(e.getMessage().contains("IJava") && e.getMessage().contains("io.github.spencerpark.ijava.IJava"),
        e.getMessage());
    assertTrue(e.getMessage().contains("JJava") && e.getMessage().contains("org.dflib.jjava.JJava"), e.getMessage());
    assertFalse(Notebook.isAttached());
  }

  @Test
  void attachRejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Notebook.attach(null));
  }

  @Test
  void checkRunsTheVisibleTestsAgainstTheRecordedCells(@TempDir Path course) throws IOException {
    Path suite = Files.createDirectories(course.resolve("grader/01-demo"));
    Files.writeString(suite.resolve("TwiceTest.java"), """
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import org.dlkit.exercise.*;
        import org.junit.jupiter.api.Test;

        @Exercise("twice")
        class TwiceTest {
          @Test
          void doublesThree() {
            assertEquals(6, Submission.twice(3), "twice(3)");
          }

          @Test @Visibility(Visibility.HIDDEN)
          void doublesMinusOne() {
            assertEquals(-2, Submission.twice(-1), "twice(-1)");
          }
        }
        """);
    Path notebookFolder = Files.createDirectories(course.resolve("labs/01-demo"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    Notebook.recordCell("import java.util.List;\n");
    Notebook.recordCell("// Exercise: twice\nint twice(int x) {\n  throw new UnsupportedOperationException(\"TODO twice: add x to itself\");\n}\n");
    CheckFailed failed = assertThrows(CheckFailed.class,
        () -> Notebook.check("twice", Checker.VISIBLE_ONLY, notebookFolder, print));
    assertTrue(failed.getMessage().startsWith("1 of 1 test fails"), failed.getMessage());
    assertEquals("twice: 0 of 1 point\n  ✗ doubles three (1): TODO twice: add x to itself",
        out.toString(StandardCharsets.UTF_8).strip(), "without a kernel the panel prints as text");
    out.reset();

    Notebook.recordCell("// Exercise: twice\nint twice(int x) {\n  return x + x;\n}\n");
    Notebook.check("twice", Checker.ALL, notebookFolder, print);
    assertEquals("twice: 2 of 2 points\n  ✓ doubles minus one (1)\n  ✓ doubles three (1)",
        out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void aPredictionIsRecordedByOneCallAndCheckedAndExplainedOnAKernelThatRecordsNoCells(@TempDir Path course)
      throws IOException {
    Path suite = Files.createDirectories(course.resolve("grader/01-demo"));
    Files.writeString(suite.resolve("WhichWinsTest.java"), """
        import org.dlkit.exercise.*;
        import org.junit.jupiter.api.Test;

        @Exercise("which-wins")
        class WhichWinsTest {
          @Test @Points(1)
          void agreesWithTheExperiment() {
            Prediction.of("which-wins", Submission.whichWinsPrediction()).among("sgd", "adam")
                .assertOutcome(Math.abs(0.1) < 1 ? "adam" : "sgd", "Adam scales each step by the gradient's size.");
          }
        }
        """);
    Path notebookFolder = Files.createDirectories(course.resolve("labs/01-demo"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream console = System.out;
    try {
      System.setOut(print);
      Notebook.predict("which-wins", "");
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("No prediction for which-wins yet"), out.toString());
      assertThrows(CheckFailed.class,
          () -> Notebook.check("which-wins", Checker.VISIBLE_ONLY, notebookFolder, print));
      assertFalse(out.toString(StandardCharsets.UTF_8).contains("Adam scales"), "nothing revealed before a prediction");
      out.reset();
      Notebook.predict("which-wins", "adam");
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Prediction which-wins recorded: adam."),
          out.toString());
      Notebook.check("which-wins", Checker.VISIBLE_ONLY, notebookFolder, print);
      assertTrue(out.toString(StandardCharsets.UTF_8).contains("Why: You predicted adam, and the experiment agrees: "
          + "adam. Adam scales each step by the gradient's size."), out.toString());
    } finally {
      System.setOut(console);
    }
    assertThrows(IllegalArgumentException.class, () -> Notebook.predict("which-wins", new int[] {1}));
  }

  @Test
  void checkOutsideTheCourseSaysWhereItLooked(@TempDir Path elsewhere) {
    Notebook.recordCell("int x = 1;\n");
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Notebook.check("twice", Checker.VISIBLE_ONLY, elsewhere, System.out));
    assertTrue(error.getMessage().startsWith("check(\"twice\"): no grader suite for this notebook; looked for grader/"),
        error.getMessage());
  }

  @Test
  void checkOnAKernelThatDoesNotRecordCellsPrintsOneNoteAndReturns(@TempDir Path course) throws IOException {
    Path notebookFolder = Files.createDirectories(course.resolve("labs/01-demo"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Notebook.check("twice", Checker.VISIBLE_ONLY, notebookFolder, new PrintStream(out, true, StandardCharsets.UTF_8));
    String note = out.toString(StandardCharsets.UTF_8).strip();
    assertFalse(note.contains("\n"), "one line: " + note);
    assertTrue(note.startsWith("check(\"twice\"): not checked on this kernel") && note.contains("Java (dlkit)")
        && note.contains("./dlkit grade --lab 01-demo"), note);
  }

  @Test
  void checkOnAnAttachedKernelShowsAPanelThenFailsWithASentence(@TempDir Path course) throws IOException {
    Path suite = Files.createDirectories(course.resolve("grader/01-demo"));
    Files.writeString(suite.resolve("TwiceTest.java"), """
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import org.dlkit.exercise.*;
        import org.junit.jupiter.api.Test;

        @Exercise("twice")
        class TwiceTest {
          @Test @Points(2)
          void doublesThree() {
            assertEquals(6, Submission.twice(3), "twice(3)");
          }

          @Test
          void doublesZero() {
            assertEquals(0, Submission.twice(0), "twice(0)");
          }
        }
        """);
    Path notebookFolder = Files.createDirectories(course.resolve("labs/01-demo"));
    FakeKernel kernel = new FakeKernel();
    Notebook.attach(kernel);
    Notebook.recordCell("// Exercise: twice\nint twice(int x) {\n  return x * 3;\n}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CheckFailed failed = assertThrows(CheckFailed.class, () -> Notebook.check("twice", Checker.VISIBLE_ONLY,
        notebookFolder, new PrintStream(out, true, StandardCharsets.UTF_8)));

    assertEquals("1 of 2 tests fails (the panel above says which and why)", failed.getMessage());
    assertEquals("", out.toString(StandardCharsets.UTF_8), "the panel goes to the kernel, not to stdout");
    assertEquals(1, kernel.displayed.size());
    String html = (String) kernel.displayed.get(0).getData(MIMEType.TEXT_HTML);
    assertTrue(html.contains("class=\"dlkit-check\"") && html.contains("data-passed=\"false\""), html);
    assertTrue(html.contains("twice: 1 of 3 points"), html);
    assertTrue(html.contains("✓</td><td style=\"padding:0 8px 0 0;text-align:left\">doubles zero"), html);
    assertTrue(html.contains("✗</td><td style=\"padding:0 8px 0 0;text-align:left\">doubles three"), html);
    assertTrue(html.contains("<b>Hint</b> (doubles three)") && html.contains("twice(3)"), html);
    String text = (String) kernel.displayed.get(0).getData(MIMEType.TEXT_PLAIN);
    assertTrue(text.startsWith("twice: 1 of 3 points\n") && text.contains("✗ doubles three (2): twice(3)"), text);
  }
}
