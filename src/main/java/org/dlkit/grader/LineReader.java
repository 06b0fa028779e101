package org.dlkit.grader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads lines from a stream that may hold any amount of junk, cutting every line at a length limit. */
final class LineReader {
  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int end;

  LineReader(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Returns the next line, at most {@code limit} bytes of it, or null at the end of the stream. */
  String next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      if (position == end) {
        end = in.read(buffer);
        position = 0;
        if (end <= 0) {
          end = 0;
          return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }
      }
      while (position < end) {
        byte b = buffer[position++];
        if (b == '\n') {
          return line.toString(StandardCharsets.UTF_8);
        }
        if (line.size() < limit) {
          line.write(b);
        }
      }
    }
  }
}
