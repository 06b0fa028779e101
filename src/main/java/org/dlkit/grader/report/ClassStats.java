package org.dlkit.grader.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers the class report shows, computed once from a class's results: the total scores, each
 * exercise's mean and troubles, each test's pass rate with its commonest failure messages, and the
 * grading times.
 *
 * @param totals every graded student's total, in the order of {@link ClassResults#graded()}
 * @param exercises each exercise's numbers, in the suite's order
 * @param tests each test's numbers, worst pass rate first
 * @param slowest the five slowest submissions, slowest first
 */
public record ClassStats(double[] totals, double maxScore, List<ExerciseStats> exercises, List<TestStats> tests,
    List<GradedStudent> slowest) {
  /** How many failure-message groups the report lists for each of the worst tests. */
  public static final int MESSAGES_PER_TEST = 3;

  /**
   * One exercise's numbers.
   *
   * @param exercise its id
   * @param maxScore its points
   * @param scores each student's points on it
   * @param troubles how many submissions had each trouble on it
   */
  public record ExerciseStats(String exercise, double maxScore, double[] scores, Map<Trouble, Integer> troubles) {
    /** Returns the mean points. */
    public double mean() {
      return Arrays.stream(scores).average().orElse(Double.NaN);
    }

    /** Returns how many submissions had {@code trouble} on this exercise. */
    public int count(Trouble trouble) {
      return troubles.getOrDefault(trouble, 0);
    }
  }

  /**
   * One test's numbers.
   *
   * @param name "exercise: test"
   * @param runs how many students it ran for
   * @param passes how many passed it
   * @param messages the commonest failure messages, grouped by {@link MessageGroups}
   */
  public record TestStats(String name, int runs, int passes, List<MessageGroups.Group> messages) {
    /** Returns the share of students who passed, 0 to 1. */
    public double passRate() {
      return runs == 0 ? Double.NaN : (double) passes / runs;
    }
  }

  /** Computes the numbers of {@code results}. */
  public static ClassStats of(ClassResults results) {
    List<GradedStudent> graded = results.graded();
    double[] totals = graded.stream().mapToDouble(GradedStudent::score).toArray();
    List<ExerciseStats> exercises = new ArrayList<>();
    for (var entry : results.maxByExercise().entrySet()) {
      String id = entry.getKey();
      Map<Trouble, Integer> troubles = new EnumMap<>(Trouble.class);
      for (GradedStudent student : graded) {
        Trouble.of(student.failuresIn(id)).ifPresent(t -> troubles.merge(t, 1, Integer::sum));
      }
      exercises.add(new ExerciseStats(id, entry.getValue(), graded.stream().mapToDouble(s -> s.scoreOf(id)).toArray(),
          troubles));
    }
    Map<String, List<TestOutcome>> byTest = new LinkedHashMap<>();
    for (GradedStudent student : graded) {
      for (TestOutcome test : student.tests()) {
        byTest.computeIfAbsent(test.fullName(), k -> new ArrayList<>()).add(test);
      }
    }
    List<TestStats> tests = new ArrayList<>();
    byTest.forEach((name, outcomes) -> tests.add(new TestStats(name, outcomes.size(),
        (int) outcomes.stream().filter(TestOutcome::passed).count(),
        MessageGroups.top(outcomes.stream().filter(t -> !t.passed()).map(TestOutcome::message).toList(),
            MESSAGES_PER_TEST))));
    tests.sort(Comparator.comparingDouble(TestStats::passRate));
    List<GradedStudent> slowest = graded.stream().filter(s -> !Double.isNaN(s.seconds()))
        .sorted(Comparator.comparingDouble(GradedStudent::seconds).reversed()).limit(5).toList();
    return new ClassStats(totals, results.maxScore(), List.copyOf(exercises), List.copyOf(tests), slowest);
  }

  /** Returns the mean total. */
  public double mean() {
    return Arrays.stream(totals).average().orElse(Double.NaN);
  }

  /** Returns the median total. */
  public double median() {
    double[] sorted = totals.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Returns how many students earned every point. */
  public int atFullMarks() {
    return (int) Arrays.stream(totals).filter(t -> maxScore > 0 && t >= maxScore - 1e-9).count();
  }

  /** Returns how many students earned nothing. */
  public int atZero() {
    return (int) Arrays.stream(totals).filter(t -> t <= 1e-9).count();
  }
}
