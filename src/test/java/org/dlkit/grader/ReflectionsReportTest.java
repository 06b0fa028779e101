package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.Reflection;
import org.dlkit.exercise.TestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Reflection answers travel from the notebook to feedback.md, results.json and the gradebook, unscored. */
class ReflectionsReportTest {
  @Test
  void answersAreReadFromMarkdownCellsAndReleasedEmpty(@TempDir Path folder) throws Exception {
    Path notebook = folder.resolve("lab.ipynb");
    Files.writeString(notebook, """
        {"cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["Why does the bias matter?"]},
          {"cell_type": "markdown", "metadata": {"nbgrader": {"grade_id": "why-bias", "solution": true, "grade": false}},
           "source": ["<!-- Reflection: why-bias -->\\n", "It moves the boundary off the origin."]},
          {"cell_type": "markdown", "metadata": {}, "source": "<!-- Reflection: unanswered -->\\nYOUR ANSWER HERE"},
          {"cell_type": "code", "metadata": {}, "source": "int x = 1;", "outputs": [], "execution_count": null}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """);
    assertEquals(List.of(new Reflection("why-bias", "It moves the boundary off the origin."),
        new Reflection("unanswered", "")), NotebookFile.read(notebook).reflections());
    String released = Release.studentVersion(notebook);
    assertTrue(released.contains("<!-- Reflection: why-bias -->\\n") && released.contains("\"YOUR ANSWER HERE\"")
        && !released.contains("off the origin"), released);
  }

  @Test
  void feedbackResultsAndGradebookCarryTheAnswersToRead() {
    GradedSubmission graded = new GradedSubmission("ada", List.of(new ExerciseReport("perceptron",
        List.of(TestResult.passed("perceptron", "lecture neuron", 1, "visible")))), 1, "")
        .withReflections(List.of(new Reflection("why-bias", "It shifts\nthe line."), new Reflection("other", "")));
    String feedback = Reports.feedback(graded);
    assertTrue(feedback.contains("## Reflections — to read, not scored\n\n### why-bias\n\n> It shifts\n> the line.\n"
        + "\n### other\n\n_(no answer)_"), feedback);
    assertTrue(feedback.contains("Total: 1 of 1 points."), "reflections score nothing: " + feedback);
    ResultsFile back = ResultsFile.parse(Reports.resultsJson(graded, true));
    assertEquals(Map.of("why-bias", "It shifts\nthe line.", "other", ""), back.reflections());
    Table book = Gradebook.of(List.of(Gradebook.Row.of(back)), List.of("perceptron"));
    assertEquals("It shifts\nthe line.", book.stringColumn("why-bias (to read)").get(0));
    assertEquals(1.0, book.doubleColumn("total").get(0));
  }
}
