package org.dlkit.grader;

import java.util.regex.Pattern;

/**
 * Names the jars only the class report's similarity check loads (JPlag, its Java module, its JSON
 * library), which stay off the sandbox's class path and out of the Gradescope bundle. It loads
 * nothing but the JDK, since the bundle's grader runs it too.
 */
final class ReportOnlyJars {
  private static final Pattern REPORT_ONLY = Pattern.compile(
      "(jplag|java-\\d|language-api-\\d|jackson-(databind|core|annotations)-2|metainf-services).*\\.jar");

  private ReportOnlyJars() {}

  /** Returns whether the jar named {@code jarName} serves only the class report, so grading never needs it on its class path. */
  static boolean reportOnly(String jarName) {
    return REPORT_ONLY.matcher(jarName).matches();
  }
}
