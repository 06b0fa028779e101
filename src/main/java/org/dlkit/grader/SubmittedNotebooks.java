package org.dlkit.grader;

import java.util.Map;
import java.util.TreeMap;

/**
 * The submitted notebooks found the way {@code dlkit grade} finds them, for tools that read them
 * again (the similarity check); a zip is unpacked into a temporary folder that {@link #close()}
 * deletes, so read the notebooks before closing.
 */
public final class SubmittedNotebooks implements AutoCloseable {
  private final ScratchFolder scratch;
  private final Map<String, java.nio.file.Path> byStudent;

  private SubmittedNotebooks(ScratchFolder scratch, Map<String, java.nio.file.Path> byStudent) {
    this.scratch = scratch;
    this.byStudent = byStudent;
  }

  /** Collects a folder of notebooks, a folder of student folders, or a zip of either. */
  public static SubmittedNotebooks collect(java.nio.file.Path submissions) {
    ScratchFolder scratch = ScratchFolder.create("dlkit-report-collect-");
    try {
      Map<String, java.nio.file.Path> byName = new TreeMap<>();
      Submissions.collect(submissions, scratch.path()).notebooks()
          .forEach((student, notebook) -> byName.put(student.name(), notebook));
      return new SubmittedNotebooks(scratch, Map.copyOf(byName));
    } catch (RuntimeException e) {
      scratch.close();
      throw e;
    }
  }

  /** Returns student id → notebook; the notebooks of a zip exist until {@link #close()}. */
  public Map<String, java.nio.file.Path> byStudent() {
    return byStudent;
  }

  /** Deletes the notebooks unpacked from a zip (nothing else). */
  @Override
  public void close() {
    scratch.close();
  }
}
