package org.dlkit.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's train section: per-step times of W1–W4 and epoch times of W3 and W4 for every available
 * contender in each precision it trains in, the contenders taking turns.
 */
public final class TrainComparison {
  private final List<Contender> contenders;
  private final boolean quick;

  /** Compares {@code contenders}; a quick comparison uses tiny data, a 16-unit hidden layer and few repeats. */
  public TrainComparison(List<Contender> contenders, boolean quick) {
    this.contenders = List.copyOf(contenders);
    this.quick = quick;
  }

  /** Runs every workload, adding rows, targets and notes to {@code report} and progress lines to {@code log}. */
  public void run(Report report, PrintWriter log) {
    List<String> systems = new ArrayList<>();
    for (Contender contender : contenders) {
      contender.unavailable().ifPresentOrElse(
          why -> report.note(contender.name() + " is left out of the train section: " + why),
          () -> systems.add(contender.version()));
    }
    report.note("train: " + String.join(", ", systems) + "; PyTorch and DL4J in child processes, dlkit in this JVM.");
    Interleaved timing = quick ? Interleaved.quick() : Interleaved.full();
    for (Workload workload : Workload.values()) {
      List<Interleaved.Entry> entries = prepare(workload, report, log);
      if (entries.isEmpty()) {
        continue;
      }
      report.target(new Target(workload + " step", "PyTorch", "f64", workload.target()));
      add(report, workload + " step", "µs/step", 1e6, timing.steps(workload, entries));
      log.printf(Locale.ROOT, "bench train: %s steps timed%n", workload);
      log.flush();
      if (workload.images()) {
        add(report, workload + " epoch", "s", 1, timing.epochs(workload, entries, quick ? 1 : 3));
        log.printf(Locale.ROOT, "bench train: %s epochs timed%n", workload);
        log.flush();
      }
    }
  }

  private List<Interleaved.Entry> prepare(Workload workload, Report report, PrintWriter log) {
    List<Interleaved.Entry> entries = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (Contender contender : contenders) {
      for (Precision precision : Precision.values()) {
        if (contender.unavailable().isPresent() || !contender.supports(precision)) {
          continue;
        }
        try {
          String source = contender.prepare(workload, precision, quick ? 256 : 60_000, quick ? 16 : 128);
          entries.add(new Interleaved.Entry(contender, precision));
          sources.add(contender.name() + " " + precision.label() + " on " + source);
        } catch (RuntimeException e) {
          report.note(String.format("%s: %s %s could not prepare: %s", workload, contender.name(), precision.label(),
              e.getMessage()));
        }
      }
    }
    report.note(workload + " (" + workload.description() + "): " + String.join("; ", sources) + ".");
    log.printf(Locale.ROOT, "bench train: %s prepared for %d contenders%n", workload, entries.size());
    log.flush();
    return entries;
  }

  private static void add(Report report, String measure, String unit, double scale, Map<Interleaved.Entry, double[]> samples) {
    samples.forEach((entry, seconds) -> {
      double[] scaled = new double[seconds.length];
      for (int i = 0; i < seconds.length; i++) {
        scaled[i] = seconds[i] * scale;
      }
      report.add(new Measurement("train", measure, entry.contender().name(), entry.precision().label(), unit, scaled));
    });
  }
}
