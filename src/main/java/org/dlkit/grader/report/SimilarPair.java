package org.dlkit.grader.report;

import java.util.List;
import java.util.Set;

/**
 * Two students whose exercise cells JPlag found similar beyond the base code.
 *
 * @param first the first student's results folder
 * @param second the second student's results folder
 * @param similarity JPlag's average similarity, 0 to 1
 * @param cells the matched cells, side by side
 */
public record SimilarPair(String first, String second, double similarity, List<CellMatch> cells) {
  public SimilarPair {
    cells = List.copyOf(cells);
  }

  /**
   * A cell of each student with the lines JPlag matched between them.
   *
   * @param firstExercise the first student's exercise id
   * @param secondExercise the second student's exercise id
   * @param firstSource the first student's cell
   * @param secondSource the second student's cell
   * @param firstLines the matched lines of the first cell (1-based)
   * @param secondLines the matched lines of the second cell (1-based)
   * @param tokens how many tokens matched
   */
  public record CellMatch(String firstExercise, String secondExercise, String firstSource, String secondSource,
      Set<Integer> firstLines, Set<Integer> secondLines, int tokens) {
    public CellMatch {
      firstLines = Set.copyOf(firstLines);
      secondLines = Set.copyOf(secondLines);
    }
  }
}
