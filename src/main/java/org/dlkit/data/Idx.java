package org.dlkit.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.dlkit.nd.NdArray;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST, plain or gzipped (detected from the first bytes).
 *
 * <p>An IDX file starts with a magic number: two zero bytes, a type code (0x08 unsigned byte, 0x09 byte,
 * 0x0B short, 0x0C int, 0x0D float, 0x0E double) and the number of dimensions; then each dimension as a
 * big-endian int; then the values in row-major order. Images are {@code idx3} ([images, rows, columns])
 * and labels {@code idx1} ([labels]), both unsigned bytes.
 *
 * <pre>{@code
 * NdArray x = Idx.readImages(Path.of("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")); // [10000, 784]
 * int[] y = Idx.readLabels(Path.of("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz"));
 * }</pre>
 *
 * <p>Format problems (wrong magic number, wrong number of dimensions, a file shorter than its header
 * promises) throw {@link IllegalArgumentException}; a missing or unreadable file throws
 * {@link UncheckedIOException}. Every message names the file.
 */
public final class Idx {
  private static final int UNSIGNED_BYTE = 0x08;

  private Idx() {}

  /** Returns the whole file as an array of the shape its header gives, values unscaled (0..255 for bytes). */
  public static NdArray read(Path file) {
    return read(file, Integer.MAX_VALUE);
  }

  /** Returns at most {@code limit} entries along the first axis, values unscaled. */
  public static NdArray read(Path file, int limit) {
    checkLimit(file, limit);
    try (DataInputStream in = open(file)) {
      Header header = Header.read(in, file);
      return NdArray.of(header.readValues(in, file, limit), header.shape(limit));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Returns the images of an idx3 file as [images, rows × columns], pixels scaled from 0..255 to 0..1. */
  public static NdArray readImages(Path file) {
    return readImages(file, Integer.MAX_VALUE);
  }

  /** Returns the first {@code limit} images (all if there are fewer) as [images, rows × columns], scaled to 0..1. */
  public static NdArray readImages(Path file, int limit) {
    checkLimit(file, limit);
    try (DataInputStream in = open(file)) {
      Header header = Header.read(in, file).expect(file, 3, "images: [images, rows, columns]",
          "is it a label file (…-labels-idx1-ubyte.gz)?");
      double[] pixels = header.readValues(in, file, limit);
      for (int i = 0; i < pixels.length; i++) {
        pixels[i] /= 255.0;
      }
      int[] shape = header.shape(limit);
      return NdArray.of(pixels, shape[0], shape[1] * shape[2]);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Returns the labels of an idx1 file. */
  public static int[] readLabels(Path file) {
    return readLabels(file, Integer.MAX_VALUE);
  }

  /** Returns the first {@code limit} labels (all if there are fewer) of an idx1 file. */
  public static int[] readLabels(Path file, int limit) {
    checkLimit(file, limit);
    try (DataInputStream in = open(file)) {
      Header header = Header.read(in, file).expect(file, 1, "labels: [labels]",
          "is it an image file (…-images-idx3-ubyte.gz)?");
      return Arrays.stream(header.readValues(in, file, limit)).mapToInt(v -> (int) v).toArray();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Opens the file, unzipping it when it starts with the gzip magic bytes 1f 8b. */
  private static DataInputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return new DataInputStream(gzipped ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in);
  }

  private static void checkLimit(Path file, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("Idx: limit must be >= 0 (the number of entries to read from "
          + file + "), got " + limit);
    }
  }

  private static RuntimeException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UncheckedIOException("Idx: " + file + " does not exist", e);
    }
    if (e instanceof EOFException) {
      String where = e.getMessage() == null ? "the file stops early" : "the gzip stream stops early: " + e.getMessage();
      return new IllegalArgumentException("Idx: " + file + " is truncated: it ends before the data its header"
          + " announces (" + where + "); download or install it again", e);
    }
    return new UncheckedIOException("Idx: cannot read " + file + ": " + e, e);
  }

  /** The magic number's type code and the dimensions that follow it. */
  private record Header(int type, int[] dims) {
    static Header read(DataInputStream in, Path file) throws IOException {
      int magic = in.readInt();
      int type = (magic >>> 8) & 0xff;
      int ndim = magic & 0xff;
      if ((magic >>> 16) != 0 || bytesPerValue(type) == 0 || ndim == 0) {
        throw new IllegalArgumentException(String.format("Idx: %s is not an IDX file: its magic number is 0x%08x,"
            + " but an IDX file starts with two zero bytes, a type code (0x08 for unsigned bytes) and the number"
            + " of dimensions, e.g. 0x00000803 for images and 0x00000801 for labels", file, magic));
      }
      int[] dims = new int[ndim];
      for (int i = 0; i < ndim; i++) {
        dims[i] = in.readInt();
        if (dims[i] < 0) {
          throw new IllegalArgumentException("Idx: " + file + " has a negative size " + dims[i]
              + " for dimension " + i + " in its header; the file is corrupt");
        }
      }
      return new Header(type, dims);
    }

    /** Checks the number of dimensions and that the values are unsigned bytes. */
    Header expect(Path file, int ndim, String what, String hint) {
      if (dims.length != ndim || type != UNSIGNED_BYTE) {
        throw new IllegalArgumentException(String.format("Idx: %s should hold %s of unsigned bytes (%d dimensions,"
            + " type 0x08) but its header says %d dimensions %s of type 0x%02x; %s",
            file, what, ndim, dims.length, Arrays.toString(dims), type, hint));
      }
      return this;
    }

    /** Returns the shape with the first dimension cut to {@code limit}. */
    int[] shape(int limit) {
      int[] shape = dims.clone();
      shape[0] = Math.min(shape[0], limit);
      return shape;
    }

    /** Reads the values of the first {@code limit} entries along axis 0. */
    double[] readValues(DataInputStream in, Path file, int limit) throws IOException {
      long count = 1;
      for (int d : shape(limit)) {
        count *= d;
      }
      long bytes = count * bytesPerValue(type);
      if (bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(String.format("Idx: %s holds %s = %d values, too many for one"
            + " array; read fewer with a limit", file, Arrays.toString(shape(limit)), count));
      }
      byte[] raw = new byte[(int) bytes];
      int got = in.readNBytes(raw, 0, raw.length);
      if (got < raw.length) {
        throw new IllegalArgumentException(String.format("Idx: %s is truncated: its header %s announces %d bytes"
            + " of data but the file ends after %d; download or install it again",
            file, Arrays.toString(dims), bytes, got));
      }
      return decode(ByteBuffer.wrap(raw), (int) count);
    }

    private double[] decode(ByteBuffer buffer, int count) {
      double[] values = new double[count];
      for (int i = 0; i < count; i++) {
        values[i] = switch (type) {
          case UNSIGNED_BYTE -> buffer.get() & 0xff;
          case 0x09 -> buffer.get();
          case 0x0B -> buffer.getShort();
          case 0x0C -> buffer.getInt();
          case 0x0D -> buffer.getFloat();
          default -> buffer.getDouble();
        };
      }
      return values;
    }

    private static int bytesPerValue(int type) {
      return switch (type) {
        case UNSIGNED_BYTE, 0x09 -> 1;
        case 0x0B -> 2;
        case 0x0C, 0x0D -> 4;
        case 0x0E -> 8;
        default -> 0;
      };
    }
  }
}
