package org.dlkit.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for the tests: unsigned-byte images and labels, gzipped like Fashion-MNIST. */
final class IdxFiles {
  private IdxFiles() {}

  /** Returns the bytes of an unsigned-byte IDX file with the given dimensions and values. */
  static byte[] bytes(int magic, int[] dims, byte[] values) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(magic);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(values);
    }
    return buffer.toByteArray();
  }

  /** Writes n images of rows × cols pixels, pixel k of image i being (i * 7 + k) mod 256. */
  static Path images(Path file, int n, int rows, int cols) throws IOException {
    byte[] pixels = new byte[n * rows * cols];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < rows * cols; k++) {
        pixels[i * rows * cols + k] = (byte) ((i * 7 + k) % 256);
      }
    }
    return gzip(file, bytes(0x00000803, new int[] {n, rows, cols}, pixels));
  }

  /** Writes the labels 0, 1, 2, ... (mod 10). */
  static Path labels(Path file, int n) throws IOException {
    byte[] labels = new byte[n];
    for (int i = 0; i < n; i++) {
      labels[i] = (byte) (i % 10);
    }
    return gzip(file, bytes(0x00000801, new int[] {n}, labels));
  }

  /** Writes {@code content} gzipped. */
  static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  /** Writes only the first {@code keep} bytes of {@code content}, gzipped. */
  static Path truncated(Path file, byte[] content, int keep) throws IOException {
    return gzip(file, Arrays.copyOf(content, keep));
  }
}
