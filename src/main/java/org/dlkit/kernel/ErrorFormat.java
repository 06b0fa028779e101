package org.dlkit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import org.dlkit.notebook.CheckFailed;

/**
 * Formats every error a cell can produce, compile errors and runtime exceptions, in one place so
 * that all of them read alike.
 */
final class ErrorFormat {
  private static final Pattern JAVA_LANG = Pattern.compile("\\bjava\\.lang\\.([A-Z]\\w*)");
  private static final String INTERRUPTED = CellInterruptedError.class.getName();
  private static final String OUT_OF_MEMORY = OutOfMemoryError.class.getName();
  private static final String CHECK_FAILED = CheckFailed.class.getName();

  private ErrorFormat() {}

  /**
   * Returns the report for javac's errors on one snippet: for each, the cell line, a caret under
   * the position and javac's message, for example
   * <pre>
   * cell line 2: int x = "a";
   *                      ^
   * incompatible types: String cannot be converted to int
   * </pre>
   *
   * @param source the evaluated code
   * @param snippetStart where the snippet starts in {@code source.text()}
   */
  static CellException compileError(CellSource source, int snippetStart, List<Diag> errors) {
    List<String> lines = new ArrayList<>();
    for (Diag diag : errors) {
      long position = diag.getPosition() >= 0 ? diag.getPosition() : diag.getStartPosition();
      int offset = snippetStart + (int) Math.max(position, 0);
      String prefix = "cell line " + source.lineAt(offset) + ": ";
      lines.add(prefix + source.lineText(offset));
      if (position >= 0) {
        lines.add(caret(prefix, source.text().substring(source.lineStart(offset), offset)));
      }
      lines.add(simplify(diag.getMessage(Locale.ROOT)));
    }
    return new CellException("CompilationException", String.join("\n", lines), lines);
  }

  /** Returns the report for a snippet that needs declarations the notebook does not have yet. */
  static CellException unresolved(CellSource source, int snippetStart, String what, List<String> missing) {
    String line = "cell line " + source.lineAt(snippetStart) + ": " + source.lineText(snippetStart);
    String message = what + " cannot be used until " + String.join(", ", missing) + " is declared";
    List<String> lines = List.of(line, message);
    return new CellException("UnresolvedReferenceException", String.join("\n", lines), lines);
  }

  /**
   * Returns the report for an exception thrown by cell code: the real exception class as name,
   * its message as value, and a traceback trimmed to the frames at and above the user's code. A
   * failed {@code check} is one line, {@code CheckFailed: 2 of 3 tests fail ...}: its panel has
   * already shown the details, and no frame of it is the student's.
   *
   * @param cellLines the cell line where each snippet of this cell starts, by snippet id
   */
  static CellException runtimeError(EvalException error, Map<String, Integer> cellLines) {
    if (INTERRUPTED.equals(error.getExceptionClassName())) {
      return CellException.interrupted();
    }
    if (CHECK_FAILED.equals(error.getExceptionClassName())) {
      String name = CheckFailed.class.getSimpleName();
      return new CellException(name, error.getMessage(), List.of(name + ": " + error.getMessage()));
    }
    List<String> lines = new ArrayList<>();
    Throwable current = error;
    String heading = "";
    while (current != null) {
      lines.add(heading + headline(current));
      for (StackTraceElement frame : trim(current.getStackTrace())) {
        lines.add("\tat " + describe(frame, cellLines));
      }
      heading = "Caused by: ";
      current = current.getCause();
    }
    String message = error.getMessage() == null ? "" : error.getMessage();
    if (OUT_OF_MEMORY.equals(className(error))) {
      String hint = outOfMemoryHint(Runtime.getRuntime().maxMemory());
      lines.add(hint);
      message = message + ". " + hint;
    }
    return new CellException(className(error), message, lines);
  }

  /**
   * Returns what a student reads when a cell ran out of heap: how large the kernel's heap is and
   * how to raise it (the kernelspec reads {@code DLKIT_KERNEL_HEAP} when the kernel starts).
   */
  static String outOfMemoryHint(long maxHeapBytes) {
    return "The kernel's heap (" + (maxHeapBytes >> 20) + " MB) is full. Free what you no longer need "
        + "(set large arrays to null) or give the kernel more: start Jupyter with DLKIT_KERNEL_HEAP=2g "
        + "./dlkit notebook, or run dlkit kernel install --heap 2g, then restart the kernel.";
  }

  private static String headline(Throwable error) {
    String message = error.getMessage();
    return message == null ? className(error) : className(error) + ": " + message;
  }

  private static String className(Throwable error) {
    return error instanceof EvalException eval ? eval.getExceptionClassName() : error.getClass().getName();
  }

  /** Drops the frames below the last frame of cell code: JShell's and the kernel's machinery. */
  private static List<StackTraceElement> trim(StackTraceElement[] frames) {
    int last = -1;
    for (int i = 0; i < frames.length; i++) {
      if (isCellFrame(frames[i])) {
        last = i;
      }
    }
    List<StackTraceElement> kept = new ArrayList<>();
    for (int i = 0; i < frames.length && (last < 0 || i <= last); i++) {
      if (!isMachinery(frames[i])) {
        kept.add(frames[i]);
      }
    }
    return kept;
  }

  private static boolean isCellFrame(StackTraceElement frame) {
    String file = frame.getFileName();
    return (file != null && file.startsWith("#")) || frame.getClassName().startsWith("REPL.");
  }

  private static boolean isMachinery(StackTraceElement frame) {
    String type = frame.getClassName();
    return type.startsWith("jdk.jshell.") || type.startsWith("jdk.internal.reflect.")
        || type.startsWith("java.lang.reflect.") || type.startsWith(Interrupts.class.getPackageName() + ".");
  }

  /** Writes a cell frame as {@code f (cell line 3)}; other frames as Java prints them. */
  private static String describe(StackTraceElement frame, Map<String, Integer> cellLines) {
    if (!isCellFrame(frame) || frame.getFileName() == null) {
      return frame.toString();
    }
    String id = frame.getFileName().substring(1);
    Integer start = cellLines.get(id);
    String where = start == null
        ? "snippet #" + id + " line " + frame.getLineNumber() + ", an earlier cell"
        : "cell line " + (start + Math.max(frame.getLineNumber(), 1) - 1);
    String type = frame.getClassName();
    String method = frame.getMethodName();
    String name = type.isEmpty() ? method : type + "." + method;
    return name.isEmpty() ? where : name + " (" + where + ")";
  }

  /** Returns spaces (tabs where the line has tabs) that put a caret under {@code before}'s end. */
  private static String caret(String prefix, String before) {
    StringBuilder pad = new StringBuilder(" ".repeat(prefix.length()));
    for (char c : before.toCharArray()) {
      pad.append(c == '\t' ? '\t' : ' ');
    }
    return pad.append('^').toString();
  }

  /** Shortens {@code java.lang.String} to {@code String}, as javac does in its own output. */
  static String simplify(String message) {
    return JAVA_LANG.matcher(message).replaceAll("$1");
  }
}
