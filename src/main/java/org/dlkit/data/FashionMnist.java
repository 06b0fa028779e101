package org.dlkit.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlkit.nd.NdArray;

/**
 * Finds and loads Fashion-MNIST (Zalando, 28x28 grey images of 10 kinds of clothing) from gzipped IDX
 * files. Looks in the folder named by the system property {@value #PROPERTY}, then the environment
 * variable {@value #ENV}, then where Debian's package {@code dataset-fashion-mnist} installs it.
 */
final class FashionMnist {
  static final String PROPERTY = "dlkit.fashion.dir";
  static final String ENV = "DLKIT_FASHION_DIR";
  static final Path DEBIAN_DIR = Path.of("/usr/share/datasets/fashion-mnist");
  static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
      "Shirt", "Sneaker", "Bag", "Ankle boot");

  private FashionMnist() {}

  /** Loads the first {@code limit} examples of the training (60,000) or test (10,000) set. */
  static Dataset load(boolean train, int limit) {
    return load(train, limit, searchPath(System.getProperty(PROPERTY), System.getenv(ENV)));
  }

  /** Returns the folders to look in, each with where it came from, in order. */
  static List<Location> searchPath(String property, String env) {
    List<Location> dirs = new ArrayList<>();
    if (property != null && !property.isBlank()) {
      dirs.add(new Location(Path.of(property), "system property " + PROPERTY));
    }
    if (env != null && !env.isBlank()) {
      dirs.add(new Location(Path.of(env), "environment variable " + ENV));
    }
    dirs.add(new Location(DEBIAN_DIR, "Debian package dataset-fashion-mnist"));
    return dirs;
  }

  /** Loads from the first folder that holds both files of the requested set. */
  static Dataset load(boolean train, int limit, List<Location> searchPath) {
    String prefix = train ? "train" : "t10k";
    String imagesName = prefix + "-images-idx3-ubyte";
    String labelsName = prefix + "-labels-idx1-ubyte";
    StringBuilder lookedAt = new StringBuilder();
    for (Location location : searchPath) {
      Path images = find(location.dir(), imagesName);
      Path labels = find(location.dir(), labelsName);
      if (images != null && labels != null) {
        return read(train ? "fashion-mnist train" : "fashion-mnist test", images, labels, limit);
      }
      List<String> missing = new ArrayList<>();
      if (images == null) {
        missing.add(imagesName + ".gz");
      }
      if (labels == null) {
        missing.add(labelsName + ".gz");
      }
      lookedAt.append(String.format("%n  %s (%s): %s", location.dir(), location.source(),
          Files.isDirectory(location.dir()) ? "no " + String.join(" and no ", missing) : "no such folder"));
    }
    throw new IllegalStateException(String.format("Fashion-MNIST %s set not found: looked for %s.gz and %s.gz"
        + " (or unzipped) in%s%nTo get it: sudo apt-get install dataset-fashion-mnist%n"
        + "or put the four files from https://github.com/zalandoresearch/fashion-mnist in a folder and set the"
        + " system property %s to it (in a notebook: System.setProperty(\"%s\", \"/path/to/folder\"))"
        + " or the environment variable %s.",
        train ? "training" : "test", imagesName, labelsName, lookedAt, PROPERTY, PROPERTY, ENV));
  }

  private static Path find(Path dir, String name) {
    for (String candidate : List.of(name + ".gz", name)) {
      Path file = dir.resolve(candidate);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  private static Dataset read(String name, Path imagesFile, Path labelsFile, int limit) {
    NdArray images = Idx.readImages(imagesFile, limit);
    int[] labels = Idx.readLabels(labelsFile, limit);
    if (labels.length != images.shape(0)) {
      throw new IllegalArgumentException(String.format("%s: %s has %d images but %s has %d labels;"
          + " the files do not belong together", name, imagesFile, images.shape(0), labelsFile, labels.length));
    }
    int side = (int) Math.round(Math.sqrt(images.shape(1)));
    List<String> pixels = new ArrayList<>();
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        pixels.add("pixel_" + r + "_" + c);
      }
    }
    if (pixels.size() != images.shape(1)) {
      pixels = Dataset.defaultFeatureNames(images.shape(1));
    }
    return Dataset.classification(name, images, labels, pixels, CLASSES);
  }

  /** A folder to look in and why: which setting or package names it. */
  record Location(Path dir, String source) {}
}
