package org.dlkit.kernel;

/**
 * Locates positions of one piece of Java code inside the notebook cell it came from, so that
 * errors name the cell line a student sees.
 *
 * @param text the code that was evaluated
 * @param firstLine the cell line (1-based) on which {@code text} starts
 */
record CellSource(String text, int firstLine) {

  /** Returns the cell line (1-based) holding the character at {@code offset} of {@link #text}. */
  int lineAt(int offset) {
    int line = firstLine;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Returns the offset in {@link #text} where the line holding {@code offset} starts. */
  int lineStart(int offset) {
    int clamped = Math.min(Math.max(offset, 0), text.length());
    return text.lastIndexOf('\n', clamped - 1) + 1;
  }

  /** Returns the text of the line holding {@code offset}, without its line break. */
  String lineText(int offset) {
    int start = lineStart(offset);
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end).stripTrailing();
  }
}
