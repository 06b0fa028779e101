package org.dlkit.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles exercise cells into the class {@code Submission}, exercise by exercise when they do not
 * compile together: a notebook's import this class path cannot resolve is left out, and so is a
 * cell that does not compile or whose bytecode the {@link BytecodePolicy} refuses, with the reason
 * its exercise fails for. Part of {@link SuiteCompiler}'s stage; it runs nothing.
 */
final class SubmissionCompiler {
  private SubmissionCompiler() {}

  /**
   * The compiled {@code Submission}, and why each exercise left out of it did not compile.
   *
   * @param source the source of the cells that compiled
   * @param errors the reason of each exercise left out, by id
   */
  record Compiled(SubmissionSource source, Map<String, String> errors) {}

  /**
   * Compiles {@code cells} into {@code Submission} with {@code compiler}, leaving out the imports
   * this class path cannot resolve (a notebook may import libraries the grader does not ship) and
   * the exercises that do not compile or that the policy refuses.
   */
  static Compiled compile(MemoryCompiler compiler, List<ExerciseCell> cells, List<String> imports) {
    cells = new ArrayList<>(cells);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> usable = new ArrayList<>(imports);
    while (true) {
      SubmissionSource source = SubmissionSource.of(cells, usable);
      List<MemoryCompiler.Problem> problems = compiler.compile(Map.of(SubmissionSource.CLASS_NAME + ".java",
          source.text()));
      if (problems.isEmpty()) {
        Map<ExerciseCell, String> refused = refusedCells(BytecodePolicy.check(compiler.classes()), source, cells);
        if (refused.isEmpty()) {
          return new Compiled(source, errors);
        }
        refused.forEach((cell, why) -> errors.put(cell.id(), why));
        cells.removeAll(refused.keySet());
        continue;
      }
      List<String> badImports = problems.stream().map(p -> source.importAt(p.line())).filter(i -> i != null).toList();
      if (!badImports.isEmpty() && usable.removeAll(badImports)) {
        continue;
      }
      Set<ExerciseCell> broken = new LinkedHashSet<>();
      problems.forEach(p -> broken.add(source.cellAt(p.line())));
      if (broken.contains(null)) {
        String why = "the exercises do not compile together: " + describe(problems, source);
        cells.forEach(cell -> errors.put(cell.id(), why));
        return new Compiled(source, errors);
      }
      for (ExerciseCell cell : broken) {
        List<MemoryCompiler.Problem> own = problems.stream().filter(p -> source.cellAt(p.line()) == cell).toList();
        errors.put(cell.id(), "exercise " + cell.id() + " does not compile: " + describe(own, source));
      }
      cells.removeAll(broken);
    }
  }

  /**
   * Returns, for each cell whose code the {@linkplain BytecodePolicy policy} refuses, the lines
   * that say what it uses and where; a use no cell holds is blamed on every cell.
   */
  static Map<ExerciseCell, String> refusedCells(List<BytecodePolicy.Violation> violations,
      SubmissionSource source, List<ExerciseCell> cells) {
    Map<ExerciseCell, Set<String>> lines = new LinkedHashMap<>();
    for (BytecodePolicy.Violation violation : violations) {
      ExerciseCell cell = violation.line() < 0 ? null : source.cellAt(violation.line());
      String where = cell == null ? "the exercises" : source.describeLine(violation.line());
      for (ExerciseCell blamed : cell == null ? cells : List.of(cell)) {
        lines.computeIfAbsent(blamed, c -> new LinkedHashSet<>()).add(where + ": " + violation.sentence());
      }
    }
    Map<ExerciseCell, String> refused = new LinkedHashMap<>();
    lines.forEach((cell, said) -> refused.put(cell, said.stream().limit(5).collect(Collectors.joining("\n"))));
    return refused;
  }

  /** Returns javac's problems, one a line, each placed in its exercise cell when it falls in {@code Submission}. */
  static String describe(List<MemoryCompiler.Problem> problems, SubmissionSource source) {
    return problems.stream().map(p -> (p.source().equals(SubmissionSource.CLASS_NAME + ".java")
        ? source.describeLine(p.line()) : p.source() + " line " + p.line()) + ": " + p.message())
        .collect(Collectors.joining("\n"));
  }
}
