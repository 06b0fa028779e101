package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The hub's state folder (default {@code /srv/dlkit-hub}): {@code hub.json} and
 * {@code jupyterhub_config.py}, the hub's database, cookie secret, pid files and log, the
 * instructor's {@code passwords.csv} (root only), and, readable by students, {@code target/} (the
 * dlkit jar and {@code lib/}, its dependencies) and {@code share/jupyter/kernels/dlkit} (the kernel every
 * student's server sees through {@code JUPYTER_PATH}).
 */
public record HubState(Path folder) {
  /** The state folder used when none is given. */
  public static final Path DEFAULT = Path.of("/srv/dlkit-hub");

  /** Creates the folder: mode 0711, so students reach {@code lib/} and {@code share/} but list nothing. */
  public HubState create() {
    try {
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
      for (Path shared : new Path[] {jars(), jupyterPath()}) {
        Files.createDirectories(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the hub's state folder " + folder, e);
    }
  }

  public Path settings() {
    return folder.resolve("hub.json");
  }

  public Path config() {
    return folder.resolve("jupyterhub_config.py");
  }

  public Path passwords() {
    return folder.resolve("passwords.csv");
  }

  public Path log() {
    return folder.resolve("jupyterhub.log");
  }

  public Path pidFile() {
    return folder.resolve("jupyterhub.pid");
  }

  public Path proxyPidFile() {
    return folder.resolve("proxy.pid");
  }

  /** The jars students' kernels run on, laid out as the project's {@code target/} ({@code dlkit.jar}, {@code lib/}). */
  public Path jars() {
    return folder.resolve("target");
  }

  public Path jupyterPath() {
    return folder.resolve("share/jupyter");
  }

  /** Returns the name of the control groups this hub's servers run in: unique per state folder. */
  public String cgroupName() {
    return "dlkit-hub-" + Integer.toHexString(folder.toAbsolutePath().normalize().toString().hashCode());
  }
}
