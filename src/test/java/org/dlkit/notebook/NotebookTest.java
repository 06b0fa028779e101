package org.dlkit.notebook;

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
  void checkSaysTheChecksArriveWithTheAutograder() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Notebook.check("perceptron", new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals("check(\"perceptron\"): the exercise checks arrive with the autograder issue (#6)",
        out.toString(StandardCharsets.UTF_8).strip());
  }
}
