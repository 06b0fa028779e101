package org.dlkit.grader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.Diagnosis;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.KnownMistake;
import org.dlkit.exercise.KnownMistakes;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.Suite;
import org.dlkit.exercise.Visibility;

/**
 * Measures diagnosis on a lab: recall on variants of every corpus mistake (mechanical rewrites from
 * {@link Variants} and the hand-written ones in {@code mistakes/<exercise>/variants/}), and
 * precision over every diagnosis it makes there, on the reference solutions, on the untouched
 * student notebook and on each mistake left out of the corpus in turn (leave-one-out: no diagnosis,
 * or one of a mistake with the very same fingerprint, is right). Both the graded path (every test)
 * and {@code check()}'s (the visible tests) are measured.
 */
public final class DiagnosisPrecision {
  /** The line before the table in {@code grader/README.md}. */
  public static final String BEGIN = "<!-- diagnosis table: ./dlkit grade --mutations all --write-readme -->";
  /** The line after it. */
  public static final String END = "<!-- end of diagnosis table -->";
  /** The folder under an exercise's mistakes that holds hand-written variants, each starting {@code // Variant of: <name>}. */
  public static final String VARIANTS = "variants";

  /**
   * Counts for one path (graded or {@code check()}).
   *
   * @param variants variants measured
   * @param recognised variants diagnosed as their mistake (or one it cannot be told from)
   * @param diagnoses diagnoses made, on variants, references, untouched notebooks and leave-one-out
   * @param wrong diagnoses that named a mistake the code does not have
   */
  public record Counts(int variants, int recognised, int diagnoses, int wrong) {
    Counts plus(Counts o) {
      return new Counts(variants + o.variants, recognised + o.recognised, diagnoses + o.diagnoses, wrong + o.wrong);
    }

    /** Returns the share of diagnoses that were right, 1 when none was made. */
    public double precision() {
      return diagnoses == 0 ? 1 : (diagnoses - wrong) / (double) diagnoses;
    }

    /** Returns the share of variants recognised, 1 when there were none. */
    public double recall() {
      return variants == 0 ? 1 : recognised / (double) variants;
    }
  }

  /**
   * One lab's measurement.
   *
   * @param lab the suite folder's name
   * @param mistakes the caught mistakes that have fingerprints
   * @param graded counts on the graded path
   * @param check counts on {@code check()}'s path, variants of mistakes its visible tests catch only
   * @param discarded variants that did not compile or that the tests cannot call (not counted)
   * @param failures a line for each wrong diagnosis and each variant not recognised, to read
   */
  public record Lab(String lab, int mistakes, Counts graded, Counts check, int discarded, List<String> failures) {}

  private DiagnosisPrecision() {}

  /** Measures diagnosis on the lab whose reference is {@code source}, untouched notebook {@code untouched}, suite {@code suite}. */
  public static Lab measure(Path source, Path untouched, Path suite, MutationScore.Lab measured) {
    KnownMistakes known = MistakeFingerprints.of(suite, measured);
    Checker checker = Checker.of(Suite.in(suite));
    NotebookFile reference = NotebookFile.read(source);
    List<String> failures = new ArrayList<>();
    Tally graded = new Tally();
    Tally check = new Tally();
    for (NotebookFile notebook : untouched != null && Files.isRegularFile(untouched)
        ? List.of(reference, NotebookFile.read(untouched)) : List.of(reference)) {
      for (ExerciseReport report : checker.checkAll(notebook.exercises(), notebook.imports(), Checker.ALL)) {
        graded.expectNone(known.diagnose(report), report.exercise() + " of a notebook that has no mistake", failures);
        check.expectNone(known.diagnose(visible(report)), report.exercise() + " (check) of a notebook that has no mistake",
            failures);
      }
    }
    int discarded = 0;
    for (MutationScore.Outcome outcome : measured.outcomes()) {
      Mistake mistake = outcome.mistake();
      if (!outcome.verdict().caught()) {
        continue;
      }
      KnownMistake self = known.of(mistake.exercise()).stream().filter(k -> k.name().equals(mistake.name()))
          .findFirst().orElseThrow();
      KnownMistakes others = known.without(mistake.exercise(), mistake.name());
      graded.expectNoneOrSame(others.diagnose(outcome.report()), self, "leave-one-out " + mistake.name(), failures);
      check.expectNoneOrSame(others.diagnose(visible(outcome.report())), self, "leave-one-out (check) " + mistake.name(),
          failures);
      for (Variant variant : variants(suite, mistake)) {
        ExerciseReport report = checker.check(mistake.exercise(), replace(reference.exercises(), mistake, variant.source()),
            reference.imports(), Checker.ALL);
        if (doesNotCompile(report)) {
          discarded++;
          failures.add("discarded (does not compile): " + mistake.exercise() + "/" + mistake.name() + " " + variant.kind());
          continue;
        }
        String what = mistake.exercise() + "/" + mistake.name() + " " + variant.kind();
        graded.expectSame(known.diagnose(report), self, what, failures);
        if (outcome.verdict() == MutationScore.Verdict.CAUGHT_BY_CHECK) {
          check.expectSame(known.diagnose(visible(report)), self, what + " (check)", failures);
        }
      }
    }
    return new Lab(measured.lab(), known.all().size(), graded.counts(), check.counts(), discarded, failures);
  }

  private record Variant(String kind, String source) {}

  private static List<Variant> variants(Path suite, Mistake mistake) {
    List<Variant> variants = new ArrayList<>();
    Variants.of(mistake.cell().source()).forEach((kind, text) -> variants.add(new Variant(kind, text)));
    Path folder = suite.resolve(Mistake.FOLDER).resolve(mistake.exercise()).resolve(VARIANTS);
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file);
          String first = text.lines().findFirst().orElse("");
          if (first.matches("//\\s*Variant of:\\s*" + java.util.regex.Pattern.quote(mistake.name()) + "\\s*")) {
            variants.add(new Variant("by hand: " + file.getFileName(), text.substring(text.indexOf('\n') + 1)));
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("could not read the variants in " + folder, e);
      }
    }
    return variants;
  }

  private static List<ExerciseCell> replace(List<ExerciseCell> cells, Mistake mistake, String source) {
    List<ExerciseCell> replaced = new ArrayList<>();
    for (ExerciseCell cell : cells) {
      replaced.add(cell.id().equals(mistake.exercise()) ? new ExerciseCell(cell.id(), source) : cell);
    }
    return replaced;
  }

  private static ExerciseReport visible(ExerciseReport report) {
    return new ExerciseReport(report.exercise(),
        report.results().stream().filter(r -> r.visibility().equals(Visibility.VISIBLE)).toList());
  }

  private static boolean doesNotCompile(ExerciseReport report) {
    return report.results().stream().anyMatch(r -> r.message().contains("does not compile")
        || r.message().startsWith("the tests cannot call your code") || r.message().startsWith("the tests could not be"));
  }

  /** Running counts. */
  private static final class Tally {
    int variants;
    int recognised;
    int diagnoses;
    int wrong;

    void expectNone(Optional<Diagnosis> found, String what, List<String> failures) {
      found.ifPresent(d -> {
        diagnoses++;
        wrong++;
        failures.add("wrong diagnosis " + d.names() + " for " + what);
      });
    }

    void expectNoneOrSame(Optional<Diagnosis> found, KnownMistake self, String what, List<String> failures) {
      found.ifPresent(d -> {
        diagnoses++;
        if (!d.mistakes().stream().allMatch(m -> m.fingerprint().sameAs(self.fingerprint()))) {
          wrong++;
          failures.add("wrong diagnosis " + d.names() + " for " + what);
        }
      });
    }

    void expectSame(Optional<Diagnosis> found, KnownMistake self, String what, List<String> failures) {
      variants++;
      if (found.isEmpty()) {
        failures.add("not recognised: " + what);
        return;
      }
      diagnoses++;
      Diagnosis d = found.get();
      if (d.mistakes().stream().anyMatch(m -> m.name().equals(self.name())
          || m.fingerprint().sameAs(self.fingerprint()))) {
        recognised++;
      } else {
        wrong++;
        failures.add("wrong diagnosis " + d.names() + " for " + what);
      }
    }

    Counts counts() {
      return new Counts(variants, recognised, diagnoses, wrong);
    }
  }

  /** Returns the per-lab table of {@code labs} as Markdown, with a total row. */
  public static String table(List<Lab> labs) {
    StringBuilder text = new StringBuilder("| lab | known mistakes | variants | recall | precision | variants (check) "
        + "| recall (check) | precision (check) | discarded variants |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Counts graded = new Counts(0, 0, 0, 0);
    Counts check = new Counts(0, 0, 0, 0);
    int mistakes = 0;
    int discarded = 0;
    for (Lab lab : labs) {
      text.append(row(lab.lab(), lab.mistakes(), lab.graded(), lab.check(), lab.discarded()));
      graded = graded.plus(lab.graded());
      check = check.plus(lab.check());
      mistakes += lab.mistakes();
      discarded += lab.discarded();
    }
    return text.append(row("**all**", mistakes, graded, check, discarded)).toString();
  }

  private static String row(String lab, int mistakes, Counts graded, Counts check, int discarded) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %d | %s | %s | %d |%n", lab, mistakes,
        graded.variants(), percent(graded.recognised(), graded.variants()),
        percent(graded.diagnoses() - graded.wrong(), graded.diagnoses()), check.variants(),
        percent(check.recognised(), check.variants()), percent(check.diagnoses() - check.wrong(), check.diagnoses()),
        discarded);
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * part / whole, part, whole);
  }

  /** Returns the table as it stands in {@code grader/README.md}, between {@link #BEGIN} and {@link #END}. */
  public static String readmeSection(String table) {
    return BEGIN + "\n" + table + END;
  }
}
