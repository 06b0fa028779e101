package org.dlkit.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Runs benchmark sections one after another into one {@link Report}. A section that fails leaves a
 * note naming it and the error, and the others still run, so one missing tool never costs the report.
 */
public final class BenchAll {
  private BenchAll() {}

  /**
   * One part of the report.
   *
   * @param name the section's name, as the report and {@code --only} spell it, e.g. {@code nd}
   * @param body the work: measures and adds rows and notes to the report, progress to the log
   */
  public record Section(String name, Body body) {}

  /** The work of a section. */
  @FunctionalInterface
  public interface Body {
    /** Measures into {@code report}, writing progress to {@code log}. */
    void run(Report report, PrintWriter log) throws Exception;
  }

  /** Runs {@code sections} in order into {@code report}, timing each, and returns the report. */
  public static Report run(Report report, List<Section> sections, PrintWriter log) {
    for (Section section : sections) {
      long start = System.nanoTime();
      log.printf(Locale.ROOT, "bench all: section %s...%n", section.name());
      log.flush();
      try {
        section.body().run(report, log);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        report.note("section " + section.name() + " was interrupted");
        break;
      } catch (Exception e) {
        report.note("section " + section.name() + " failed: " + e);
        log.printf(Locale.ROOT, "bench all: section %s failed: %s%n", section.name(), e);
      }
      log.printf(Locale.ROOT, "bench all: section %s took %.0f s%n", section.name(), (System.nanoTime() - start) / 1e9);
      log.flush();
    }
    return report;
  }
}
