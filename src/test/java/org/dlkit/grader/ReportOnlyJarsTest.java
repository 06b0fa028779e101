package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The similarity check's JPlag stays off the class path that student code is graded with. */
class ReportOnlyJarsTest {
  @Test
  void jplagIsOnTheGraderClassPathButNotTheSandboxes() {
    assertTrue(System.getProperty("java.class.path").contains("jplag-"), "the test JVM has JPlag (else this proves nothing)");
    List<Path> sandbox = Grader.sandboxClassPath();
    assertFalse(sandbox.isEmpty());
    for (Path entry : sandbox) {
      String name = entry.getFileName().toString();
      assertFalse(name.startsWith("jplag-") || name.startsWith("language-api-") || name.matches("java-\\d.*")
          || name.startsWith("jackson-databind"), entry + " is on the sandbox class path");
    }
    assertTrue(sandbox.stream().anyMatch(p -> p.getFileName().toString().startsWith("junit-jupiter-api")),
        "the libraries grading needs stay");
  }

  @Test
  void onlyTheReportsJarsAreReportOnly() {
    for (String jar : new String[] {"jplag-4.3.0.jar", "java-4.3.0.jar", "language-api-4.3.0.jar",
        "jackson-databind-2.14.2.jar", "metainf-services-1.9.jar"}) {
      assertTrue(ReportOnlyJars.reportOnly(jar), jar);
    }
    for (String jar : new String[] {"dlkit.jar", "javaparser-core-3.25.jar", "junit-jupiter-api-5.11.4.jar",
        "gson-2.10.1.jar", "xchart-3.8.8.jar"}) {
      assertFalse(ReportOnlyJars.reportOnly(jar), jar);
    }
  }
}
