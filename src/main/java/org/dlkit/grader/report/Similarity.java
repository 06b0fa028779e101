package org.dlkit.grader.report;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.Token;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import de.jplag.reporting.reportobject.ReportObjectFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs JPlag over the students' exercise cells written by {@link SimilarityInput}, with the
 * released notebook's cells as base code so that the starter code does not count, and keeps JPlag's
 * result file for its report viewer. Every pair at or above the threshold is listed; JPlag's file
 * holds its default 100 most similar pairs, without clustering (both cost seconds on a large class
 * whose solutions all look alike).
 */
public final class Similarity {
  /**
   * The similarity a pair needs by default: JPlag itself sets no cut-off (its own threshold is 0 and
   * its clustering drops pairs under 0.2), so dlkit asks for half of the code beyond the base code to
   * match, JPlag's average-similarity metric.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;
  /** The name of JPlag's result file (without the .zip JPlag adds). */
  static final String JPLAG_RESULT = "jplag-result";

  private Similarity() {}

  /** Compares the submissions in {@code dir} (as {@link SimilarityInput} wrote them) and lists pairs at or above {@code threshold}. */
  public static SimilarityResult run(Path dir, double threshold, List<String> alreadySkipped) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("--similarity-threshold " + threshold + " is not between 0 and 1 (e.g. 0.5 for 50%)");
    }
    long start = System.nanoTime();
    List<String> skipped = new ArrayList<>(alreadySkipped);
    File submissions = dir.resolve(SimilarityInput.SUBMISSIONS).toFile();
    String[] students = submissions.list();
    if (students == null || students.length < 2) {
      skipped.add("(the class): fewer than two readable submissions, nothing to compare");
      return new SimilarityResult(threshold, 0, List.of(), skipped, null, seconds(start));
    }
    JPlagOptions options = new JPlagOptions(new de.jplag.java.Language(), Set.of(submissions), Set.of())
        .withBaseCodeSubmissionDirectory(dir.resolve(SimilarityInput.BASE).toFile())
        .withMaximumNumberOfComparisons(JPlagOptions.DEFAULT_SHOWN_COMPARISONS)
        .withClusteringOptions(new ClusteringOptions().withEnabled(false));
    JPlagResult result;
    try {
      result = new JPlag(options).run();
    } catch (ExitException e) {
      skipped.add("(the class): JPlag stopped: " + e.getMessage());
      return new SimilarityResult(threshold, 0, List.of(), skipped, null, seconds(start));
    }
    for (Submission invalid : result.getSubmissions().getInvalidSubmissions()) {
      skipped.add(invalid.getName() + ": JPlag could not parse its cells (they do not compile)");
    }
    Path resultFile = dir.resolve(JPLAG_RESULT);
    new ReportObjectFactory().createAndSaveReport(result, resultFile.toString());
    Path zip = dir.resolve(JPLAG_RESULT + ".zip");
    List<SimilarPair> pairs = new ArrayList<>();
    for (JPlagComparison comparison : result.getAllComparisons()) {
      if (comparison.similarity() >= threshold && comparison.similarity() > 0) {
        pairs.add(pair(comparison));
      }
    }
    pairs.sort(Comparator.comparingDouble(SimilarPair::similarity).reversed()
        .thenComparing(SimilarPair::first).thenComparing(SimilarPair::second));
    return new SimilarityResult(threshold, result.getNumberOfSubmissions(), pairs, skipped,
        Files.exists(zip) ? zip : resultFile, seconds(start));
  }

  private static SimilarPair pair(JPlagComparison comparison) {
    Submission first = comparison.firstSubmission();
    Submission second = comparison.secondSubmission();
    if (first.getName().compareTo(second.getName()) > 0) {
      Submission swap = first;
      first = second;
      second = swap;
      List<Match> swapped = comparison.matches().stream()
          .map(m -> new Match(m.startOfSecond(), m.startOfFirst(), m.length())).toList();
      return new SimilarPair(first.getName(), second.getName(), comparison.similarity(), cells(first, second, swapped));
    }
    return new SimilarPair(first.getName(), second.getName(), comparison.similarity(),
        cells(first, second, comparison.matches()));
  }

  /** Groups the matches by the pair of cells (files) they join, with the matched lines of each. */
  private static List<SimilarPair.CellMatch> cells(Submission first, Submission second, List<Match> matches) {
    record Key(File first, File second) {}
    Map<Key, Set<Integer>> firstLines = new LinkedHashMap<>();
    Map<Key, Set<Integer>> secondLines = new LinkedHashMap<>();
    Map<Key, Integer> tokens = new LinkedHashMap<>();
    List<Token> a = first.getTokenList();
    List<Token> b = second.getTokenList();
    for (Match match : matches) {
      for (int i = 0; i < match.length(); i++) {
        Token left = a.get(match.startOfFirst() + i);
        Token right = b.get(match.startOfSecond() + i);
        Key key = new Key(left.getFile(), right.getFile());
        if (left.getLine() > 0) {
          firstLines.computeIfAbsent(key, k -> new TreeSet<>()).add(left.getLine());
        }
        if (right.getLine() > 0) {
          secondLines.computeIfAbsent(key, k -> new TreeSet<>()).add(right.getLine());
        }
        tokens.merge(key, 1, Integer::sum);
      }
    }
    List<SimilarPair.CellMatch> cells = new ArrayList<>();
    tokens.forEach((key, count) -> cells.add(new SimilarPair.CellMatch(
        SimilarityInput.exerciseOf(key.first().toPath()), SimilarityInput.exerciseOf(key.second().toPath()),
        SimilarityInput.cellSource(key.first().toPath()), SimilarityInput.cellSource(key.second().toPath()),
        firstLines.getOrDefault(key, Set.of()), secondLines.getOrDefault(key, Set.of()), count)));
    cells.sort(Comparator.comparingInt(SimilarPair.CellMatch::tokens).reversed());
    return cells;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
