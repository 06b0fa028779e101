package org.dlkit.grader;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a submission's JVM was isolated, from the strongest to none. The grader probes the levels in
 * this order and grades with the first whose exact command starts a JVM here.
 */
enum Isolation {
  /** bubblewrap in a user namespace as the slot's own uid: no network, own pid, ipc and mount namespaces, no /proc. */
  FULL("full", "bubblewrap with user, pid, network, ipc and mount namespaces, its own uid, no /proc"),
  /** bubblewrap run by root without a user namespace (hosts that forbid them), dropping to the slot's uid inside. */
  NO_USER_NAMESPACE("no-user-namespace", "bubblewrap without a user namespace (pid, network, ipc and mount namespaces), "
      + "its own uid, no /proc"),
  /** No namespaces: a plain JVM as the slot's own uid, with the process and memory limits only. */
  OWN_USER("own-user", "no namespaces: its own uid with process and memory limits; network and file system open"),
  /** A plain JVM as the grader's own user. */
  NONE("none", "none: a plain JVM as the grader's user");

  private final String label;
  private final String description;

  Isolation(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** Returns the short name written to results.json and the gradebook, such as {@code full}. */
  String label() {
    return label;
  }

  /** Returns a sentence that says what this level isolates. */
  String description() {
    return description;
  }

  /** Returns whether bubblewrap's namespaces isolate the JVM (no network, read-only system) at this level. */
  boolean sandboxed() {
    return this == FULL || this == NO_USER_NAMESPACE;
  }

  /** Returns the level named {@code label}, or throws naming the levels there are. */
  static Isolation of(String label) {
    return Arrays.stream(values()).filter(level -> level.label.equals(label.toLowerCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown isolation level '" + label + "'; use one of: "
            + String.join(", ", Arrays.stream(values()).map(Isolation::label).toList())));
  }
}
