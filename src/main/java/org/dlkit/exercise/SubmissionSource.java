package org.dlkit.exercise;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Builds the class {@code Submission} from a lab's exercise cells: each cell's top-level methods,
 * records and classes become static members, so a grader test calls {@code Submission.f(...)} or
 * {@code new Submission.Layer(...)} as the notebook cell would.
 */
public final class SubmissionSource {
  /** The simple name of the generated class. */
  public static final String CLASS_NAME = "Submission";

  /** JShell's default imports, which every notebook cell (IJava's too) starts with. */
  static final List<String> DEFAULT_IMPORTS = List.of(
      "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
      "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
      "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$");
  private static final Pattern KERNEL_ONLY = Pattern.compile("org\\.dlkit\\.kernel\\.|io\\.github\\.spencerpark\\.");

  private final String text;
  private final TreeMap<Integer, ExerciseCell> cellByFirstLine;
  private final List<String> importLines;

  private SubmissionSource(String text, TreeMap<Integer, ExerciseCell> cellByFirstLine, List<String> importLines) {
    this.text = text;
    this.cellByFirstLine = cellByFirstLine;
    this.importLines = importLines;
  }

  /**
   * Returns the source of {@code Submission} holding {@code cells}, after JShell's default imports
   * and the {@code imports} the notebook declared.
   */
  public static SubmissionSource of(List<ExerciseCell> cells, List<String> imports) {
    StringBuilder text = new StringBuilder();
    int line = 1;
    List<String> importLines = new ArrayList<>(allImports(imports));
    for (String statement : importLines) {
      text.append(statement).append('\n');
      line++;
    }
    text.append("public final class ").append(CLASS_NAME).append(" {\n");
    line++;
    TreeMap<Integer, ExerciseCell> cellByFirstLine = new TreeMap<>();
    for (ExerciseCell cell : cells) {
      String body = withoutImports(cell.source());
      String code = body.endsWith("\n") ? body : body + "\n";
      cellByFirstLine.put(line, cell);
      text.append(code);
      line += (int) code.chars().filter(c -> c == '\n').count();
    }
    text.append("}\n");
    return new SubmissionSource(makeMembersStatic(text.toString()), cellByFirstLine, importLines);
  }

  /**
   * Returns {@code code} with its import lines left empty: JShell takes imports in any cell, and the
   * notebook's imports go to the top of {@code Submission.java}, not into the class.
   */
  static String withoutImports(String code) {
    String[] lines = code.split("\n", -1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      text.append(i == 0 ? "" : "\n").append(IMPORT.matcher(lines[i]).matches() ? "" : lines[i]);
    }
    return text.toString();
  }

  /** Returns the import lines among a notebook's code, in order and without repeats. */
  public static List<String> importsIn(String code) {
    List<String> found = new ArrayList<>();
    for (String line : code.split("\n")) {
      if (IMPORT.matcher(line).matches()) {
        found.add(line.strip());
      }
    }
    return found;
  }

  /** Returns the Java text of {@code Submission.java}. */
  public String text() {
    return text;
  }

  /** Returns the import statement on {@code line}, or null when the line holds none. */
  public String importAt(long line) {
    return line >= 1 && line <= importLines.size() ? importLines.get((int) line - 1) : null;
  }

  /** Returns the exercises in this source, in order. */
  public List<ExerciseCell> cells() {
    return List.copyOf(cellByFirstLine.values());
  }

  /** Returns the exercise whose cell holds line {@code line} of the source, or null for the wrapper's lines. */
  public ExerciseCell cellAt(long line) {
    var entry = cellByFirstLine.floorEntry((int) line);
    if (entry == null) {
      return null;
    }
    long lines = entry.getValue().source().chars().filter(c -> c == '\n').count() + 1;
    return line < entry.getKey() + lines ? entry.getValue() : null;
  }

  /** Returns where {@code line} of the source is, as "exercise <id>, line <n>", or "Submission.java line n". */
  public String describeLine(long line) {
    ExerciseCell cell = cellAt(line);
    if (cell == null) {
      return CLASS_NAME + ".java line " + line;
    }
    int first = cellByFirstLine.entrySet().stream().filter(e -> e.getValue() == cell).findFirst().orElseThrow().getKey();
    return "exercise " + cell.id() + ", cell line " + (line - first + 1);
  }

  private static Set<String> allImports(List<String> imports) {
    Set<String> all = new LinkedHashSet<>(DEFAULT_IMPORTS);
    for (String statement : imports) {
      if (!KERNEL_ONLY.matcher(statement).find()) {
        all.add(statement.strip());
      }
    }
    return all;
  }

  /** Inserts {@code static} before every top-level member that lacks it; text javac cannot parse stays as it is. */
  private static String makeMembersStatic(String source) {
    Parsed parsed = Parsed.parse(CLASS_NAME + ".java", source);
    if (parsed.errors().isEmpty() && parsed.unit().getTypeDecls().size() != 1) {
      throw new IllegalArgumentException("the exercise cells declare types outside the class " + CLASS_NAME
          + "; check each cell with CellDeclarations first");
    }
    List<Integer> insertAt = new ArrayList<>();
    for (Tree type : parsed.unit().getTypeDecls()) {
      if (type instanceof ClassTree wrapper && wrapper.getSimpleName().contentEquals(CLASS_NAME)) {
        for (Tree member : wrapper.getMembers()) {
          ModifiersTree modifiers = modifiers(member);
          long start = parsed.start(member);
          if (modifiers != null && !modifiers.getFlags().contains(Modifier.STATIC) && start >= 0) {
            insertAt.add((int) start);
          }
        }
      }
    }
    StringBuilder result = new StringBuilder(source);
    insertAt.sort((a, b) -> b - a);
    for (int position : insertAt) {
      result.insert(position, "static ");
    }
    return result.toString();
  }

  private static ModifiersTree modifiers(Tree member) {
    if (member instanceof MethodTree method) {
      return method.getReturnType() == null ? null : method.getModifiers();
    }
    if (member instanceof ClassTree type) {
      return type.getModifiers();
    }
    if (member instanceof VariableTree variable) {
      return variable.getModifiers();
    }
    return null;
  }
}
