package org.dlkit.exercise;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Grades exercises: builds {@code Submission} from a lab's exercise cells, compiles it and each
 * exercise's test class in memory, and runs the tests. The notebook's {@code check} runs them in
 * its own JVM; the autograder {@linkplain #prepare prepares} them here and runs them in a sandbox.
 * Both give the same verdict in the same words. Before anything runs, the student's classes are
 * checked against the {@link BytecodePolicy}; a cell it refuses fails its own exercise, with a line
 * naming the call and the cell, and the others are compiled and graded without it.
 */
public final class Checker {
  /** How long one test may run by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** Selects which tests run: visible ones only, as in the notebook's {@code check}. */
  public static final Predicate<String> VISIBLE_ONLY = Visibility.VISIBLE::equals;
  /** Selects every test, as when grading. */
  public static final Predicate<String> ALL = visibility -> true;

  private final Suite suite;
  private final Duration timeout;
  private final Map<String, List<TestOutline>> outlines = new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns a checker for the exercises of {@code suite}, stopping each test after {@code timeout}. */
  public Checker(Suite suite, Duration timeout) {
    this.suite = suite;
    this.timeout = timeout;
  }

  /** Returns a checker with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
  public static Checker of(Suite suite) {
    return new Checker(suite, DEFAULT_TIMEOUT);
  }

  /**
   * Runs, in this JVM, the tests of {@code exerciseId} that {@code which} selects against
   * {@code cells} (the lab's exercise cells; the latest cell wins when an id repeats). An exercise
   * that is missing, does not compile, or does not match what its tests call fails every test, with
   * the reason.
   *
   * @param imports the notebook's import statements, for the cells to compile as they did there
   */
  public ExerciseReport check(String exerciseId, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    Prepared prepared = prepare(List.of(exerciseId), cells, imports, which);
    if (!prepared.notCompiled().isEmpty()) {
      return prepared.notCompiled().get(0);
    }
    Prepared.Tests tests = prepared.runnable().get(exerciseId);
    ClassLoader loader = MemoryCompiler.loader(Checker.class.getClassLoader(), prepared.classes());
    Class<?> testClass;
    try {
      testClass = Class.forName(tests.testClass(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return failAll(exerciseId, tests.tests(), "the tests could not be loaded: " + e);
    }
    List<String> compiled = tests.tests().stream().map(TestOutline::method).toList();
    List<Method> methods = TestRunner.testMethods(testClass, which).stream()
        .filter(m -> compiled.contains(m.getName())).toList();
    List<TestResult> results = new ArrayList<>(tests.failed());
    new TestRunner(timeout).run(exerciseId, testClass, methods).stream().map(prepared::locate).forEach(results::add);
    return new ExerciseReport(exerciseId, results);
  }

  /**
   * Runs, in this JVM, the tests that {@code which} selects of every exercise of the suite against
   * {@code cells}, compiling once; returns one report per exercise, in the suite's order.
   */
  public List<ExerciseReport> checkAll(List<ExerciseCell> cells, List<String> imports, Predicate<String> which) {
    Prepared prepared = prepare(suite.exerciseIds(), cells, imports, which);
    ClassLoader loader = MemoryCompiler.loader(Checker.class.getClassLoader(), prepared.classes());
    TestRunner runner = new TestRunner(timeout);
    List<ExerciseReport> reports = new ArrayList<>();
    for (String id : suite.exerciseIds()) {
      Prepared.Tests tests = prepared.runnable().get(id);
      if (tests == null) {
        reports.add(prepared.notCompiled().stream().filter(r -> r.exercise().equals(id)).findFirst().orElseThrow());
        continue;
      }
      List<TestResult> results = new ArrayList<>(tests.failed());
      try {
        Class<?> testClass = Class.forName(tests.testClass(), true, loader);
        List<String> compiled = tests.tests().stream().map(TestOutline::method).toList();
        List<Method> methods = TestRunner.testMethods(testClass, which).stream()
            .filter(m -> compiled.contains(m.getName())).toList();
        runner.run(id, testClass, methods).stream().map(prepared::locate).forEach(results::add);
      } catch (ClassNotFoundException | LinkageError e) {
        tests.tests().forEach(t -> results.add(t.failed(id, "the tests could not be loaded: " + e)));
      }
      reports.add(new ExerciseReport(id, results));
    }
    return reports;
  }

  /**
   * Compiles {@code Submission} from {@code cells} and the tests of each of {@code exerciseIds},
   * without running anything: for the autograder, which runs the classes in a sandbox. A cell that
   * holds anything but member declarations is {@linkplain CellDeclarations refused} before javac sees it.
   */
  public Prepared prepare(List<String> exerciseIds, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    Map<String, ExerciseCell> latest = new LinkedHashMap<>();
    for (ExerciseCell cell : cells) {
      latest.remove(cell.id());
      latest.put(cell.id(), PredictionCell.asDeclaration(cell));
    }
    Map<String, String> refused = new LinkedHashMap<>();
    latest.values().forEach(cell -> CellDeclarations.problem(cell).ifPresent(why -> refused.put(cell.id(), why)));
    latest.keySet().removeAll(refused.keySet());
    MemoryCompiler compiler = new MemoryCompiler();
    Prepared everything = compileAtOnce(compiler, exerciseIds, latest, imports, which, refused);
    if (everything != null) {
      return everything;
    }
    List<ExerciseCell> allowed = new ArrayList<>(latest.values());
    allowed.removeIf(cell -> refused.containsKey(cell.id()));
    Compiled alone = compileSubmission(compiler, allowed, imports);
    Map<String, String> errors = new LinkedHashMap<>(refused);
    errors.putAll(alone.errors());
    Compiled submission = new Compiled(alone.source(), errors);
    Map<String, Prepared.Tests> runnable = new LinkedHashMap<>();
    List<ExerciseReport> notCompiled = new ArrayList<>();
    Map<String, List<TestOutline>> selected = new LinkedHashMap<>();
    Map<String, String> together = new LinkedHashMap<>();
    for (String id : exerciseIds) {
      List<TestOutline> outline = outline(id).stream().filter(t -> which.test(t.visibility())).toList();
      String problem = refused.containsKey(id) ? refused.get(id) : !latest.containsKey(id)
          ? "exercise " + id + " is missing: no cell starts with // Exercise: " + id + " or // Prediction: "
              + id + " (run that cell first, and keep its first line)"
          : submission.errors().get(id);
      if (problem != null) {
        notCompiled.add(failAll(id, outline, problem));
      } else {
        selected.put(id, outline);
        together.putAll(testSources(id, outline));
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
      if (compiled.isEmpty()) {
        notCompiled.add(new ExerciseReport(id, outline.stream()
            .map(t -> t.failed(id, failedTests.get(t.method()))).toList()));
      } else {
        runnable.put(id, new Prepared.Tests(suite.testClassName(id), compiled, outline.stream()
            .filter(t -> failedTests.containsKey(t.method())).map(t -> t.failed(id, failedTests.get(t.method())))
            .toList()));
      }
    }
    return new Prepared(forRunning(compiler.classes()), runnable, notCompiled, submission.source());
  }

  /**
   * Compiles an exercise's test class with the tests in {@code outline}; when it does not compile,
   * finds the tests that compile on their own and compiles the class with just those. Returns the
   * tests that did not compile, by method, with javac's reason.
   */
  private Map<String, String> compileTests(MemoryCompiler compiler, String id, List<TestOutline> outline,
      SubmissionSource submission) {
    Map<String, String> failed = new LinkedHashMap<>();
    if (compiler.compile(testSources(id, outline)).isEmpty()) {
      return failed;
    }
    for (TestOutline test : outline) {
      List<MemoryCompiler.Problem> own = compiler.compile(testSources(id, List.of(test)));
      if (!own.isEmpty()) {
        failed.put(test.method(), "the tests cannot call your code as written; check the names, parameter types and "
            + "return type the exercise asks for. javac says: " + describe(own, submission));
      }
    }
    List<TestOutline> rest = outline.stream().filter(t -> !failed.containsKey(t.method())).toList();
    List<MemoryCompiler.Problem> problems = rest.isEmpty() ? List.of() : compiler.compile(testSources(id, rest));
    if (!problems.isEmpty()) {
      rest.forEach(t -> failed.put(t.method(), "the tests could not be compiled together: "
          + describe(problems, submission)));
    }
    return failed;
  }

  /** Returns the sources that hold exactly {@code tests} of exercise {@code id}'s class, and the suite's support classes. */
  private Map<String, String> testSources(String id, List<TestOutline> tests) {
    Map<String, String> sources = suite.sourcesFor(id);
    String testFile = suite.testClassName(id) + ".java";
    if (tests.size() < outline(id).size()) {
      Set<String> kept = new LinkedHashSet<>();
      tests.forEach(t -> kept.add(t.method()));
      sources.put(testFile, TestOutline.keepOnly(testFile, sources.get(testFile), t -> kept.contains(t.method())));
    }
    return sources;
  }

  /** Returns every test of exercise {@code id}, read once from its source. */
  private List<TestOutline> outline(String id) {
    return outlines.computeIfAbsent(id, key -> {
      String testFile = suite.testClassName(key) + ".java";
      return TestOutline.read(testFile, suite.sourcesFor(key).get(testFile));
    });
  }

  /** Returns a failing report for every exercise of the suite, each test failing for {@code reason}. */
  public List<ExerciseReport> failEverything(String reason) {
    List<ExerciseReport> reports = new ArrayList<>();
    for (String id : suite.exerciseIds()) {
      reports.add(failAll(id, outline(id), reason));
    }
    return reports;
  }

  /** Returns the suite this checker grades with. */
  public Suite suite() {
    return suite;
  }

  /**
   * Compiles {@code Submission} and every exercise's tests in one javac call, which is what a
   * complete, correct notebook needs; returns null when anything is missing, does not compile or is
   * refused by the {@linkplain BytecodePolicy policy} (adding the refused cells to {@code refused}),
   * so that the caller finds out exercise by exercise.
   */
  private Prepared compileAtOnce(MemoryCompiler compiler, List<String> exerciseIds, Map<String, ExerciseCell> latest,
      List<String> imports, Predicate<String> which, Map<String, String> refused) {
    if (!latest.keySet().containsAll(exerciseIds)) {
      return null;
    }
    SubmissionSource source = SubmissionSource.of(new ArrayList<>(latest.values()), imports);
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(SubmissionSource.CLASS_NAME + ".java", source.text());
    Map<String, Prepared.Tests> runnable = new LinkedHashMap<>();
    for (String id : exerciseIds) {
      List<TestOutline> outline = outline(id).stream().filter(t -> which.test(t.visibility())).toList();
      sources.putAll(testSources(id, outline));
      runnable.put(id, new Prepared.Tests(suite.testClassName(id), outline, List.of()));
    }
    MemoryCompiler attempt = new MemoryCompiler();
    if (!attempt.compile(sources).isEmpty()) {
      return null;
    }
    List<BytecodePolicy.Violation> violations = BytecodePolicy.check(attempt.classes());
    if (!violations.isEmpty()) {
      refusedCells(violations, source, new ArrayList<>(latest.values())).forEach((cell, why) -> refused.put(cell.id(), why));
      return null;
    }
    return new Prepared(forRunning(attempt.classes()), runnable, List.of(), source);
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

  /** The compiled {@code Submission}, and why each exercise left out of it did not compile. */
  private record Compiled(SubmissionSource source, Map<String, String> errors) {}

  /**
   * Compiles the cells into {@code Submission}, leaving out the imports this class path cannot
   * resolve (a notebook may import libraries the grader does not ship) and the exercises that do
   * not compile.
   */
  private static Compiled compileSubmission(MemoryCompiler compiler, List<ExerciseCell> cells, List<String> imports) {
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
  private static Map<ExerciseCell, String> refusedCells(List<BytecodePolicy.Violation> violations,
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

  private static String describe(List<MemoryCompiler.Problem> problems, SubmissionSource source) {
    return problems.stream().map(p -> (p.source().equals(SubmissionSource.CLASS_NAME + ".java")
        ? source.describeLine(p.line()) : p.source() + " line " + p.line()) + ": " + p.message())
        .collect(Collectors.joining("\n"));
  }

  private static ExerciseReport failAll(String exerciseId, List<TestOutline> tests, String reason) {
    return new ExerciseReport(exerciseId, tests.stream().map(t -> t.failed(exerciseId, reason)).toList());
  }
}
