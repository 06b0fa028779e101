package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The class's gradebook: one row per student, one column per exercise, the total, how the
 * student's code was isolated, and why it was not graded (the total is then empty, not 0).
 */
final class Gradebook {
  static final String FILE = "gradebook.csv";

  private Gradebook() {}

  /**
   * Returns the gradebook of every student graded into {@code out} (each student's folder holds a
   * {@code results.json}), with the exercises in {@code exercises} order.
   */
  static Table of(Path out, List<String> exercises) {
    StringColumn students = StringColumn.create("student");
    DoubleColumn[] columns = exercises.stream().map(DoubleColumn::create).toArray(DoubleColumn[]::new);
    DoubleColumn total = DoubleColumn.create("total");
    StringColumn isolation = StringColumn.create("isolation");
    StringColumn notGraded = StringColumn.create("not_graded");
    for (Path results : resultsFiles(out)) {
      Map<String, double[]> scores = Reports.exerciseScores(results);
      String[] status = Reports.status(results);
      isolation.append(status[0]);
      notGraded.append(status[1]);
      students.append(results.getParent().getFileName().toString());
      double sum = 0;
      for (int i = 0; i < exercises.size(); i++) {
        double[] score = scores.getOrDefault(exercises.get(i), new double[] {0, 0});
        columns[i].append(score[0]);
        sum += score[0];
      }
      if (status[1].isEmpty()) {
        total.append(sum);
      } else {
        total.appendMissing();
      }
    }
    Table table = Table.create("gradebook", students);
    table.addColumns(columns);
    table.addColumns(total, isolation, notGraded);
    return table;
  }

  /** Writes the gradebook of {@code out} to {@code out/gradebook.csv}; returns the table. */
  static Table write(Path out, List<String> exercises) {
    Table table = of(out, exercises);
    table.write().csv(out.resolve(FILE).toFile());
    return table;
  }

  private static List<Path> resultsFiles(Path out) {
    try (Stream<Path> folders = Files.list(out)) {
      return folders.map(f -> f.resolve(Reports.RESULTS)).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + out, e);
    }
  }
}
