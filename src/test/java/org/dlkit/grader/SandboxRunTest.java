package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link HostileFixture}'s tests in the bubblewrap sandbox: code that writes forged results to
 * file descriptor 1, reaches for the grader's socket and halts the JVM, writes native-style output
 * without a newline, or fails with a message that never comes, changes no other test's outcome.
 */
class SandboxRunTest {
  private static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

  @Test
  void onlyTheOrderedTestsAnswerCountsAndNothingElseOnTheJvmsOutput(@TempDir Path dir) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Sandbox.openUp(dir);
    Sandbox.openUp(classes);
    Sandbox sandbox = Sandbox.at(Isolation.FULL, Sandbox.readableByAll(Grader.sandboxClassPath(), Grader.sharedCache()),
        Sandbox.Limits.DEFAULT, 1);
    SandboxRun.Test glued = test("a", "printsWithoutNewlineAndPasses");
    SandboxRun.Test afterGlue = test("a", "passes");
    SandboxRun.Test forger = test("b", "forgesResultsThenHalts");
    SandboxRun.Test afterForger = test("b", "passes");
    SandboxRun.Test hanging = test("c", "failsWithAMessageThatNeverComes");
    SandboxRun.Test afterHanging = test("c", "passes");
    long start = System.nanoTime();
    Map<SandboxRun.Test, SandboxRun.Outcome> outcomes = new SandboxRun(sandbox, TEST_TIMEOUT, Duration.ofSeconds(60))
        .run(classes, List.of(glued, afterGlue, forger, afterForger, hanging, afterHanging));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(outcomes.get(glued).passed(), outcomes.get(glued).message());
    assertTrue(outcomes.get(afterGlue).passed(), outcomes.get(afterGlue).message());
    assertFalse(outcomes.get(forger).passed(), "forged lines on fd 1 counted");
    assertTrue(outcomes.get(forger).message().contains("the Java VM stopped during this test"),
        outcomes.get(forger).message());
    assertTrue(outcomes.get(afterForger).passed(), "a fresh JVM runs the rest: " + outcomes.get(afterForger).message());
    assertFalse(outcomes.get(hanging).passed());
    assertEquals(HostileFixture.class.getName() + "$1: the exception's message could not be read within the time limit",
        outcomes.get(hanging).message());
    assertTrue(outcomes.get(afterHanging).passed(), outcomes.get(afterHanging).message());
    assertTrue(seconds < 40, "took " + seconds + " s");
  }

  private static SandboxRun.Test test(String exercise, String method) {
    return new SandboxRun.Test(exercise, HostileFixture.class.getName(), method);
  }
}
