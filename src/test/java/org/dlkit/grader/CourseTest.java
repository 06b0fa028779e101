package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dlkit.exercise.BreakIt;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Feedback;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.PredictionCell;
import org.dlkit.exercise.Reflection;
import org.dlkit.exercise.Suite;
import org.dlkit.exercise.TestResult;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the course itself: every lab's reference solutions earn full marks from its grader suite,
 * its points agree with the suite, a check cell follows every exercise, and every exercise of the
 * released student notebook fails its visible checks with its TODO message.
 */
class CourseTest {
  private static final Path HOME = Path.of(System.getProperty("user.dir"));

  @TestFactory
  Stream<DynamicTest> everyLab() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path lab : Release.sources(HOME.resolve("labs"))) {
      String folder = lab.getParent().getFileName().toString();
      Suite suite = Suite.in(HOME.resolve("grader").resolve(folder));
      NotebookFile source = NotebookFile.read(lab);
      NotebookFile student = NotebookFile.read(HOME.resolve("notebooks").resolve(HOME.resolve("labs").relativize(lab)));
      tests.add(dynamicTest(folder + ": the suite tests exactly the notebook's exercises", () -> assertEquals(
          suite.exerciseIds().stream().sorted().toList(),
          source.exercises().stream().map(ExerciseCell::id).sorted().toList())));
      for (String id : suite.exerciseIds()) {
        tests.add(dynamicTest(folder + "/" + id + ": the solution earns every point", () -> solutionEarnsAll(suite, source, id)));
        tests.add(dynamicTest(folder + "/" + id + ": a check cell follows the exercise", () -> checkFollows(source, id)));
        tests.add(dynamicTest(folder + "/" + id + ": checking it needs no later exercise",
            () -> checkNeedsNoLaterExercise(suite, source, id)));
        tests.add(dynamicTest(folder + "/" + id + ": the student version fails its checks with its TODO",
            () -> studentFailsWithTodo(suite, student, id)));
      }
    }
    assertFalse(tests.isEmpty(), "no labs under " + HOME.resolve("labs"));
    return tests.stream();
  }

  private static void solutionEarnsAll(Suite suite, NotebookFile notebook, String id) {
    ExerciseReport report = Checker.of(suite).check(id, notebook.exercises(), notebook.imports(), Checker.ALL);
    assertTrue(report.passed(), Feedback.of(report));
    assertTrue(report.results().stream().anyMatch(r -> r.visibility().equals(Visibility.VISIBLE)),
        id + " has no visible test, so check(\"" + id + "\") would show nothing");
    Optional<Double> points = notebook.codeCells().stream()
        .filter(c -> c.solution() && c.gradeId().equals(Optional.of(id))).findFirst().orElseThrow().points();
    assertEquals(Optional.of(report.maxScore()), points, id + ": the cell's nbgrader points and the suite's @Points differ");
  }

  /** Checks the exercise as a student meets it: with only its own and the earlier exercise cells run. */
  private static void checkNeedsNoLaterExercise(Suite suite, NotebookFile notebook, String id) {
    List<ExerciseCell> sofar = new ArrayList<>();
    for (ExerciseCell cell : notebook.exercises()) {
      sofar.add(cell);
      if (cell.id().equals(id)) {
        break;
      }
    }
    ExerciseReport report = Checker.of(suite).check(id, sofar, notebook.imports(), Checker.VISIBLE_ONLY);
    assertTrue(report.passed(), Feedback.of(report));
  }

  private static void checkFollows(NotebookFile notebook, String id) {
    List<NotebookFile.CodeCell> cells = notebook.codeCells();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).solution() && cells.get(i).gradeId().equals(Optional.of(id))
          && PredictionCell.isPrediction(cells.get(i).source())) {
        int cell = i;
        int checkAt = java.util.stream.IntStream.range(i + 1, cells.size())
            .filter(j -> cells.get(j).source().contains("check(\"" + id + "\");")).findFirst().orElse(-1);
        assertTrue(checkAt > cell + 1, "prediction " + id + ": a later cell should call check(\"" + id + "\"), after "
            + "at least one cell that runs the experiment");
        return;
      }
      if (cells.get(i).solution() && cells.get(i).gradeId().equals(Optional.of(id))) {
        assertTrue(i + 1 < cells.size() && cells.get(i + 1).source().contains("check(\"" + id + "\");"),
            "the cell after exercise " + id + " should call check(\"" + id + "\");");
        return;
      }
    }
    throw new AssertionError("no exercise cell for " + id);
  }

  private static void studentFailsWithTodo(Suite suite, NotebookFile student, String id) {
    ExerciseReport report = Checker.of(suite).check(id, student.exercises(), student.imports(), Checker.VISIBLE_ONLY);
    assertFalse(report.results().isEmpty());
    for (TestResult result : report.results()) {
      assertTrue(result.message().startsWith("TODO " + id + ":"), Feedback.of(report));
    }
  }

  /**
   * The labs that teach by all three ways of issue 16: at least two predictions, two break-it steps
   * (a {@code // Break it: <id>} code cell after a markdown cell headed "Break it") and one reflection.
   */
  private static final List<String> TEACHING_LABS = List.of("01-perceptron", "02-backprop", "03-optimizers", "04-minibatch", "05-regularization", "06-capstone");

  @TestFactory
  Stream<DynamicTest> everyLabPredictsBreaksAndReflects() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path lab : Release.sources(HOME.resolve("labs"))) {
      String folder = lab.getParent().getFileName().toString();
      if (!TEACHING_LABS.contains(folder)) {
        continue;
      }
      tests.add(dynamicTest(folder + ": two predictions, two break-it steps, a reflection", () -> {
        NotebookFile source = NotebookFile.read(lab);
        long predictions = source.codeCells().stream().filter(c -> PredictionCell.isPrediction(c.source())).count();
        assertTrue(predictions >= 2, folder + " has " + predictions + " prediction cells; write at least two");
        List<String> breakIts = BreakIt.steps(lab);
        assertTrue(breakIts.size() >= 2, folder + " has break-it steps " + breakIts + "; write at least two");
        assertFalse(source.reflections().isEmpty(), folder + " has no reflection cell; write at least one");
        assertTrue(source.reflections().stream().allMatch(Reflection::answered),
            folder + ": every reflection cell holds a model answer for the instructor");
        NotebookFile student = NotebookFile.read(HOME.resolve("notebooks").resolve(HOME.resolve("labs").relativize(lab)));
        for (NotebookFile.CodeCell cell : student.codeCells()) {
          PredictionCell.markedId(cell.source()).ifPresent(id -> assertEquals(Optional.of(""),
              PredictionCell.answerIn(cell.source(), id), "the student's prediction " + id + " is released empty"));
        }
        assertTrue(student.reflections().stream().noneMatch(Reflection::answered),
            "the student's reflections are released empty");
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> releasedNotebooksHaveNoSolutions() throws Exception {
    try (Stream<Path> files = Files.walk(HOME.resolve("notebooks"))) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).toList().stream().map(file -> dynamicTest(
          HOME.relativize(file).toString(), () -> {
            String text = Files.readString(file);
            assertFalse(text.contains("BEGIN SOLUTION") || text.contains("BEGIN HIDDEN TESTS"),
                file + " still holds a solution or hidden tests");
          }));
    }
  }
}
