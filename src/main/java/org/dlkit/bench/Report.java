package org.dlkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the rows of a benchmark run and writes them as {@code report.md} (one table per section, a
 * summary of the targets, the notes) and {@code report.csv} (one line per row). Every row carries
 * dlkit's ratio to it: dlkit's median over the row's median for the same measure.
 */
public final class Report {
  private final Machine machine;
  private final boolean quick;
  private final String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  private final List<Measurement> rows = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Starts an empty report of a run on {@code machine}; a quick run's figures are marked as meaningless. */
  public Report(Machine machine, boolean quick) {
    this.machine = machine;
    this.quick = quick;
  }

  /** Adds a row. */
  public void add(Measurement row) {
    rows.add(row);
  }

  /** Adds a target that dlkit's row of the same measure is judged by. */
  public void target(Target target) {
    targets.add(target);
  }

  /** Adds a note, e.g. why a peer or a section is missing. */
  public void note(String note) {
    notes.add(note);
  }

  /** Returns the rows so far, in the order they were added. */
  public List<Measurement> rows() {
    return List.copyOf(rows);
  }

  /** Returns the notes so far. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Returns dlkit's median over {@code row}'s median for the same measure, or empty when dlkit has no such row. */
  public Optional<Double> dlkitRatio(Measurement row) {
    return rows.stream().filter(r -> r.system().equals("dlkit") && r.measure().equals(row.measure()))
        .findFirst().map(dlkit -> dlkit.median() / row.median());
  }

  /** Writes {@code report.md} and {@code report.csv} into {@code folder} and returns the Markdown file. */
  public Path write(Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("report.csv"), csv(), StandardCharsets.UTF_8);
      Path markdown = folder.resolve("report.md");
      Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
      return markdown;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the benchmark report into " + folder, e);
    }
  }

  /** Returns the report as Markdown. */
  public String markdown() {
    StringBuilder md = new StringBuilder("# dlkit benchmark report\n\n");
    md.append(String.format(Locale.ROOT, "Run %s on %s, %d cores; JDK %s; dlkit's BLAS: %s.%s%n%n", started,
        machine.cpu(), machine.cores(), machine.jdk(), machine.blas(),
        quick ? " **Quick run: tiny sizes and few repeats, the figures mean nothing.**" : ""));
    md.append("Each figure is the median of repeated timed batches after a warm-up, with the range beside it. The"
        + " systems of one measure ran interleaved (A B C A B C ...), so drift of the machine hits them alike."
        + " *dlkit ÷ this* is dlkit's median over the row's: below 1 dlkit takes less time, or for GFLOP/s"
        + " reaches that fraction of the row's throughput.\n\n");
    summary(md);
    Set<String> sections = new LinkedHashSet<>();
    rows.forEach(r -> sections.add(r.section()));
    for (String section : sections) {
      md.append("## ").append(section).append("\n\n");
      md.append("| measure | system | precision | median | min – max | dlkit ÷ this |\n|---|---|---|---:|---:|---:|\n");
      for (Measurement r : rows) {
        if (r.section().equals(section)) {
          md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s %s | %s – %s | %s |%n", r.measure(), r.system(),
              r.precision(), number(r.median()), r.unit(), number(r.min()), number(r.max()),
              r.system().equals("dlkit") ? "" : dlkitRatio(r).map(Report::ratio).orElse("")));
        }
      }
      md.append('\n');
    }
    if (!notes.isEmpty()) {
      md.append("## Notes\n\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  private void summary(StringBuilder md) {
    List<String> lines = new ArrayList<>();
    for (Target target : targets) {
      rows.stream().filter(target::concerns).findFirst().ifPresent(peer -> dlkitRatio(peer).ifPresent(ratio -> {
        Measurement dlkit = rows.stream().filter(r -> r.system().equals("dlkit") && r.measure().equals(peer.measure()))
            .findFirst().orElseThrow();
        boolean up = peer.higherIsBetter();
        lines.add(String.format(Locale.ROOT, "| %s | %s %s | %s %s %s | %s | %s | %s |", peer.measure(),
            number(dlkit.median()), dlkit.unit(), number(peer.median()), peer.system(), peer.precision(), ratio(ratio),
            target.label(up), target.met(ratio, up) ? "met" : "missed"));
      }));
    }
    if (!lines.isEmpty()) {
      md.append("## Targets\n\n| measure | dlkit | peer | dlkit ÷ peer | target | |\n|---|---:|---:|---:|---:|---|\n");
      lines.forEach(l -> md.append(l).append('\n'));
      md.append('\n');
    }
  }

  /** Returns the report as CSV, one line per row, with the machine on every line. */
  public String csv() {
    StringBuilder csv = new StringBuilder("section,measure,system,precision,unit,median,min,max,samples,dlkit_ratio,jdk,cpu,cores,blas\n");
    for (Measurement r : rows) {
      csv.append(String.join(",", quote(r.section()), quote(r.measure()), quote(r.system()), quote(r.precision()),
          quote(r.unit()), plain(r.median()), plain(r.min()), plain(r.max()), Integer.toString(r.samples().length),
          r.system().equals("dlkit") ? "" : dlkitRatio(r).map(Report::plain).orElse(""), quote(machine.jdk()),
          quote(machine.cpu()), Integer.toString(machine.cores()), quote(machine.blas()))).append('\n');
    }
    return csv.toString();
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static String plain(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  /** Formats a figure with three significant digits and thousands separators, e.g. 1,161 or 0.0352. */
  static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return magnitude >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3g", value);
  }
}
