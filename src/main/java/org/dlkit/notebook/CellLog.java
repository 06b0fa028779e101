package org.dlkit.notebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.SubmissionSource;

/**
 * Remembers what {@code check} needs from the cells a notebook has run: the latest version of each
 * exercise cell (marked {@code // Exercise: <id>}) and every import.
 */
final class CellLog {
  private List<ExerciseCell> exercises = List.of();
  private final Set<String> imports = new LinkedHashSet<>();
  private boolean recording;

  /** Records one cell's code as the kernel runs it. */
  synchronized void record(String code) {
    recording = true;
    imports.addAll(SubmissionSource.importsIn(code));
    ExerciseCell.markedId(code).ifPresent(id -> {
      List<ExerciseCell> ran = new ArrayList<>(exercises);
      ran.add(new ExerciseCell(id, code));
      exercises = ExerciseCell.latest(ran);
    });
  }

  /** Forgets every recorded cell, as if no kernel had recorded any; for tests. */
  synchronized void clear() {
    exercises = List.of();
    imports.clear();
    recording = false;
  }

  /** Returns whether a kernel has recorded cells; IJava's kernel does not. */
  synchronized boolean isRecording() {
    return recording;
  }

  /** Returns the latest version of each exercise cell, in the order they were last run. */
  synchronized List<ExerciseCell> exercises() {
    return new ArrayList<>(exercises);
  }

  /** Returns the imports of every cell run so far. */
  synchronized List<String> imports() {
    return new ArrayList<>(imports);
  }
}
