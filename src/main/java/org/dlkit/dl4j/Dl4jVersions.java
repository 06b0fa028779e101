package org.dlkit.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

/** Names what the DL4J peer runs on: DL4J's version and ND4J's BLAS, from the jars' Maven properties where ND4J cannot tell. */
final class Dl4jVersions {
  /** The version dlkit depends on, for when the jar does not say. */
  static final String DL4J_VERSION = "1.0.0-M2.1";

  private Dl4jVersions() {}

  /** Returns DL4J's version from its jar's Maven properties, or the version dlkit depends on. */
  static String dl4jVersion() {
    String version = mavenVersion("org.deeplearning4j", "deeplearning4j-nn");
    return version == null ? DL4J_VERSION : version;
  }

  /**
   * Names ND4J's BLAS, e.g. "openblas 0.3.19", or "nd4j-native" when it cannot tell. The OpenBLAS version
   * comes from the JavaCPP preset that ND4J loads it from (its version reads "0.3.19-1.5.7").
   */
  static String blasName(Environment environment) {
    try {
      Blas.Vendor vendor = Nd4j.factory().blas().getBlasVendor();
      if (vendor == null || vendor == Blas.Vendor.UNKNOWN) {
        return "nd4j-native";
      }
      String version = environment.blasMajorVersion() + "." + environment.blasMinorVersion() + "."
          + environment.blasPatchVersion();
      if (version.equals("0.0.0") && vendor == Blas.Vendor.OPENBLAS) {
        String preset = mavenVersion("org.bytedeco", "openblas");
        version = preset == null ? null : preset.split("-")[0];
      }
      return vendor.name().toLowerCase(Locale.ROOT) + (version == null ? "" : " " + version);
    } catch (RuntimeException unknown) {
      return "nd4j-native";
    }
  }

  /** Returns the version in a jar's {@code META-INF/maven/<group>/<artifact>/pom.properties}, or null. */
  static String mavenVersion(String group, String artifact) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream stream = Dl4jVersions.class.getResourceAsStream(resource)) {
      if (stream == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(stream);
      return properties.getProperty("version");
    } catch (IOException unreadable) {
      return null;
    }
  }
}
