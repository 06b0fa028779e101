package org.dlkit.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.SubmissionSource;

/**
 * Remembers what {@code check} needs from the cells a notebook has run: the latest version of each
 * exercise cell (marked {@code // Exercise: <id>}) and every import.
 */
final class CellLog {
  private final Map<String, ExerciseCell> exercises = new LinkedHashMap<>();
  private final Set<String> imports = new LinkedHashSet<>();
  private boolean recording;

  /** Records one cell's code as the kernel runs it. */
  synchronized void record(String code) {
    recording = true;
    imports.addAll(SubmissionSource.importsIn(code));
    ExerciseCell.markedId(code).ifPresent(id -> {
      exercises.remove(id);
      exercises.put(id, new ExerciseCell(id, code));
    });
  }

  /** Forgets every recorded cell, as if no kernel had recorded any; for tests. */
  synchronized void clear() {
    exercises.clear();
    imports.clear();
    recording = false;
  }

  /** Returns whether a kernel has recorded cells; IJava's kernel does not. */
  synchronized boolean isRecording() {
    return recording;
  }

  /** Returns the latest version of each exercise cell, in the order they were last run. */
  synchronized List<ExerciseCell> exercises() {
    return new ArrayList<>(exercises.values());
  }

  /** Returns the imports of every cell run so far. */
  synchronized List<String> imports() {
    return new ArrayList<>(imports);
  }
}
