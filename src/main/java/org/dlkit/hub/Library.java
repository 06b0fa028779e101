package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies dlkit's jar and its dependencies into a folder every student can read (the Maven repository
 * they come from is root's, mode 0750), laid out as the project's {@code target/}: {@code dlkit.jar}
 * and {@code lib/*.jar}. Returns the class path of the copies. A jar already copied with the same
 * size and time is left alone; two jars with one file name get distinct names.
 */
public final class Library {
  private Library() {}

  /** Copies each entry of {@code classpath} into {@code target} and returns the copies' class path. */
  public static String copy(String classpath, Path target) {
    List<String> copies = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Path lib = target.resolve("lib");
    try {
      Files.createDirectories(lib);
      Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
      for (String entry : classpath.split(java.io.File.pathSeparator)) {
        if (entry.isBlank()) {
          continue;
        }
        Path source = Path.of(entry);
        if (!Files.isRegularFile(source)) {
          throw new IllegalStateException("the class path entry " + source + " is not a jar; run dlkit from its built jar");
        }
        String name = source.getFileName().toString();
        for (int i = 2; !names.add(name); i++) {
          name = i + "-" + source.getFileName();
        }
        Path copy = name.equals("dlkit.jar") ? target.resolve(name) : lib.resolve(name);
        if (!Files.isRegularFile(copy) || Files.size(copy) != Files.size(source)
            || !Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(source))) {
          Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        copies.add(copy.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy dlkit's jars into " + lib + ": " + e.getMessage(), e);
    }
    return String.join(java.io.File.pathSeparator, copies);
  }
}
