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
    CheckFailedException failed = assertThrows(CheckFailedException.class,
        () -> Notebook.check("twice", Checker.VISIBLE_ONLY, notebookFolder, print));
    assertEquals("twice: 0 of 1 point\n  ✗ doubles three (1): TODO twice: add x to itself", failed.getMessage());

    Notebook.recordCell("// Exercise: twice\nint twice(int x) {\n  return x + x;\n}\n");
    Notebook.check("twice", Checker.ALL, notebookFolder, print);
    assertEquals("twice: 2 of 2 points\n  ✓ doubles minus one (1)\n  ✓ doubles three (1)",
        out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void checkOutsideTheCourseSaysWhereItLooked(@TempDir Path elsewhere) {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Notebook.check("twice", Checker.VISIBLE_ONLY, elsewhere, System.out));
    assertTrue(error.getMessage().startsWith("check(\"twice\"): no grader suite for this notebook; looked for grader/"),
        error.getMessage());
  }
}
