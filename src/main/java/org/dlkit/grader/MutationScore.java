package org.dlkit.grader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.Suite;
import org.dlkit.exercise.TestResult;
import org.dlkit.exercise.Visibility;

/**
 * Measures a lab's suite by the wrong solutions it catches: grades the lab's reference solutions
 * and then, one at a time, each {@link Mistake} of its corpus in their place, in this JVM, and
 * says for each mistake whether {@code check()} (the visible tests) catches it, only the hidden
 * tests do, nothing does, or it is caught only because it crashed or hung.
 */
public final class MutationScore {
  /** The line before the table in {@code grader/README.md}. */
  public static final String BEGIN = "<!-- mutation table: ./dlkit grade --mutations all --write-readme -->";
  /** The line after it. */
  public static final String END = "<!-- end of mutation table -->";

  /** How a suite dealt with one mistake. */
  public enum Verdict {
    /** A visible test fails, so the student's {@code check()} already shows it. */
    CAUGHT_BY_CHECK("caught by check()"),
    /** Only hidden tests fail: it loses points when graded. */
    CAUGHT_WHEN_GRADED("caught by hidden tests only"),
    /** It fails only by running too long or exhausting memory or stack, which does not count as caught. */
    CRASH_ONLY("lost points only by crashing"),
    /** Every test of its exercise passes. */
    MISSED("missed"),
    /** The fixture does not compile, which makes it a broken fixture, not a caught mistake. */
    DOES_NOT_COMPILE("does not compile");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    /** Returns the verdict in words. */
    public String words() {
      return words;
    }

    /** Returns whether the mistake loses points for a reason that counts. */
    public boolean caught() {
      return this == CAUGHT_BY_CHECK || this == CAUGHT_WHEN_GRADED;
    }
  }

  /**
   * What grading one mistake gave.
   *
   * @param mistake the mistake
   * @param verdict how its own exercise's tests dealt with it
   * @param firstFailure the message of its exercise's first failing test, empty when none failed
   * @param alsoLost the other exercises that lost points with it (they should not)
   * @param report its own exercise's report, every test included: what its fingerprint is taken from
   * @param again its own exercise's report from a second run, to tell failures that change from run to run
   */
  public record Outcome(Mistake mistake, Verdict verdict, String firstFailure, List<String> alsoLost,
      ExerciseReport report, ExerciseReport again) {}

  /**
   * A lab's measurement.
   *
   * @param lab the suite folder's name
   * @param referenceFailures the reference solution's failing tests, as "exercise: message"; empty when it earns every point
   * @param outcomes one per mistake, in corpus order
   * @param exercises the suite's exercise ids, in order
   */
  public record Lab(String lab, List<String> referenceFailures, List<Outcome> outcomes, List<String> exercises) {
    /** Returns the outcomes of exercise {@code id}'s mistakes. */
    public List<Outcome> of(String id) {
      return outcomes.stream().filter(o -> o.mistake().exercise().equals(id)).toList();
    }
  }

  private MutationScore() {}

  /** Grades the reference solutions in {@code lab} (an instructor notebook) and every mistake under {@code suite}. */
  public static Lab measure(Path lab, Path suite) {
    Suite tests = Suite.in(suite);
    NotebookFile notebook = NotebookFile.read(lab);
    Checker checker = Checker.of(tests);
    List<ExerciseCell> cells = notebook.exercises();
    List<String> referenceFailures = new ArrayList<>();
    for (ExerciseReport report : checker.checkAll(cells, notebook.imports(), Checker.ALL)) {
      report.results().stream().filter(r -> !r.passed())
          .forEach(r -> referenceFailures.add(report.exercise() + "/" + r.name() + ": " + r.message()));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Mistake mistake : Mistake.in(suite)) {
      outcomes.add(grade(checker, mistake, cells, notebook.imports()));
    }
    return new Lab(suite.getFileName().toString(), referenceFailures, outcomes, tests.exerciseIds());
  }

  private static Outcome grade(Checker checker, Mistake mistake, List<ExerciseCell> cells, List<String> imports) {
    List<ExerciseReport> reports = checker.checkAll(mistake.replacing(cells), imports, Checker.ALL);
    List<String> alsoLost = new ArrayList<>();
    ExerciseReport own = null;
    for (ExerciseReport report : reports) {
      if (report.exercise().equals(mistake.exercise())) {
        own = report;
      } else if (report.score() < report.maxScore()) {
        alsoLost.add(report.exercise());
      }
    }
    if (own == null) {
      throw new IllegalArgumentException("mistakes/" + mistake.exercise() + "/" + mistake.name() + ".java: the suite "
          + "has no exercise " + mistake.exercise() + "; the folder must be named after an exercise id");
    }
    List<TestResult> failed = own.results().stream().filter(r -> !r.passed()).toList();
    String first = failed.isEmpty() ? "" : failed.get(0).message();
    ExerciseReport again = failed.isEmpty() ? own
        : checker.check(mistake.exercise(), mistake.replacing(cells), imports, Checker.ALL);
    return new Outcome(mistake, verdict(mistake.exercise(), failed), first, alsoLost, own, again);
  }

  private static Verdict verdict(String exercise, List<TestResult> failed) {
    if (failed.isEmpty()) {
      return Verdict.MISSED;
    }
    if (failed.stream().anyMatch(r -> doesNotCompile(exercise, r.message()))) {
      return Verdict.DOES_NOT_COMPILE;
    }
    List<TestResult> fair = failed.stream().filter(r -> !crashed(r.message())).toList();
    if (fair.isEmpty()) {
      return Verdict.CRASH_ONLY;
    }
    return fair.stream().anyMatch(r -> r.visibility().equals(Visibility.VISIBLE)) ? Verdict.CAUGHT_BY_CHECK
        : Verdict.CAUGHT_WHEN_GRADED;
  }

  private static boolean doesNotCompile(String exercise, String message) {
    return message.startsWith("exercise " + exercise + " does not compile")
        || message.startsWith("the exercises do not compile together")
        || message.startsWith("the tests cannot call your code")
        || message.startsWith("the tests could not be compiled");
  }

  private static boolean crashed(String message) {
    return message.startsWith("took too long") || message.contains("OutOfMemoryError")
        || message.contains("ran out of memory") || message.contains("StackOverflowError");
  }

  /** Returns the per-exercise table of {@code labs} as Markdown, with a total row. */
  public static String table(List<Lab> labs) {
    StringBuilder text = new StringBuilder();
    text.append("| lab | exercise | mistakes | caught by check() | caught by hidden tests only | missed | crash only |"
        + " fixture does not compile | other exercises hit |\n");
    text.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    int[] total = new int[7];
    for (Lab lab : labs) {
      for (String id : lab.exercises()) {
        List<Outcome> outcomes = lab.of(id);
        int[] row = {outcomes.size(), count(outcomes, Verdict.CAUGHT_BY_CHECK), count(outcomes, Verdict.CAUGHT_WHEN_GRADED),
            count(outcomes, Verdict.MISSED), count(outcomes, Verdict.CRASH_ONLY), count(outcomes, Verdict.DOES_NOT_COMPILE),
            (int) outcomes.stream().filter(o -> !o.alsoLost().isEmpty()).count()};
        text.append("| ").append(lab.lab()).append(" | `").append(id).append("` |");
        for (int i = 0; i < row.length; i++) {
          text.append(' ').append(row[i]).append(" |");
          total[i] += row[i];
        }
        text.append('\n');
      }
    }
    text.append("| **all** | |");
    for (int value : total) {
      text.append(" **").append(value).append("** |");
    }
    return text.append('\n').toString();
  }

  /** Returns the table as it stands in {@code grader/README.md}, between {@link #BEGIN} and {@link #END}. */
  public static String readmeSection(String table) {
    return BEGIN + "\n" + table + END;
  }

  /** Returns, for each mistake of {@code lab}, its verdict, what is wrong and the first failing message. */
  public static String details(Lab lab) {
    StringBuilder text = new StringBuilder("## " + lab.lab() + "\n\n");
    if (!lab.referenceFailures().isEmpty()) {
      text.append("The reference solution loses points:\n");
      lab.referenceFailures().forEach(f -> text.append("- ").append(f).append('\n'));
      text.append('\n');
    }
    Map<String, List<Outcome>> byExercise = new LinkedHashMap<>();
    lab.outcomes().forEach(o -> byExercise.computeIfAbsent(o.mistake().exercise(), k -> new ArrayList<>()).add(o));
    byExercise.forEach((id, outcomes) -> {
      text.append("### ").append(id).append("\n\n");
      for (Outcome o : outcomes) {
        text.append(String.format(Locale.ROOT, "- `%s` (%s): %s%s%n", o.mistake().name(), o.verdict().words(),
            o.mistake().what(), o.alsoLost().isEmpty() ? "" : " [also loses points in " + String.join(", ", o.alsoLost()) + "]"));
        if (!o.firstFailure().isEmpty()) {
          text.append("  - first failure: ").append(o.firstFailure().replace('\n', ' ')).append('\n');
        }
      }
      text.append('\n');
    });
    return text.toString();
  }

  private static int count(List<Outcome> outcomes, Verdict verdict) {
    return (int) outcomes.stream().filter(o -> o.verdict() == verdict).count();
  }
}
