package org.dlkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluates cells with the kernel in-process, without Jupyter. */
class DlkitKernelTest {
  private static DlkitKernel kernel;

  @BeforeAll
  static void startKernel() {
    kernel = new DlkitKernel();
  }

  @AfterAll
  static void stopKernel() {
    kernel.onShutdown(false);
  }

  private static String text(DisplayData data) {
    assertNotNull(data, "expected the cell to show a value");
    return (String) data.getData(MIMEType.TEXT_PLAIN);
  }

  private static CellException failure(String cell) {
    return assertThrows(CellException.class, () -> kernel.eval(cell));
  }

  @Test
  void trailingExpressionIsTheCellValue() throws Exception {
    assertEquals("42", text(kernel.eval("int a = 2;\na * 21")));
  }

  @Test
  void statementsDeclarationsAndSemicolonTerminatedExpressionsShowNothing() throws Exception {
    assertNull(kernel.eval("int b = 1;"));
    assertNull(kernel.eval("void nothing() {}"));
    assertNull(kernel.eval("nothing()"));
    assertNull(kernel.eval("b + 1;"));
  }

  @Test
  void nullValueShowsNull() throws Exception {
    assertEquals("null", text(kernel.eval("String nothingHere = null;\nnothingHere")));
  }

  @Test
  void cellsCanImportDlkit() throws Exception {
    assertEquals("3", text(kernel.eval("import org.dlkit.nd.*;\nNdArray.of(1, 2, 3).shape()[0]")));
  }

  @Test
  void cellOutputGoesToTheCurrentSystemOut() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      kernel.eval("System.out.println(\"hello from a cell\");");
    } finally {
      System.setOut(original);
    }
    assertEquals("hello from a cell\n", captured.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }

  @Test
  void compileErrorShowsCellLineCaretAndMessage() {
    CellException error = failure("int ok = 1;\nint x = \"a\";");
    String expected = "cell line 2: int x = \"a\";\n"
        + " ".repeat("cell line 2: int x = ".length()) + "^\n"
        + "incompatible types: String cannot be converted to int";
    assertEquals("CompilationException", error.name());
    assertEquals(expected, error.value());
    assertEquals(List.of(expected.split("\n")), error.traceback());
  }

  @Test
  void unfinishedCodeIsACompileError() {
    CellException error = failure("for (int i = 0; i < 3; i++) {");
    assertEquals("CompilationException", error.name());
    assertTrue(error.value().startsWith("cell line 1: for"), error.value());
  }

  @Test
  void aFailedCheckEndsTheCellWithOneSentence() {
    CellException error = failure("var made = Class.forName(\"org.dlkit.notebook.CheckFailed\")"
        + ".getDeclaredConstructor(long.class, int.class);\nmade.setAccessible(true);\n"
        + "throw (RuntimeException) made.newInstance(2L, 3);");
    assertEquals("CheckFailed", error.name());
    assertEquals(List.of("CheckFailed: 2 of 3 tests fail (the panel above says which and why)"), error.traceback());
  }

  @Test
  void defaultImportsAreIJavasOnly() {
    assertTrue(failure("Function<Integer, Integer> f = x -> x;").value().contains("Function"));
    assertTrue(failure("IntStream.range(0, 3).sum()").value().contains("IntStream"));
    assertEquals(DefaultImports.IJAVA, DefaultImports.named(null));
    assertEquals(DefaultImports.IJAVA.size() + 1, DefaultImports.named("JJava").size());
    assertTrue(DefaultImports.named("jjava").contains("import java.time.*;"));
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> DefaultImports.named("dlkit"));
    assertTrue(wrong.getMessage().startsWith("DLKIT_KERNEL_IMPORTS=dlkit is not a known set"), wrong.getMessage());
  }

  @Test
  void runtimeErrorNamesTheRealExceptionAndTrimsTheTrace() throws Exception {
    kernel.eval("int divide(int v) {\n  return 10 / v;\n}");
    CellException error = failure("int y = 3;\ndivide(0)");
    assertEquals("java.lang.ArithmeticException", error.name());
    assertEquals("/ by zero", error.value());
    List<String> trace = error.traceback();
    assertEquals("java.lang.ArithmeticException: / by zero", trace.get(0));
    assertTrue(trace.get(1).startsWith("\tat divide (snippet #"), trace.toString());
    assertTrue(trace.get(1).endsWith(" line 2, an earlier cell)"), trace.toString());
    assertEquals("\tat cell line 2", trace.get(2));
    assertEquals(3, trace.size(), trace.toString());
  }

  @Test
  void exceptionsInsideTheJdkKeepTheirFramesAboveTheCell() {
    CellException error = failure("Integer.parseInt(\"twelve\")");
    assertEquals("java.lang.NumberFormatException", error.name());
    assertEquals("For input string: \"twelve\"", error.value());
    List<String> trace = error.traceback();
    assertTrue(trace.get(1).contains("java.lang.NumberFormatException.forInputString"), trace.toString());
    assertEquals("\tat cell line 1", trace.get(trace.size() - 1));
    assertTrue(trace.stream().noneMatch(line -> line.contains("jdk.jshell") || line.contains("reflect")), trace.toString());
  }

  @Test
  void displayReturnsAnIdAndATrailingDisplayStatementShowsNothing() throws Exception {
    String id = text(kernel.eval("display(\"hello\")"));
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
    assertNull(kernel.eval("display(\"hello\");"));
    assertNull(kernel.eval("String shown = display(\"hi\", \"text/plain\");\nupdateDisplay(shown, \"bye\");"));
    assertEquals("12", text(kernel.eval("(String) render(12, \"text/plain\").getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN)")));
  }

  @Test
  void interruptStopsABusyLoopAndTheKernelStaysUsable() throws Exception {
    assertInterrupted("while (true) {}");
    assertEquals("2", text(kernel.eval("1 + 1")));
  }

  @Test
  void interruptStopsLoopsInMethodsThatSwallowThrowables() throws Exception {
    kernel.eval("void spin() { while (true) { try { Math.sqrt(2); } catch (Throwable t) { } } }");
    assertInterrupted("spin();");
  }

  @Test
  void interruptStopsABlockedSleep() throws Exception {
    assertInterrupted("Thread.sleep(60_000);");
    assertEquals("3", text(kernel.eval("1 + 2")));
  }

  private static void assertInterrupted(String cell) throws Exception {
    CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
      try {
        kernel.eval(cell);
        return null;
      } catch (Exception e) {
        return e;
      }
    });
    Thread.sleep(300);
    assertFalse(outcome.isDone(), "the cell should still be running");
    long start = System.nanoTime();
    kernel.interrupt();
    Throwable thrown = outcome.get(2, TimeUnit.SECONDS);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
    assertTrue(thrown instanceof CellException, String.valueOf(thrown));
    CellException error = (CellException) thrown;
    assertTrue(error.name().equals("InterruptedException") || error.name().equals("java.lang.InterruptedException"),
        error.name());
  }

  @Test
  void magicsStillWorkAfterAnImportThatShadowsList(@TempDir Path dir) throws Exception {
    Path jar = Path.of(com.google.gson.Gson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Files.copy(jar, dir.resolve("gson.jar"));
    Files.writeString(dir.resolve("helper.jsh"), "int helperValue() { return 7; }\nhelperValue() * 6");
    assertNull(kernel.eval("import java.awt.*;"));
    assertNull(kernel.eval("%jars " + dir.resolve("*.jar")));
    assertNull(kernel.eval("%classpath " + dir));
    assertEquals("1", text(kernel.eval("java.util.List<String> names = new java.util.ArrayList<>();\nnames.add(\"a\");\nnames.size()")));
    assertEquals("42", text(kernel.eval("%load " + dir.resolve("helper.jsh"))));
  }

  @Test
  void magicBetweenCodeKeepsCellLinesInErrors(@TempDir Path dir) throws Exception {
    Path jar = Path.of(com.google.gson.Gson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Files.copy(jar, dir.resolve("lib.jar"));
    CellException error = failure("int z = 1;\n%jars " + dir.resolve("lib.jar") + "\nint w = true;");
    assertTrue(error.value().startsWith("cell line 3: int w = true;"), error.value());
  }

  @Test
  void unknownMagicAndUnmatchedJarsExplainThemselves() {
    assertEquals("cell line 1: %nope: unknown line magic %nope (dlkit knows %jars, %classpath, %maven and %load)",
        failure("%nope x").value());
    assertTrue(failure("%jars /no/such/dir/*.jar").value().contains("no jar matches '/no/such/dir/*.jar'"));
  }

  @Test
  void isCompleteAnswersCompleteIncompleteOrInvalid() {
    assertEquals("complete", kernel.isComplete("int x = 1;\nx + 1"));
    assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
    assertEquals("invalid", kernel.isComplete("int x = );"));
    assertEquals("complete", kernel.isComplete("%jars lib/*.jar\nint y = 2;"));
  }

  @Test
  void completionSuggestsPrintlnAfterPrint() {
    String code = "int k = 1;\nSystem.out.print";
    var options = kernel.complete(code, code.length());
    assertTrue(options.getReplacements().contains("println("), options.getReplacements().toString());
    assertEquals(code.length() - "print".length(), options.getSourceStart());
    assertEquals(code.length(), options.getSourceEnd());
  }

  @Test
  void inspectionShowsTheSignature() {
    DisplayData doc = kernel.inspect("int q = 1;\nMath.abs(q)", "int q = 1;\nMath.ab".length(), false);
    assertNotNull(doc);
    assertTrue(((String) doc.getData(MIMEType.TEXT_PLAIN)).contains("abs("), String.valueOf(doc.getData(MIMEType.TEXT_PLAIN)));
  }

  @Test
  void failedCellDoesNotRunItsLaterSnippets() throws Exception {
    failure("int later = 1;\nint boom = 1 / 0;\nlater = 5;");
    assertEquals("1", text(kernel.eval("later")));
  }

  @Test
  void currentKernelIsExposed() {
    assertEquals(kernel, DlkitKernel.current());
  }
}
