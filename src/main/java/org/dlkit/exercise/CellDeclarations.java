package org.dlkit.exercise;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import java.util.Optional;

/**
 * Checks, with javac's parser, that an exercise cell holds only member declarations (methods,
 * fields, records, classes, interfaces, enums), as JShell reads them, so that pasting it into the
 * class {@code Submission} cannot change anything outside that class: a cell that closes the class
 * and declares top-level types (a class {@code Math} would replace {@code java.lang.Math} inside the
 * tests) is refused with a message naming the exercise and the line.
 */
final class CellDeclarations {
  private static final String ONLY = "an exercise cell may hold only declarations of methods, fields, records, "
      + "classes, interfaces and enums";

  private CellDeclarations() {}

  /**
   * Returns why {@code cell} cannot be compiled into {@code Submission}, in the words of a compile
   * error ("exercise id does not compile: ..."), or empty when it holds only member declarations.
   * The import lines of the cell are not part of the check: the notebook's imports are gathered apart.
   */
  static Optional<String> problem(ExerciseCell cell) {
    String body = SubmissionSource.withoutImports(cell.source());
    String text = "final class " + SubmissionSource.CLASS_NAME + " {\n" + body + (body.endsWith("\n") ? "" : "\n") + "}\n";
    Parsed parsed = Parsed.parse(SubmissionSource.CLASS_NAME + ".java", text);
    if (!parsed.errors().isEmpty()) {
      MemoryCompiler.Problem first = parsed.errors().get(0);
      return refuse(cell, first.line(), first.message() + (looksLikeAnEscape(parsed) ? "; " + ONLY : ""));
    }
    var types = parsed.unit().getTypeDecls();
    if (types.size() != 1 || !(types.get(0) instanceof ClassTree wrapper)) {
      Tree outside = types.size() > 1 ? types.get(1) : types.get(0);
      return refuse(cell, lineOf(parsed, outside), "this cell closes the class that holds the exercises and "
          + "declares " + describe(outside) + " outside it; " + ONLY);
    }
    for (Tree member : wrapper.getMembers()) {
      String kind = refusedKind(member);
      if (kind != null) {
        return refuse(cell, lineOf(parsed, member), kind + " cannot stand in an exercise cell; " + ONLY);
      }
    }
    return Optional.empty();
  }

  /** Returns what {@code member} is when it is not a declaration a cell may hold, or null when it is. */
  private static String refusedKind(Tree member) {
    if (member instanceof MethodTree method) {
      return method.getReturnType() == null ? "a constructor" : null;
    }
    return switch (member.getKind()) {
      case VARIABLE, CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE, EMPTY_STATEMENT -> null;
      case BLOCK -> "an initializer block ({ ... } or static { ... })";
      default -> "a " + member.getKind().name().toLowerCase().replace('_', ' ');
    };
  }

  private static boolean looksLikeAnEscape(Parsed parsed) {
    return parsed.unit().getTypeDecls().size() > 1;
  }

  private static String describe(Tree type) {
    if (type instanceof ClassTree declared) {
      String kind = declared.getKind().name().toLowerCase();
      return (kind.equals("annotation_type") ? "annotation" : kind) + " " + declared.getSimpleName();
    }
    return "a " + type.getKind().name().toLowerCase().replace('_', ' ');
  }

  private static long lineOf(Parsed parsed, Tree tree) {
    long start = parsed.start(tree);
    return start < 0 ? 0 : parsed.unit().getLineMap().getLineNumber(start);
  }

  /** Returns the refusal, with {@code line} of the wrapped text given as the cell's line. */
  private static Optional<String> refuse(ExerciseCell cell, long line, String why) {
    String where = line > 1 ? "exercise " + cell.id() + ", cell line " + (line - 1) : "exercise " + cell.id();
    return Optional.of("exercise " + cell.id() + " does not compile: " + where + ": " + why);
  }
}
