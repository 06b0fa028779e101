package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a released lab into a student's home, {@code ~/notebooks/01-perceptron/}, as the student (so
 * the files are theirs and a planted link leads nowhere the student could not write), never replacing
 * a file that is already there: a re-run leaves every edited copy alone. {@code ~/target} links to
 * the hub's copy of dlkit's jars, where the labs' first cell looks for them, and {@code ~/grader} to
 * the suites {@code check()} runs (readable by students, as in the course folder).
 */
public final class Handout {
  /** Creates the folder, then writes stdin into the file only when no file or link has that name. */
  private static final String COPY_IF_ABSENT =
      "mkdir -p -- \"$1\" && if [ -e \"$2\" ] || [ -L \"$2\" ]; then exit 3; fi; set -C; cat > \"$2\"";

  /** Links {@code ~/target} to the jars unless something of that name is there (the student's choice). */
  private static final String LINK_IF_ABSENT = "[ -e \"$2\" ] || [ -L \"$2\" ] || ln -s -- \"$1\" \"$2\"";

  private Handout() {}

  /**
   * Links {@code ~/<name>} to {@code shared} as the student: {@code target} to the jars (dlkit.jar and
   * lib/), {@code grader} to the suites that check() runs.
   */
  public static void link(Path shared, String name, Account account) {
    AsUser.Result result = AsUser.run(account, List.of("/bin/sh", "-c", LINK_IF_ABSENT, "sh", shared.toString(),
        account.home().resolve(name).toString()), new byte[0], 4096);
    if (result.exit() != 0) {
      throw new IllegalStateException("could not link ~" + account.user() + "/" + name + " to " + shared + ": "
          + result.err());
    }
  }

  /** Copies the grader suites ({@code grader/<lab>}, without the mistakes corpus) to {@code target}, readable by all. */
  public static void shareSuites(Path grader, Path target) {
    try (Stream<Path> walk = Files.walk(grader)) {
      for (Path source : walk.filter(p -> !grader.relativize(p).toString().contains("mistakes")).toList()) {
        Path copy = target.resolve(grader.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(copy, java.nio.file.attribute.PosixFilePermissions.fromString(
            Files.isDirectory(copy) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy the grader suites into " + target, e);
    }
  }

  /** Returns how many files of {@code lab} were new to {@code account}'s home (the rest were kept). */
  public static int give(Lab lab, Account account) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(lab.released())) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + lab.released(), e);
    }
    int copied = 0;
    for (Path file : files) {
      String target = account.home().resolve(lab.folderInHome()).resolve(file.getFileName().toString()).toString();
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
      AsUser.Result result = AsUser.run(account, List.of("/bin/sh", "-c", COPY_IF_ABSENT, "sh",
          account.home().resolve(lab.folderInHome()).toString(), target), content, 4096);
      if (result.exit() == 0) {
        copied++;
      } else if (result.exit() != 3) {
        throw new IllegalStateException("could not copy " + file.getFileName() + " into " + account.user()
            + "'s home (" + target + "): " + result.err());
      }
    }
    return copied;
  }
}
