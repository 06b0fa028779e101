package org.dlkit.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Unix account as the password database knows it.
 *
 * @param user the login name
 * @param uid its user id
 * @param gid its primary group id
 * @param comment the GECOS field; accounts dlkit created start with {@value #MARK}
 * @param home its home folder
 */
public record Account(String user, int uid, int gid, String comment, Path home) {
  /** How the GECOS field of every account dlkit hub created begins. */
  public static final String MARK = "dlkit hub";

  /** Returns whether dlkit hub created this account (and so may change or remove it). */
  public boolean ours() {
    return comment.startsWith(MARK);
  }

  /** Returns the account {@code user} names, from {@code getent passwd}, or empty when there is none. */
  public static Optional<Account> lookup(String user) {
    try {
      Process getent = new ProcessBuilder("getent", "passwd", user).redirectErrorStream(true).start();
      String line = new String(getent.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!getent.waitFor(30, TimeUnit.SECONDS) || getent.exitValue() != 0 || line.isEmpty()) {
        return Optional.empty();
      }
      String[] f = line.split(":", -1);
      if (f.length < 7 || !f[0].equals(user)) {
        return Optional.empty();
      }
      return Optional.of(new Account(f[0], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], Path.of(f[5])));
    } catch (IOException e) {
      throw new IllegalStateException("could not run getent to look up the account " + user + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while looking up " + user, e);
    }
  }
}
