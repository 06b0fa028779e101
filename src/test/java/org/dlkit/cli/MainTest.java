package org.dlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the {@code dlkit} command in-process and checks its output and exit codes. */
class MainTest {
  private static final List<String> COMMANDS =
      List.of("test", "version", "bench", "notebook", "run", "kernel", "grade", "release");

  /** One in-process run of {@code dlkit}: its exit code and what it printed. */
  private record Run(int exitCode, String out, String err) {}

  private static Run dlkit(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine dlkit = new CommandLine(new Main());
    dlkit.setOut(new PrintWriter(out, true));
    dlkit.setErr(new PrintWriter(err, true));
    int exitCode = dlkit.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommandWithItsDescription() {
    Run run = dlkit("--help");
    assertEquals(0, run.exitCode());
    CommandLine dlkit = new CommandLine(new Main());
    for (String name : COMMANDS) {
      String description = dlkit.getSubcommands().get(name).getCommandSpec().usageMessage().description()[0];
      String line = "^\\s+" + name + "\\s+" + Pattern.quote(description) + "$";
      assertTrue(Pattern.compile(line, Pattern.MULTILINE).matcher(run.out()).find(),
          () -> "no help line for " + name + " in:\n" + run.out());
    }
  }

  @Test
  void versionPrintsDlkitAndJava() {
    Run run = dlkit("version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("dlkit "), run.out());
    assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
  }

  @Test
  void versionOptionPrintsDlkit() {
    Run run = dlkit("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("dlkit "), run.out());
  }

  @Test
  void gradeNamesTheLabsWhenTheLabIsUnknown() {
    Run run = dlkit("grade", "--lab", "99", "submissions");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("dlkit grade: --lab 99 matches no suite in "), run.err());
  }

  @Test
  void gradeWithoutSubmissionsSaysWhatItExpected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path suite = java.nio.file.Files.createDirectories(dir.resolve("suite/01-demo"));
    java.nio.file.Files.writeString(suite.resolve("ATest.java"), "@org.dlkit.exercise.Exercise(\"a\") class ATest {}");
    Run run = dlkit("grade", "--lab", suite.toString(), dir.resolve("missing").toString(), "--unsafe-no-sandbox");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no submissions at " + dir.resolve("missing")), run.err() + run.out());
  }

  @Test
  void benchAlonePrintsUsageAndExitsTwo() {
    Run run = dlkit("bench");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("nd"), run.err());
  }

  @Test
  void benchNdQuickRuns() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, dlkit("bench", "nd", "--quick").exitCode());
    } finally {
      System.setOut(stdout);
    }
    assertTrue(captured.size() > 0, "bench nd printed nothing");
  }

  @Test
  void unknownCommandIsNamedAndExitsTwo() {
    Run run = dlkit("frobnicate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("frobnicate"), run.err());
  }

  @Test
  void unknownOptionExitsTwo() {
    Run run = dlkit("--frobnicate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--frobnicate"), run.err());
  }

  @Test
  void dlkitAlonePrintsUsageAndExitsTwo() {
    Run run = dlkit();
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Usage: dlkit"), run.err());
  }

  @Test
  void testWithoutPomNamesTheFolderAndExitsTwo(@TempDir Path empty) {
    String saved = System.getProperty(TestCommand.HOME_PROPERTY);
    System.setProperty(TestCommand.HOME_PROPERTY, empty.toString());
    try {
      Run run = dlkit("test");
      assertEquals(2, run.exitCode());
      assertTrue(run.err().contains("no pom.xml in " + empty.toAbsolutePath().normalize()), run.err());
    } finally {
      if (saved == null) {
        System.clearProperty(TestCommand.HOME_PROPERTY);
      } else {
        System.setProperty(TestCommand.HOME_PROPERTY, saved);
      }
    }
  }
}
