package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the submitted notebooks the way {@code dlkit grade} does, for tools that read them again (the similarity check). */
public final class SubmittedNotebooks {
  private SubmittedNotebooks() {}

  /** Returns student id → notebook of a folder of notebooks, a folder of student folders, or a zip of either. */
  public static Map<String, Path> collect(Path submissions) {
    try {
      Path scratch = Files.createTempDirectory("dlkit-report-collect-");
      Map<String, Path> byName = new java.util.TreeMap<>();
      Submissions.collect(submissions, scratch).notebooks().forEach((student, notebook) -> byName.put(student.name(), notebook));
      try (var inside = Files.list(scratch)) {
        if (inside.findAny().isEmpty()) {
          Files.delete(scratch);  // not a zip: nothing was unpacked, so nothing needs the folder
        }
      }
      return byName;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a scratch folder to unpack " + submissions, e);
    }
  }
}
