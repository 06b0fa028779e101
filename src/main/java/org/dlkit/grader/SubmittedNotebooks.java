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
      return Submissions.collect(submissions, Files.createTempDirectory("dlkit-report-collect-"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a scratch folder to unpack " + submissions, e);
    }
  }
}
