package org.dlkit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The imports every cell starts with: exactly IJava 1.3.0's, so that a notebook that runs on the
 * dlkit kernel also runs on IJava, and JJava's (IJava's plus {@code java.time.*}) when the
 * environment variable {@value #VARIABLE} is {@code jjava}, so that tests can run a notebook as
 * JJava would. A notebook imports everything else it uses in its own cells.
 */
final class DefaultImports {
  /** The environment variable that picks the set: {@code ijava} (the default) or {@code jjava}. */
  static final String VARIABLE = "DLKIT_KERNEL_IMPORTS";

  /** IJava 1.3.0's default imports (its ijava-jshell-init.jshell). */
  static final List<String> IJAVA = List.of(
      "import java.util.*;", "import java.io.*;", "import java.math.*;", "import java.net.*;",
      "import java.util.concurrent.*;", "import java.util.prefs.*;", "import java.util.regex.*;");

  /** JJava's default imports: IJava's and {@code java.time.*}. */
  static final List<String> JJAVA = with(IJAVA, "import java.time.*;");

  private DefaultImports() {}

  /**
   * Returns the imports named by {@code choice} ({@code ijava}, {@code jjava}, or null or blank for
   * IJava's).
   *
   * @throws IllegalArgumentException for any other choice, naming the variable and the choices
   */
  static List<String> named(String choice) {
    String name = choice == null ? "" : choice.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "", "ijava" -> IJAVA;
      case "jjava" -> JJAVA;
      default -> throw new IllegalArgumentException(VARIABLE + "=" + choice
          + " is not a known set of default imports; use ijava (IJava 1.3.0's, the default) or jjava (adds java.time.*)");
    };
  }

  /** Returns the set chosen by the environment, IJava's when {@value #VARIABLE} is not set. */
  static List<String> fromEnvironment() {
    return named(System.getenv(VARIABLE));
  }

  private static List<String> with(List<String> imports, String more) {
    List<String> all = new ArrayList<>(imports);
    all.add(more);
    return List.copyOf(all);
  }
}
