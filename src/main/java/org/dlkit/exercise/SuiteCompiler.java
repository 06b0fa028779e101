package org.dlkit.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The compile stage: turns a notebook's exercise cells and a {@link Suite}'s tests into a
 * {@link Prepared} plan, in memory, and never runs anything. The latest cell of an exercise wins;
 * a cell that holds anything but member declarations is {@linkplain CellDeclarations refused} before
 * javac sees it, and one whose bytecode the {@link BytecodePolicy} refuses fails its own exercise.
 * An exercise that is missing, does not compile, or does not match what its tests call fails every
 * test, with the reason, and the others are compiled and planned without it.
 */
public final class SuiteCompiler {
  private final Suite suite;

  /** Returns the compile stage for the tests of {@code suite}. */
  public SuiteCompiler(Suite suite) {
    this.suite = suite;
  }

  /** Returns the suite whose tests this stage compiles. */
  public Suite suite() {
    return suite;
  }

  /**
   * Compiles {@code Submission} from {@code cells} (the latest cell wins when an id repeats) and the
   * tests of each of {@code exerciseIds} that {@code which} selects by visibility, and returns the
   * plan.
   *
   * @param imports the notebook's import statements, for the cells to compile as they did there
   */
  public Prepared compile(List<String> exerciseIds, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    Map<String, ExerciseCell> latest = new LinkedHashMap<>();
    ExerciseCell.latest(cells).forEach(cell -> latest.put(cell.id(), cell));
    Map<String, String> refused = new LinkedHashMap<>();
    latest.values().forEach(cell -> CellDeclarations.problem(cell).ifPresent(why -> refused.put(cell.id(), why)));
    latest.keySet().removeAll(refused.keySet());
    Prepared everything = compileAtOnce(exerciseIds, latest, imports, which, refused);
    if (everything != null) {
      return everything;
    }
    MemoryCompiler compiler = new MemoryCompiler();
    List<ExerciseCell> allowed = new ArrayList<>(latest.values());
    allowed.removeIf(cell -> refused.containsKey(cell.id()));
    SubmissionCompiler.Compiled submission = SubmissionCompiler.compile(compiler, allowed, imports);
    Map<String, Prepared.Tests> runnable = new LinkedHashMap<>();
    Map<String, ExerciseReport> notCompiled = new LinkedHashMap<>();
    Map<String, List<TestOutline>> selected = new LinkedHashMap<>();
    Map<String, String> together = new LinkedHashMap<>();
    for (String id : exerciseIds) {
      List<TestOutline> outline = suite.outline(id, which);
      String problem = refused.containsKey(id) ? refused.get(id) : !latest.containsKey(id)
          ? "exercise " + id + " is missing: no cell starts with // Exercise: " + id + " or // Prediction: " + id
              + " (run that cell first, and keep its first line)"
          : submission.errors().get(id);
      if (problem != null) {
        notCompiled.put(id, Suite.failAll(id, outline, problem));
      } else {
        selected.put(id, outline);
        together.putAll(suite.sourcesFor(id, outline));
      }
    }
    // Usually every exercise's tests compile at once; only when they do not is each tried alone.
    boolean allCompile = together.isEmpty() || compiler.compile(together).isEmpty();
    for (var entry : selected.entrySet()) {
      String id = entry.getKey();
      List<TestOutline> outline = entry.getValue();
      Map<String, String> failedTests = allCompile ? Map.of()
          : compileTests(compiler, id, outline, submission.source());
      List<TestOutline> compiled = outline.stream().filter(t -> !failedTests.containsKey(t.method())).toList();
      List<TestResult> failed = outline.stream().filter(t -> failedTests.containsKey(t.method()))
          .map(t -> t.failed(id, failedTests.get(t.method()))).toList();
      if (compiled.isEmpty()) {
        notCompiled.put(id, new ExerciseReport(id, failed));
      } else {
        runnable.put(id, new Prepared.Tests(suite.testClassName(id), compiled, failed));
      }
    }
    return new Prepared(exerciseIds, forRunning(compiler.classes()), runnable, notCompiled, submission.source());
  }

  /**
   * Compiles {@code Submission} and every exercise's tests in one javac call, which is what a
   * complete, correct notebook needs; returns null when anything is missing, does not compile or is
   * refused by the {@linkplain BytecodePolicy policy} (adding the refused cells to {@code refused}),
   * so that the caller finds out exercise by exercise.
   */
  private Prepared compileAtOnce(List<String> exerciseIds, Map<String, ExerciseCell> latest, List<String> imports,
      Predicate<String> which, Map<String, String> refused) {
    if (!latest.keySet().containsAll(exerciseIds)) {
      return null;
    }
    SubmissionSource source = SubmissionSource.of(new ArrayList<>(latest.values()), imports);
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(SubmissionSource.CLASS_NAME + ".java", source.text());
    Map<String, Prepared.Tests> runnable = new LinkedHashMap<>();
    for (String id : exerciseIds) {
      List<TestOutline> outline = suite.outline(id, which);
      sources.putAll(suite.sourcesFor(id, outline));
      runnable.put(id, new Prepared.Tests(suite.testClassName(id), outline, List.of()));
    }
    MemoryCompiler attempt = new MemoryCompiler();
    if (!attempt.compile(sources).isEmpty()) {
      return null;
    }
    List<BytecodePolicy.Violation> violations = BytecodePolicy.check(attempt.classes());
    if (!violations.isEmpty()) {
      SubmissionCompiler.refusedCells(violations, source, new ArrayList<>(latest.values()))
          .forEach((cell, why) -> refused.put(cell.id(), why));
      return null;
    }
    return new Prepared(exerciseIds, forRunning(attempt.classes()), runnable, Map.of(), source);
  }

  /**
   * Compiles an exercise's test class with the tests in {@code outline}; when it does not compile,
   * finds the tests that compile on their own and compiles the class with just those. Returns the
   * tests that did not compile, by method, with javac's reason.
   */
  private Map<String, String> compileTests(MemoryCompiler compiler, String id, List<TestOutline> outline,
      SubmissionSource submission) {
    Map<String, String> failed = new LinkedHashMap<>();
    if (compiler.compile(suite.sourcesFor(id, outline)).isEmpty()) {
      return failed;
    }
    for (TestOutline test : outline) {
      List<MemoryCompiler.Problem> own = compiler.compile(suite.sourcesFor(id, List.of(test)));
      if (!own.isEmpty()) {
        failed.put(test.method(), "the tests cannot call your code as written; check the names, parameter types and "
            + "return type the exercise asks for. javac says: " + SubmissionCompiler.describe(own, submission));
      }
    }
    List<TestOutline> rest = outline.stream().filter(t -> !failed.containsKey(t.method())).toList();
    List<MemoryCompiler.Problem> problems = rest.isEmpty() ? List.of() : compiler.compile(suite.sourcesFor(id, rest));
    if (!problems.isEmpty()) {
      rest.forEach(t -> failed.put(t.method(), "the tests could not be compiled together: "
          + SubmissionCompiler.describe(problems, submission)));
    }
    return failed;
  }

  /**
   * Returns the classes to run: the tests without debug information (as {@code -g:none}), so that
   * nothing in the sandbox names a hidden test's lines or locals; {@code Submission} keeps its line
   * numbers for the feedback.
   */
  private static Map<String, byte[]> forRunning(Map<String, byte[]> classes) {
    Map<String, byte[]> running = new LinkedHashMap<>();
    classes.forEach((name, bytes) -> running.put(name, BytecodePolicy.isStudentClass(name.replace('.', '/'))
        ? bytes : MemoryCompiler.withoutDebugInfo(bytes)));
    return running;
  }
}
