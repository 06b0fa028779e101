package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a released lab into a student's home, {@code ~/01-perceptron/}, as the student (so the
 * files are theirs and a planted link leads nowhere the student could not write), never replacing
 * a file that is already there: a re-run leaves every edited copy alone.
 */
public final class Handout {
  /** Creates the folder, then writes stdin into the file only when no file or link has that name. */
  private static final String COPY_IF_ABSENT =
      "mkdir -p -- \"$1\" && if [ -e \"$2\" ] || [ -L \"$2\" ]; then exit 3; fi; set -C; cat > \"$2\"";

  private Handout() {}

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
      String target = account.home().resolve(lab.folder()).resolve(file.getFileName().toString()).toString();
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
      AsUser.Result result = AsUser.run(account, List.of("/bin/sh", "-c", COPY_IF_ABSENT, "sh",
          account.home().resolve(lab.folder()).toString(), target), content, 4096);
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
