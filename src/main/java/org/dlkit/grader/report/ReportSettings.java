package org.dlkit.grader.report;

import java.nio.file.Path;

/**
 * How to write the class report.
 *
 * @param anonymous whether students appear under stable pseudonyms instead of their ids (and without links to their feedback)
 * @param similarity whether to run the similarity check
 * @param threshold the similarity a pair needs to be listed
 * @param submissions the submitted notebooks to compare, or null to reuse the input of an earlier check
 * @param released the released student notebook (the base code), or null to reuse the earlier check's
 */
public record ReportSettings(boolean anonymous, boolean similarity, double threshold, Path submissions, Path released) {
  /** Returns the settings of a report without a similarity check. */
  public static ReportSettings plain(boolean anonymous) {
    return new ReportSettings(anonymous, false, Similarity.DEFAULT_THRESHOLD, null, null);
  }
}
