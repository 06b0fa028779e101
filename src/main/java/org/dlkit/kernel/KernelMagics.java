package org.dlkit.kernel;

import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.kernel.util.GlobFinder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Implements IJava's line magics: {@code %jars}, {@code %classpath}, {@code %maven} and
 * {@code %load}. Each works through kernel calls, never through code run in JShell.
 */
final class KernelMagics {
  private final CellEvaluator evaluator;
  private final CellRunner runner;

  private KernelMagics(CellEvaluator evaluator, CellRunner runner) {
    this.evaluator = evaluator;
    this.runner = runner;
  }

  /** Registers the magics in {@code magics}. */
  static void register(Magics magics, CellEvaluator evaluator, CellRunner runner) {
    KernelMagics kernelMagics = new KernelMagics(evaluator, runner);
    magics.registerLineMagic("jars", kernelMagics::jars);
    magics.registerLineMagic("classpath", kernelMagics::classpath);
    magics.registerLineMagic("maven", kernelMagics::maven);
    magics.registerLineMagic("load", kernelMagics::load);
  }

  /** {@code %jars glob...}: adds every jar matching each glob; a glob matching none is an error. */
  private Object jars(List<String> globs) throws IOException {
    requireArgs(globs, "%jars needs at least one jar path or glob, for example %jars lib/*.jar");
    for (String glob : globs) {
      List<Path> jars = new ArrayList<>();
      for (Path file : matches(glob, false)) {
        if (file.toString().endsWith(".jar")) {
          jars.add(file);
        }
      }
      if (jars.isEmpty()) {
        throw new IllegalArgumentException("no jar matches '" + glob + "' (relative to " + workingDir() + ")");
      }
      jars.forEach(jar -> evaluator.addToClasspath(jar.toAbsolutePath().toString()));
    }
    return null;
  }

  /** {@code %classpath path...}: adds folders and jars; entries may be globs or path lists. */
  private Object classpath(List<String> args) throws IOException {
    requireArgs(args, "%classpath needs at least one folder or jar, for example %classpath target/classes");
    for (String arg : args) {
      for (String entry : arg.split(File.pathSeparator)) {
        if (entry.isBlank()) {
          continue;
        }
        List<Path> paths = matches(entry, true);
        if (paths.isEmpty()) {
          throw new IllegalArgumentException("nothing matches '" + entry + "' (relative to " + workingDir() + ")");
        }
        paths.forEach(path -> evaluator.addToClasspath(path.toAbsolutePath().toString()));
      }
    }
    return null;
  }

  /** {@code %maven group:artifact:version...}: resolves each with its dependencies and adds all jars. */
  private Object maven(List<String> coordinates) {
    requireArgs(coordinates, "%maven needs coordinates, for example %maven org.apache.commons:commons-lang3:3.14.0");
    for (Path jar : MavenResolver.resolve(coordinates)) {
      evaluator.addToClasspath(jar.toString());
    }
    return null;
  }

  /** {@code %load file}: runs a file's contents as a cell and returns its value. */
  private Object load(List<String> args) throws IOException, CellException {
    if (args.size() != 1) {
      throw new IllegalArgumentException("%load needs exactly one file, for example %load helpers.jsh");
    }
    Path file = Path.of(expandHome(args.get(0)));
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file.toAbsolutePath());
    }
    return runner.run(Files.readString(file));
  }

  /** Returns the files (or, with {@code withFolders}, also folders) matching a glob; none if its folder is missing. */
  private static List<Path> matches(String glob, boolean withFolders) throws IOException {
    List<Path> paths = new ArrayList<>();
    GlobFinder finder = new GlobFinder(expandHome(glob));
    try {
      (withFolders ? finder.computeMatchingPaths() : finder.computeMatchingFiles()).forEach(paths::add);
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return paths;
  }

  private static void requireArgs(List<String> args, String message) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException(message);
    }
  }

  private static String expandHome(String path) {
    return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
  }

  private static Path workingDir() {
    return Path.of("").toAbsolutePath();
  }
}
