package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder the grader creates with {@link Files#createTempDirectory} and deletes, with
 * everything in it, when closed: the only folders the grader ever deletes. With the system property
 * {@code dlkit.grade.keep} set, it is kept for a look.
 */
final class ScratchFolder implements AutoCloseable {
  private final Path path;

  private ScratchFolder(Path path) {
    this.path = path;
  }

  /** Creates a new folder named {@code prefix...} in the system's temporary folder. */
  static ScratchFolder create(String prefix) {
    try {
      return new ScratchFolder(Files.createTempDirectory(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary folder (" + prefix + "...) in "
          + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** Creates a new folder named {@code prefix...} in {@code parent}. */
  static ScratchFolder createIn(Path parent, String prefix) {
    try {
      return new ScratchFolder(Files.createTempDirectory(parent, prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary folder (" + prefix + "...) in " + parent, e);
    }
  }

  /** Returns the folder. */
  Path path() {
    return path;
  }

  /** Deletes the folder and what it holds, without following links; what cannot be deleted stays. */
  @Override
  public void close() {
    if (Boolean.getBoolean("dlkit.grade.keep") || !Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> files = Files.walk(path)) {
      all = files.sorted(Comparator.reverseOrder()).toList();
    } catch (IOException | UncheckedIOException e) {
      return;
    }
    for (Path file : all) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // left for the system's temporary-folder cleanup
      }
    }
  }
}
