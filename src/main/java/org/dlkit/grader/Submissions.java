package org.dlkit.grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Collects the notebooks to grade, nbgrader's collect stage: a folder of {@code .ipynb} files (the
 * student id is the file name), a folder of one folder per student (Gradescope's export, the id is
 * the folder name), or a {@code .zip} of either. Each id is derived here, once, and checked.
 */
final class Submissions {
  private static final long MAX_UNZIPPED = 2L << 30;

  private Submissions() {}

  /**
   * The submissions found: each valid student's notebook, and the submissions that cannot be graded
   * under their name, with why.
   *
   * @param notebooks student → notebook, sorted by name
   * @param refused student name as written → why it is not graded, sorted by name
   */
  record Collected(Map<StudentId, Path> notebooks, Map<String, String> refused) {
    Collected {
      notebooks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notebooks));
      refused = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }

    /** Returns whether nothing was found, graded or refused. */
    boolean isEmpty() {
      return notebooks.isEmpty() && refused.isEmpty();
    }
  }

  /**
   * Returns the notebooks in {@code input} by student; a zip is unpacked into {@code scratch}. A
   * name that cannot be a student id ({@linkplain StudentId#problem why}), or that two submissions
   * share (a file and a folder), is refused rather than graded.
   */
  static Collected collect(Path input, Path scratch) {
    if (!Files.exists(input)) {
      throw new IllegalArgumentException("no submissions at " + input + ": give a folder of .ipynb files or a .zip of them");
    }
    Path folder = input;
    if (Files.isRegularFile(input)) {
      if (!input.toString().toLowerCase().endsWith(".zip")) {
        throw new IllegalArgumentException(input + " is neither a folder nor a .zip of submissions");
      }
      folder = unzip(input, scratch.resolve("unzipped"));
    }
    List<Path> entries = list(folder).stream().filter(e -> !e.getFileName().toString().equals("__MACOSX")).toList();
    if (entries.size() == 1 && Files.isDirectory(entries.get(0)) && isClassFolder(entries.get(0))) {
      return collect(entries.get(0), scratch);
    }
    Map<String, List<Path>> byName = new java.util.TreeMap<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (Files.isRegularFile(entry) && name.endsWith(".ipynb")) {
        byName.computeIfAbsent(name.substring(0, name.length() - ".ipynb".length()), n -> new ArrayList<>()).add(entry);
      } else if (Files.isDirectory(entry) && !name.startsWith(".") && !name.equals("__MACOSX")) {
        notebookIn(entry).ifPresent(notebook -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(notebook));
      }
    }
    Path root = folder;
    Map<StudentId, Path> notebooks = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    byName.forEach((name, found) -> {
      String problem = StudentId.problem(name);
      if (problem == null && found.size() > 1) {
        problem = found.size() + " submissions have this student id (" + String.join(", ",
            found.stream().map(f -> root.relativize(f).toString()).toList()) + "); keep one and grade again";
      }
      if (problem == null) {
        notebooks.put(StudentId.of(name), found.get(0));
      } else {
        refused.put(name, problem);
      }
    });
    return new Collected(notebooks, refused);
  }

  /** Returns whether a lone folder holds a class (several notebooks, or folders) rather than one student's work. */
  private static boolean isClassFolder(Path folder) {
    List<Path> inside = list(folder);
    return inside.stream().filter(f -> f.toString().endsWith(".ipynb")).count() > 1
        || inside.stream().anyMatch(f -> Files.isDirectory(f) && !f.getFileName().toString().startsWith("."));
  }

  private static java.util.Optional<Path> notebookIn(Path folder) {
    try (Stream<Path> files = Files.walk(folder, 3)) {
      return files.filter(f -> f.toString().endsWith(".ipynb") && !f.toString().contains(".ipynb_checkpoints"))
          .sorted().findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + folder, e);
    }
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + folder, e);
    }
  }

  /** Unpacks {@code zip} into {@code target}, refusing entries that would land outside it. */
  static Path unzip(Path zip, Path target) {
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      Files.createDirectories(target);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IllegalArgumentException(zip + " holds " + entry.getName() + ", which points outside the archive");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
          continue;
        }
        Files.createDirectories(file.getParent());
        total += copy(in, file);
        if (total > MAX_UNZIPPED) {
          throw new IllegalArgumentException(zip + " unpacks to more than 2 GB; is it really a folder of notebooks?");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + zip + ": " + e.getMessage(), e);
    }
    return target;
  }

  private static long copy(InputStream in, Path file) throws IOException {
    return Files.copy(new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // keep the zip stream open for the next entry
      }
    }, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
