package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {
  @TempDir
  Path dir;

  @Test
  void readsGzippedImagesFlattenedAndScaledToZeroOne() throws IOException {
    Path file = IdxFiles.images(dir.resolve("train-images-idx3-ubyte.gz"), 5, 3, 2);
    NdArray images = Idx.readImages(file);
    assertArrayEquals(new int[] {5, 6}, images.shape());
    assertArrayEquals(new double[] {7 / 255.0, 8 / 255.0, 9 / 255.0, 10 / 255.0, 11 / 255.0, 12 / 255.0},
        images.row(1).toArray(), 1e-15);
  }

  @Test
  void readKeepsTheHeaderShapeAndRawValues() throws IOException {
    Path file = IdxFiles.images(dir.resolve("images.gz"), 2, 3, 2);
    NdArray raw = Idx.read(file);
    assertArrayEquals(new int[] {2, 3, 2}, raw.shape());
    assertEquals(12, raw.get(1, 2, 1), 0.0);
  }

  @Test
  void readsLabelsAndHonoursALimit() throws IOException {
    Path file = IdxFiles.labels(dir.resolve("labels.gz"), 25);
    assertEquals(25, Idx.readLabels(file).length);
    assertArrayEquals(new int[] {0, 1, 2, 3}, Idx.readLabels(file, 4));
    assertEquals(3, Idx.readImages(IdxFiles.images(dir.resolve("i.gz"), 10, 2, 2), 3).shape(0));
  }

  @Test
  void readsUncompressedFilesToo() throws IOException {
    byte[] content = IdxFiles.bytes(0x00000801, new int[] {3}, new byte[] {9, 8, (byte) 200});
    Path file = Files.write(dir.resolve("labels"), content);
    assertArrayEquals(new int[] {9, 8, 200}, Idx.readLabels(file));
  }

  @Test
  void readsOtherValueTypes() throws IOException {
    byte[] shorts = {0, 1, (byte) 0xff, (byte) 0xfe}; // 1 and -2 as big-endian shorts
    Path file = Files.write(dir.resolve("shorts"), IdxFiles.bytes(0x00000B01, new int[] {2}, shorts));
    assertArrayEquals(new double[] {1, -2}, Idx.read(file).toArray(), 0.0);
  }

  @Test
  void aCorruptMagicNumberIsReportedWithTheFileName() throws IOException {
    Path file = IdxFiles.gzip(dir.resolve("corrupt.gz"), IdxFiles.bytes(0x12340803, new int[] {1, 1, 1}, new byte[1]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
    assertEquals("Idx: " + file + " is not an IDX file: its magic number is 0x12340803, but an IDX file starts with"
        + " two zero bytes, a type code (0x08 for unsigned bytes) and the number of dimensions, e.g. 0x00000803 for"
        + " images and 0x00000801 for labels", e.getMessage());
  }

  @Test
  void aTruncatedFileIsReportedWithHowMuchIsMissing() throws IOException {
    byte[] full = IdxFiles.bytes(0x00000803, new int[] {4, 2, 2}, new byte[16]);
    Path file = IdxFiles.truncated(dir.resolve("short.gz"), full, full.length - 6);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
    assertEquals("Idx: " + file + " is truncated: its header [4, 2, 2] announces 16 bytes of data but the file ends"
        + " after 10; download or install it again", e.getMessage());
  }

  @Test
  void aFileCutInsideTheHeaderIsTruncated() throws IOException {
    byte[] full = IdxFiles.bytes(0x00000803, new int[] {4, 2, 2}, new byte[16]);
    Path file = Files.write(dir.resolve("header"), Arrays.copyOf(full, 9));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
    assertEquals("Idx: " + file + " is truncated: it ends before the data its header announces (the file stops"
        + " early); download or install it again", e.getMessage());
  }

  @Test
  void aBrokenGzipStreamIsTruncated() throws IOException {
    Path whole = IdxFiles.images(dir.resolve("whole.gz"), 50, 8, 8);
    byte[] gz = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
    assertTrue(e.getMessage().startsWith("Idx: " + file + " is truncated: it ends before the data its header"
        + " announces (the gzip stream stops early"), e.getMessage());
  }

  @Test
  void labelsReadAsImagesNameTheMixUp() throws IOException {
    Path file = IdxFiles.labels(dir.resolve("train-labels-idx1-ubyte.gz"), 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
    assertEquals("Idx: " + file + " should hold images: [images, rows, columns] of unsigned bytes (3 dimensions,"
        + " type 0x08) but its header says 1 dimensions [3] of type 0x08; is it a label file"
        + " (…-labels-idx1-ubyte.gz)?", e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("nothing.gz");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Idx.readLabels(file));
    assertEquals("Idx: " + file + " does not exist", e.getMessage());
  }

  @Test
  void aNegativeLimitIsRejected() {
    Path file = dir.resolve("x.gz");
    assertEquals("Idx: limit must be >= 0 (the number of entries to read from " + file + "), got -1",
        assertThrows(IllegalArgumentException.class, () -> Idx.readLabels(file, -1)).getMessage());
  }
}
