package org.dlkit.kernel;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates Java code with JShell inside the kernel's JVM: splits it into snippets, runs them in
 * order, and returns the value of a trailing expression.
 *
 * <p>A trailing expression shows its value only without a final semicolon, so {@code x + 1}
 * shows a value and {@code display(x);} does not.
 */
final class CellEvaluator implements AutoCloseable {
  /** The display functions, imported into every cell beside the {@link DefaultImports}. */
  static final String DISPLAY_IMPORT = "import static " + Display.class.getName() + ".*;";

  private final CellExecutionControl control;
  private final JShell shell;

  /**
   * Starts JShell with cell code loaded by a child of {@code parent}, compiling against
   * {@code classpath} (the kernel's own class path, so cells can import dlkit).
   */
  CellEvaluator(ClassLoader parent, String classpath) {
    this.control = new CellExecutionControl(new SnippetLoader(parent));
    this.shell = JShell.builder()
        .executionEngine(new CellExecutionControl.Provider(control), Map.of())
        .build();
    addToClasspath(classpath);
    for (String line : DefaultImports.fromEnvironment()) {
      shell.eval(line);
    }
    shell.eval(DISPLAY_IMPORT);
  }

  /** Returns the class loader of cell code; it sees the kernel's classes and added jars. */
  ClassLoader classLoader() {
    return control.classLoader();
  }

  /** Returns JShell's code analysis, for completion and inspection. */
  SourceCodeAnalysis analysis() {
    return shell.sourceCodeAnalysis();
  }

  /** Adds class path entries (separated by the platform's path separator) for cells to use. */
  void addToClasspath(String classpath) {
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
  }

  /**
   * Runs the code's snippets in order, stopping at the first error.
   *
   * @return the value of a trailing expression without a final semicolon, or {@link Result#NONE}
   * @throws CellException for a compile error, an exception thrown by the code, or an interrupt
   */
  Result eval(CellSource source) throws CellException {
    String text = source.text();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    Map<String, Integer> cellLines = new HashMap<>();
    Result result = Result.NONE;
    int offset = 0;
    while (offset < text.length() && !text.substring(offset).isBlank()) {
      String rest = text.substring(offset);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      int consumed = info.completeness().isComplete() ? rest.length() - info.remaining().length() : rest.length();
      if (info.completeness() == Completeness.EMPTY || consumed <= 0) {
        consumed = rest.length();
      }
      String unit = rest.substring(0, consumed);
      if (info.completeness() != Completeness.EMPTY) {
        result = evalSnippet(source, offset, unit, cellLines);
      }
      offset += consumed;
      if (Interrupts.isRequested()) {
        throw CellException.interrupted();
      }
    }
    return result;
  }

  private Result evalSnippet(CellSource source, int start, String unit, Map<String, Integer> cellLines)
      throws CellException {
    int leading = unit.length() - unit.stripLeading().length();
    for (SnippetEvent event : shell.eval(unit)) {
      if (event.causeSnippet() != null) {
        continue; // an update of an earlier snippet that depends on this one
      }
      Snippet snippet = event.snippet();
      cellLines.put(snippet.id(), source.lineAt(start + leading));
      switch (event.status()) {
        case REJECTED -> throw rejected(source, start, snippet);
        case RECOVERABLE_NOT_DEFINED -> throw unresolved(source, start + leading, snippet);
        default -> { }
      }
      JShellException thrown = event.exception();
      if (thrown instanceof EvalException eval) {
        throw ErrorFormat.runtimeError(eval, cellLines);
      } else if (thrown instanceof UnresolvedReferenceException unresolved) {
        throw unresolved(source, start + leading, unresolved.getSnippet());
      } else if (thrown != null) {
        throw new CellException(thrown.getClass().getName(), String.valueOf(thrown.getMessage()), List.of(thrown.toString()));
      }
      if (showsValue(snippet, unit)) {
        return new Result(true, control.lastValue());
      }
    }
    return Result.NONE;
  }

  private CellException rejected(CellSource source, int start, Snippet snippet) {
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
    if (errors.isEmpty()) {
      return new CellException("CompilationException", "cell line " + source.lineAt(start) + ": the code does not compile",
          List.of("cell line " + source.lineAt(start) + ": the code does not compile"));
    }
    return ErrorFormat.compileError(source, start, errors);
  }

  private CellException unresolved(CellSource source, int start, Snippet snippet) {
    List<String> missing = snippet instanceof DeclarationSnippet declaration
        ? shell.unresolvedDependencies(declaration).collect(Collectors.toList())
        : List.of();
    String what = snippet instanceof DeclarationSnippet declaration ? declaration.name() : "this code";
    return ErrorFormat.unresolved(source, start, what, missing.isEmpty() ? List.of("a missing declaration") : missing);
  }

  /** An expression's value is shown unless the user ended it with a semicolon. */
  private static boolean showsValue(Snippet snippet, String unit) {
    boolean expression = snippet.kind() == Snippet.Kind.EXPRESSION
        || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    return expression && !unit.stripTrailing().endsWith(";");
  }

  @Override
  public void close() {
    shell.close();
  }

  /**
   * The outcome of evaluating code: whether it ended with an expression, and that value.
   *
   * @param present whether there is a value to show (a null value is shown as {@code null})
   * @param value the value, possibly null
   */
  record Result(boolean present, Object value) {
    static final Result NONE = new Result(false, null);
  }
}
