package org.dlkit.cli;

import org.dlkit.exercise.Suite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlkit.grader.MutationScore;
import org.dlkit.grader.Release;

/**
 * {@code dlkit grade --mutations LAB}: grades each lab's reference solution and its corpus of
 * wrong solutions, prints the per-exercise table, writes each mistake's verdict, and can put the
 * table into {@code grader/README.md} between its markers.
 */
final class Mutations {
  private Mutations() {}

  /** Measures {@code lab} ("all" for every lab) and returns 0 when every mistake is caught and every reference earns full marks, else 1. */
  static int run(Path home, String lab, Path out, boolean writeReadme, PrintWriter print) {
    List<MutationScore.Lab> labs = new ArrayList<>();
    for (Path source : Release.sources(home.resolve("labs"))) {
      String folder = source.getParent().getFileName().toString();
      Path suite = home.resolve("grader").resolve(folder);
      if (lab.equals("all") || suite.equals(Suite.labFolder(home.resolve("grader"), lab))) {
        labs.add(MutationScore.measure(source, suite));
      }
    }
    if (labs.isEmpty()) {
      throw new IllegalArgumentException("--mutations " + lab + ": no lab of that name under " + home.resolve("labs"));
    }
    String table = MutationScore.table(labs);
    print.print(table);
    try {
      Files.createDirectories(out);
      for (MutationScore.Lab measured : labs) {
        Files.writeString(out.resolve(measured.lab() + ".md"), MutationScore.details(measured), StandardCharsets.UTF_8);
      }
      if (writeReadme) {
        if (!lab.equals("all")) {
          throw new IllegalArgumentException("--write-readme needs --mutations all: the README's table covers every lab");
        }
        writeTable(home.resolve("grader/README.md"), table);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the mutation report to " + out, e);
    }
    print.println("each mistake's verdict and first failing message: " + out);
    print.flush();
    boolean clean = labs.stream().allMatch(l -> l.referenceFailures().isEmpty()
        && l.outcomes().stream().allMatch(o -> o.verdict().caught() && o.alsoLost().isEmpty()));
    return clean ? 0 : 1;
  }

  private static void writeTable(Path readme, String table) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(MutationScore.BEGIN);
    int end = text.indexOf(MutationScore.END);
    String section = MutationScore.readmeSection(table);
    String updated = begin < 0 || end < begin ? text.stripTrailing() + "\n\n## Wrong solutions caught\n\n" + section + "\n"
        : text.substring(0, begin) + section + text.substring(end + MutationScore.END.length());
    Files.writeString(readme, updated, StandardCharsets.UTF_8);
  }
}
