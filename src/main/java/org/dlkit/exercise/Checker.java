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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grades one exercise: builds {@code Submission} from the lab's exercise cells, compiles it and the
 * exercise's test class in memory, and runs the tests. Used by the notebook's {@code check} and by
 * the autograder alike, so both give the same verdict and the same words.
 */
public final class Checker {
  /** How long one test may run by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final Pattern SUBMISSION_LINE = Pattern.compile("Submission\\.java line (\\d+)");

  private final Suite suite;
  private final Duration timeout;

  /** Returns a checker for the exercises of {@code suite}, stopping each test after {@code timeout}. */
  public Checker(Suite suite, Duration timeout) {
    this.suite = suite;
    this.timeout = timeout;
  }

  /** Returns a checker with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
  public static Checker of(Suite suite) {
    return new Checker(suite, DEFAULT_TIMEOUT);
  }

  /** Selects which tests run: visible ones only, as in the notebook's {@code check}. */
  public static final Predicate<String> VISIBLE_ONLY = Visibility.VISIBLE::equals;
  /** Selects every test, as when grading. */
  public static final Predicate<String> ALL = visibility -> true;

  /**
   * Runs the tests of {@code exerciseId} that {@code which} selects against {@code cells} (the
   * lab's exercise cells; the latest cell wins when an id repeats). An exercise that is missing,
   * does not compile, or does not match what its tests call fails every test, with the reason.
   *
   * @param imports the notebook's import statements, for the cells to compile as they did there
   */
  public ExerciseReport check(String exerciseId, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    Map<String, String> testSources = suite.sourcesFor(exerciseId);
    String testFile = suite.testClassName(exerciseId) + ".java";
    testSources.put(testFile, TestOutline.keepOnly(testFile, testSources.get(testFile), which));
    List<TestOutline> outline = TestOutline.read(testFile, testSources.get(testFile));
    Map<String, ExerciseCell> latest = new LinkedHashMap<>();
    for (ExerciseCell cell : cells) {
      latest.remove(cell.id());
      latest.put(cell.id(), cell);
    }
    if (!latest.containsKey(exerciseId)) {
      return failAll(exerciseId, outline, "exercise " + exerciseId + " is missing: no cell starts with "
          + "// Exercise: " + exerciseId + " (run that cell first, and keep its first line)");
    }
    MemoryCompiler compiler = new MemoryCompiler(Checker.class.getClassLoader());
    Compiled compiled = compileSubmission(compiler, exerciseId, new ArrayList<>(latest.values()), imports);
    if (compiled.error() != null) {
      return failAll(exerciseId, outline, compiled.error());
    }
    SubmissionSource submission = compiled.source();
    List<MemoryCompiler.Problem> testProblems = compiler.compile(testSources);
    if (!testProblems.isEmpty()) {
      return failAll(exerciseId, outline, "the tests cannot call your code as written; check the names, parameter "
          + "types and return type the exercise asks for. javac says: " + describe(testProblems, submission));
    }
    Class<?> testClass;
    try {
      testClass = Class.forName(suite.testClassName(exerciseId), true, compiler.loader());
    } catch (ClassNotFoundException | LinkageError e) {
      return failAll(exerciseId, outline, "the tests could not be loaded: " + e);
    }
    List<Method> methods = TestRunner.testMethods(testClass, which);
    List<TestResult> results = new ArrayList<>();
    for (TestResult result : new TestRunner(timeout).run(exerciseId, testClass, methods)) {
      results.add(new TestResult(result.exercise(), result.name(), result.maxScore(), result.score(),
          result.visibility(), locate(result.message(), submission)));
    }
    return new ExerciseReport(exerciseId, results);
  }

  /** The compiled {@code Submission}, or why the exercise being checked did not compile. */
  private record Compiled(SubmissionSource source, String error) {}

  /** Compiles the cells into {@code Submission}, leaving out other exercises that do not compile. */
  private static Compiled compileSubmission(MemoryCompiler compiler, String exerciseId, List<ExerciseCell> cells,
      List<String> imports) {
    while (true) {
      SubmissionSource source = SubmissionSource.of(cells, imports);
      List<MemoryCompiler.Problem> problems = compiler.compile(Map.of(SubmissionSource.CLASS_NAME + ".java",
          source.text()));
      if (problems.isEmpty()) {
        return new Compiled(source, null);
      }
      Set<ExerciseCell> broken = new LinkedHashSet<>();
      problems.forEach(p -> broken.add(source.cellAt(p.line())));
      if (broken.contains(null) || broken.stream().anyMatch(c -> c.id().equals(exerciseId))) {
        return new Compiled(source, "exercise " + exerciseId + " does not compile: " + describe(problems, source));
      }
      cells.removeAll(broken);
    }
  }

  private static String describe(List<MemoryCompiler.Problem> problems, SubmissionSource source) {
    return problems.stream().map(p -> (p.source().equals(SubmissionSource.CLASS_NAME + ".java")
        ? source.describeLine(p.line()) : p.source() + " line " + p.line()) + ": " + p.message())
        .collect(Collectors.joining("\n"));
  }

  private static String locate(String message, SubmissionSource source) {
    Matcher line = SUBMISSION_LINE.matcher(message);
    StringBuilder located = new StringBuilder();
    while (line.find()) {
      line.appendReplacement(located, Matcher.quoteReplacement(source.describeLine(Long.parseLong(line.group(1)))));
    }
    line.appendTail(located);
    return located.toString();
  }

  private static ExerciseReport failAll(String exerciseId, List<TestOutline> tests, String reason) {
    return new ExerciseReport(exerciseId, tests.stream().map(t -> t.failed(exerciseId, reason)).toList());
  }
}
