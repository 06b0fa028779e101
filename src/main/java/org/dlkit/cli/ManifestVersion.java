package org.dlkit.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads dlkit's version from the jar manifest, or answers "dev" when running from classes. */
final class ManifestVersion implements IVersionProvider {

  /** Returns the manifest's Implementation-Version, or "dev" when there is none. */
  static String current() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** Returns the line {@code dlkit --version} prints. */
  @Override
  public String[] getVersion() {
    return new String[] {"dlkit " + current()};
  }
}
