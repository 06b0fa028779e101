package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fashion-MNIST loading, on small IDX files written by the test: the real data are not needed. */
class FashionMnistTest {
  @TempDir
  Path dir;

  private void writeTestSet(Path folder, int n) throws IOException {
    IdxFiles.images(folder.resolve("t10k-images-idx3-ubyte.gz"), n, 28, 28);
    IdxFiles.labels(folder.resolve("t10k-labels-idx1-ubyte.gz"), n);
  }

  @Test
  void loadsImagesAndLabelsFromTheFirstFolderThatHasThem() throws IOException {
    writeTestSet(dir, 12);
    List<FashionMnist.Location> path = List.of(new FashionMnist.Location(dir.resolve("absent"), "nowhere"),
        new FashionMnist.Location(dir, "test folder"));
    Dataset test = FashionMnist.load(false, Integer.MAX_VALUE, path);
    assertEquals("fashion-mnist test", test.name());
    assertArrayEquals(new int[] {12, 784}, test.features().shape());
    assertEquals("pixel_27_27", test.featureNames().get(783));
    assertEquals("Ankle boot", test.classNames().get(9));
    assertEquals(9, test.labels()[9]);
    assertTrue(test.features().max() <= 1);
    assertEquals(5, FashionMnist.load(false, 5, path).size());
  }

  @Test
  void theSystemPropertyOverridesTheSearch() throws IOException {
    writeTestSet(dir, 3);
    String before = System.getProperty(FashionMnist.PROPERTY);
    System.setProperty(FashionMnist.PROPERTY, dir.toString());
    try {
      assertEquals(3, Datasets.fashionMnist(false).size());
    } finally {
      if (before == null) {
        System.clearProperty(FashionMnist.PROPERTY);
      } else {
        System.setProperty(FashionMnist.PROPERTY, before);
      }
    }
  }

  @Test
  void searchPathIsPropertyThenEnvironmentThenDebian() {
    List<FashionMnist.Location> path = FashionMnist.searchPath("/p", "/e");
    assertEquals(List.of(Path.of("/p"), Path.of("/e"), Path.of("/usr/share/datasets/fashion-mnist")),
        path.stream().map(FashionMnist.Location::dir).toList());
    assertEquals(1, FashionMnist.searchPath(null, " ").size());
  }

  @Test
  void missingFilesNameEveryPlaceLookedAndHowToGetThem() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path absent = dir.resolve("absent");
    List<FashionMnist.Location> path = List.of(new FashionMnist.Location(empty, "system property dlkit.fashion.dir"),
        new FashionMnist.Location(absent, "Debian package dataset-fashion-mnist"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FashionMnist.load(true, Integer.MAX_VALUE, path));
    String n = System.lineSeparator();
    assertEquals("Fashion-MNIST training set not found: looked for train-images-idx3-ubyte.gz and"
        + " train-labels-idx1-ubyte.gz (or unzipped) in" + n
        + "  " + empty + " (system property dlkit.fashion.dir): no train-images-idx3-ubyte.gz and no"
        + " train-labels-idx1-ubyte.gz" + n
        + "  " + absent + " (Debian package dataset-fashion-mnist): no such folder" + n
        + "To get it: sudo apt-get install dataset-fashion-mnist" + n
        + "or put the four files from https://github.com/zalandoresearch/fashion-mnist in a folder and set the"
        + " system property dlkit.fashion.dir to it (in a notebook: System.setProperty(\"dlkit.fashion.dir\","
        + " \"/path/to/folder\")) or the environment variable DLKIT_FASHION_DIR.", e.getMessage());
  }

  @Test
  void imagesAndLabelsOfDifferentLengthsDoNotBelongTogether() throws IOException {
    IdxFiles.images(dir.resolve("t10k-images-idx3-ubyte.gz"), 4, 28, 28);
    IdxFiles.labels(dir.resolve("t10k-labels-idx1-ubyte.gz"), 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FashionMnist.load(false, Integer.MAX_VALUE, List.of(new FashionMnist.Location(dir, "test"))));
    assertTrue(e.getMessage().contains("has 4 images but"), e.getMessage());
    assertTrue(e.getMessage().endsWith("has 3 labels; the files do not belong together"), e.getMessage());
  }
}
