package org.dlkit.grader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A student's id as the student wrote it (the notebook's file name without {@code .ipynb}, or the
 * folder's name), and the folder name it maps to. The mapping is injective: letters, digits,
 * {@code _}, {@code -} and {@code .} (but not a leading one) stay, every other character becomes
 * {@code %XX} per UTF-8 byte, so {@code 王芳} and {@code 李娜}, or {@code x y} and {@code x_y}, never
 * share a folder. An encoding longer than {@value #MAX_FOLDER} characters is cut and ends in
 * {@code ~} and a hash of the whole name.
 *
 * @param name the id as written, shown in the gradebook and the feedback
 * @param folder the name of the student's folder under {@code --out}: one path component, never {@code .} or {@code ..}
 */
record StudentId(String name, String folder) {
  /** The longest folder name, well below the 255 bytes file systems allow. */
  static final int MAX_FOLDER = 160;

  /** Checks that {@code folder} is {@code name}'s folder. */
  StudentId {
    if (!folder.equals(folderOf(name))) {
      throw new IllegalArgumentException("folder " + folder + " is not the folder of student " + name);
    }
  }

  /**
   * Returns the id {@code name} names.
   *
   * @throws IllegalArgumentException if {@code name} cannot be a student id, saying why and how to fix it
   */
  static StudentId of(String name) {
    String problem = problem(name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new StudentId(name, folderOf(name));
  }

  /**
   * Returns this student's folder in {@code parent}, checked to be a child of it.
   *
   * @throws IllegalStateException if the folder would lie anywhere else (which the encoding rules out)
   */
  Path folderIn(Path parent) {
    Path base = parent.toAbsolutePath().normalize();
    Path child = base.resolve(folder).normalize();
    if (!base.equals(child.getParent())) {
      throw new IllegalStateException("the folder of student " + printable(name) + " would be " + child
          + ", outside " + base);
    }
    return child;
  }

  /**
   * Returns why {@code name} cannot be a student id, or null when it can: it is empty, {@code .} or
   * {@code ..}, or holds a path separator or a control character.
   */
  static String problem(String name) {
    String fix = "; rename the submission to the student's login or name";
    if (name.isEmpty()) {
      return "the student id is empty (the file is named just .ipynb)" + fix;
    }
    if (name.equals(".") || name.equals("..")) {
      return "the student id '" + name + "' names a folder, not a student" + fix;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\') {
        return "the student id holds a path separator ('" + c + "')" + fix;
      }
      if (Character.isISOControl(c)) {
        return String.format("the student id holds a control character (U+%04X)", (int) c) + fix;
      }
    }
    return null;
  }

  /** Returns {@code name} as it can be printed on one line: control characters shown as {@code \\uXXXX}. */
  static String printable(String name) {
    StringBuilder text = new StringBuilder();
    name.chars().forEach(c -> text.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return text.toString();
  }

  private static String folderOf(String name) {
    StringBuilder folder = new StringBuilder();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean kept = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-'
          || b == '.' && i > 0;
      folder.append(kept ? String.valueOf((char) b) : String.format("%%%02X", b));
    }
    if (folder.length() <= MAX_FOLDER) {
      return folder.toString();
    }
    return folder.substring(0, MAX_FOLDER - 17) + "~" + hash(name);
  }

  private static String hash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
