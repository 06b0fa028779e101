package org.dlkit.grader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The class's gradebook: one row per student, with the name as the student wrote it, one column
 * per exercise, the total, a status: {@code graded}, or {@code not graded: <why>} with the
 * scores left empty (never a 0 the student did not earn), and how the student's code was isolated.
 */
final class Gradebook {
  static final String FILE = "gradebook.csv";
  static final String GRADED = "graded";

  private Gradebook() {}

  /**
   * One student's row.
   *
   * @param student the name as written
   * @param scores exercise → points earned; empty when not graded
   * @param notGraded why the student was not graded, or empty
   * @param isolation how the student's code was isolated, or empty
   * @param reflections reflection id → the student's written answer, to read (not scored)
   */
  record Row(String student, Map<String, Double> scores, String notGraded, String isolation,
      Map<String, String> reflections) {
    /** Returns a row without reflections. */
    Row(String student, Map<String, Double> scores, String notGraded, String isolation) {
      this(student, scores, notGraded, isolation, Map.of());
    }

    /** Returns the row of a student whose results are {@code results}. */
    static Row of(ResultsFile results) {
      Map<String, Double> scores = new java.util.LinkedHashMap<>();
      results.scores().forEach((exercise, score) -> scores.put(exercise, score[0]));
      return new Row(results.student(), results.notGraded().isEmpty() ? scores : Map.of(), results.notGraded(),
          results.isolation(), results.reflections());
    }

    /** Returns the row of a student not graded, for {@code why}. */
    static Row notGraded(String student, String why) {
      return new Row(student, Map.of(), why, "");
    }
  }

  /**
   * Returns the rows of every student graded into {@code out} (each folder whose {@code results.json}
   * is a dlkit results file of the student the folder belongs to), plus {@code refused} (name → why),
   * which win over any older results of the same student, sorted by name. Folders that hold something else are passed to {@code skipped} with the reason.
   */
  static List<Row> rows(Path out, Map<String, String> refused, Consumer<String> skipped) {
    List<Row> rows = new ArrayList<>();
    for (Path folder : folders(out)) {
      if (!Files.exists(folder.resolve(Reports.RESULTS))) {
        continue;
      }
      Optional<ResultsFile> results = ResultsFile.in(folder);
      String name = folder.getFileName().toString();
      if (results.isEmpty()) {
        skipped.accept(folder + " holds no readable results (grade it again with its notebook)");
      } else if (StudentId.problem(results.get().student()) != null
          || !StudentId.of(results.get().student()).folder().equals(name)) {
        skipped.accept(folder + " holds the results of " + StudentId.printable(results.get().student())
            + ", whose folder is not " + name + " (left by an older dlkit?)");
      } else if (!refused.containsKey(results.get().student())) {
        rows.add(Row.of(results.get()));
      }
    }
    refused.forEach((student, why) -> rows.add(Row.notGraded(student, why)));
    rows.sort(Comparator.comparing(Row::student));
    return rows;
  }

  /**
   * Returns the gradebook table of {@code rows}, with the exercises in {@code exercises} order, then
   * one column {@code <id> (to read)} per reflection holding each student's written answer.
   */
  static Table of(List<Row> rows, List<String> exercises) {
    StringColumn students = StringColumn.create("student");
    DoubleColumn[] columns = exercises.stream().map(DoubleColumn::create).toArray(DoubleColumn[]::new);
    DoubleColumn total = DoubleColumn.create("total");
    StringColumn status = StringColumn.create("status");
    StringColumn isolation = StringColumn.create("isolation");
    for (Row row : rows) {
      isolation.append(row.isolation());
      students.append(row.student());
      boolean graded = row.notGraded().isEmpty();
      double sum = 0;
      for (int i = 0; i < exercises.size(); i++) {
        double score = row.scores().getOrDefault(exercises.get(i), 0.0);
        if (graded) {
          columns[i].append(score);
        } else {
          columns[i].appendMissing();
        }
        sum += score;
      }
      if (graded) {
        total.append(sum);
      } else {
        total.appendMissing();
      }
      status.append(graded ? GRADED : "not graded: " + row.notGraded());
    }
    Table table = Table.create("gradebook", students);
    table.addColumns(columns);
    table.addColumns(total, status, isolation);
    java.util.Set<String> reflectionIds = new java.util.LinkedHashSet<>();
    rows.forEach(row -> reflectionIds.addAll(row.reflections().keySet()));
    for (String id : reflectionIds) {
      StringColumn answers = StringColumn.create(id + " (to read)");
      rows.forEach(row -> answers.append(row.reflections().getOrDefault(id, "")));
      table.addColumns(answers);
    }
    return table;
  }

  /** Writes {@code table} to {@code out/gradebook.csv}, atomically. */
  static void write(Path out, Table table) {
    StringWriter csv = new StringWriter();
    table.write().csv(csv);
    try {
      AtomicFiles.writeString(out.resolve(FILE), csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the gradebook " + out.resolve(FILE), e);
    }
  }

  private static List<Path> folders(Path out) {
    try (Stream<Path> folders = Files.list(out)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + out, e);
    }
  }
}
