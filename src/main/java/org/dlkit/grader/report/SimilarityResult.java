package org.dlkit.grader.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What the similarity check found.
 *
 * @param threshold the similarity a pair needed to be listed
 * @param compared how many submissions JPlag compared
 * @param pairs the pairs at or above the threshold, most similar first
 * @param skipped the submissions left out, as "folder: reason"
 * @param jplagResult JPlag's own result file, for its report viewer
 * @param seconds how long the check took
 */
public record SimilarityResult(double threshold, int compared, List<SimilarPair> pairs, List<String> skipped,
    Path jplagResult, double seconds) {
  public SimilarityResult {
    pairs = List.copyOf(pairs);
    skipped = List.copyOf(skipped);
  }
}
