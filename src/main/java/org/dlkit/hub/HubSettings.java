package org.dlkit.hub;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The class's hub settings as {@code jupyterhub_config.py} reads them from {@code hub.json}: ports,
 * users, the admin API token and the limits. The hub's internal ports and the token stay the same
 * across runs, so servers that outlived a hub restart still reach the hub.
 */
public record HubSettings(String ip, int port, int hubPort, int proxyApiPort, List<String> students,
    List<String> instructors, String apiToken, String heap, int memoryMegabytes, int processes, int idleSeconds,
    String jupyterPath, String cgroupName) {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  /** Returns the settings for {@code roster} in {@code state}, keeping ports and token from an earlier run. */
  public static HubSettings of(HubState state, Roster roster, String ip, int port, Limits limits) {
    HubSettings earlier = read(state).orElse(null);
    int hubPort = earlier != null ? earlier.hubPort() : Ports.free();
    int proxyApiPort = earlier != null ? earlier.proxyApiPort() : Ports.free();
    String token = earlier != null ? earlier.apiToken() : Accounts.password() + Accounts.password() + Accounts.password();
    return new HubSettings(ip, port, hubPort, proxyApiPort, roster.students().stream().map(Member::user).toList(),
        roster.instructors().stream().map(Member::user).toList(), token, limits.heap(), limits.memoryMegabytes(),
        limits.processes(), limits.idleSeconds(), state.jupyterPath().toString(), state.cgroupName());
  }

  /** Returns the settings an earlier run wrote into {@code state}, if any. */
  public static java.util.Optional<HubSettings> read(HubState state) {
    Path file = state.settings();
    if (!Files.isRegularFile(file)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.ofNullable(GSON.fromJson(Files.readString(file), HubSettings.class));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Writes {@code hub.json} (root only: it holds the admin token) and the hub's configuration file. */
  public void write(HubState state) {
    try {
      Path file = state.settings();
      if (!Files.exists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(file, GSON.toJson(this), StandardCharsets.UTF_8);
      try (InputStream config = HubSettings.class.getResourceAsStream("jupyterhub_config.py")) {
        if (config == null) {
          throw new IllegalStateException("the dlkit jar lacks jupyterhub_config.py; rebuild it with ./dlkit");
        }
        Files.write(state.config(), config.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the hub's settings into " + state.folder(), e);
    }
  }

  /** Returns the URL students open, with {@code host} for a hub on every interface. */
  public String url(String host) {
    return "http://" + (ip.isEmpty() || ip.equals("0.0.0.0") ? host : ip) + ":" + port + "/";
  }
}
