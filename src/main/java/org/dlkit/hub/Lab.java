package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A released lab as it sits in {@code notebooks/} and in each student's home: its folder name
 * ({@code 01-perceptron}) and its notebook's file name ({@code perceptron.ipynb}). A home mirrors the
 * project's layout, {@code ~/notebooks/01-perceptron/perceptron.ipynb} beside {@code ~/target}, so a
 * lab's first cell ({@code %classpath ../../target/dlkit.jar ../../target/lib/*.jar}) works unchanged.
 *
 * @param folder the lab's folder name, the same in the project's and a home's {@code notebooks/}
 * @param notebook the file name of the lab's notebook
 * @param released the lab's folder under {@code notebooks/}
 */
public record Lab(String folder, String notebook, Path released) {
  /**
   * Returns the lab {@code name} names in {@code notebooks}: {@code 01}, {@code 1} or
   * {@code 01-perceptron}.
   *
   * @throws IllegalArgumentException naming the labs there are when none matches
   */
  public static Lab find(Path notebooks, String name) {
    List<Path> folders = folders(notebooks);
    String wanted = name.strip().replaceAll("/+$", "");
    String number = wanted.matches("[0-9]") ? "0" + wanted : wanted;
    for (Path folder : folders) {
      String f = folder.getFileName().toString();
      if (f.equals(wanted) || f.startsWith(number + "-")) {
        return of(folder);
      }
    }
    throw new IllegalArgumentException("no lab '" + name + "' in " + notebooks + "; the labs are "
        + folders.stream().map(p -> p.getFileName().toString()).toList());
  }

  /** Returns every lab in {@code notebooks}, in order. */
  public static List<Lab> all(Path notebooks) {
    return folders(notebooks).stream().map(Lab::of).toList();
  }

  private static Lab of(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> notebooks = files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
      if (notebooks.size() != 1) {
        throw new IllegalArgumentException(folder + " holds " + notebooks.size() + " notebooks; a lab holds one");
      }
      return new Lab(folder.getFileName().toString(), notebooks.get(0).getFileName().toString(), folder);
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + folder, e);
    }
  }

  private static List<Path> folders(Path notebooks) {
    try (Stream<Path> entries = Files.list(notebooks)) {
      return entries.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("[0-9]{2}-.+"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the released labs in " + notebooks
          + " (run dlkit from its folder, or dlkit release first)", e);
    }
  }

  /** The folder in a home that holds the labs, as {@code notebooks/} does in the project. */
  public static final String HOME_FOLDER = "notebooks";

  /** Returns the lab folder's path relative to a home: {@code notebooks/01-perceptron}. */
  public String folderInHome() {
    return HOME_FOLDER + "/" + folder;
  }

  /** Returns the notebook's path relative to a home: {@code notebooks/01-perceptron/perceptron.ipynb}. */
  public String inHome() {
    return folderInHome() + "/" + notebook;
  }
}
