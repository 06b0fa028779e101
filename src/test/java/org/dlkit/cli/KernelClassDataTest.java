package org.dlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's class-data archive is used while fresh, re-recorded when a jar is newer, and skipped for folders. */
class KernelClassDataTest {
  /** Stands in for java: exits 0 at once and records nothing, so the test never waits for a real JVM. */
  private static final String NO_RECORDING_JAVA = "/bin/true";

  @Test
  void aFreshArchiveBesideTheJarIsUsedAsItIs(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("dlkit.jar"), "jar");
    Path dependency = Files.writeString(dir.resolve("dep.jar"), "jar");
    Path archive = Files.writeString(dir.resolve(KernelClassData.fileFor(NO_RECORDING_JAVA)), "archive");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(dependency, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));
    assertEquals(archive, KernelClassData.ensure(NO_RECORDING_JAVA, jar + File.pathSeparator + dependency));
    assertEquals("archive", Files.readString(archive));
  }

  @Test
  void aJarNewerThanTheArchiveMakesItStale(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("dlkit.jar"), "jar");
    Path archive = Files.writeString(dir.resolve(KernelClassData.fileFor(NO_RECORDING_JAVA)), "archive");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
    // The recording "JVM" writes nothing, so there is no archive to use, and no temporary file is left behind.
    assertNull(KernelClassData.ensure(NO_RECORDING_JAVA, jar.toString()));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void aClassPathWithAFolderHasNoArchive(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("dlkit.jar"), "jar");
    Files.writeString(dir.resolve(KernelClassData.fileFor(NO_RECORDING_JAVA)), "archive");
    Path classes = Files.createDirectory(dir.resolve("classes"));
    assertNull(KernelClassData.ensure(NO_RECORDING_JAVA, classes + File.pathSeparator + jar));
    Files.writeString(dir.resolve(KernelClassData.fileFor(dir.resolve("no-java").toString())), "archive");
    assertNull(KernelClassData.ensure(dir.resolve("no-java").toString(), jar.toString()));
  }
}
