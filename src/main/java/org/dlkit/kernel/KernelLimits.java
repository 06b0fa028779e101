package org.dlkit.kernel;

import java.util.Map;

/**
 * Reads the kernel's limits from its environment: {@value #MAX_MESSAGE_ENV} caps the size of one
 * incoming Jupyter message (in MB, default {@value #DEFAULT_MAX_MESSAGE_MB}); larger ones are
 * dropped unread.
 */
final class KernelLimits {
  static final String MAX_MESSAGE_ENV = "DLKIT_KERNEL_MAX_MESSAGE_MB";
  static final int DEFAULT_MAX_MESSAGE_MB = 64;

  private KernelLimits() {}

  /**
   * Returns the largest message, in bytes, the kernel reads.
   *
   * @throws IllegalArgumentException naming the variable when its value is not a positive whole number
   */
  static long maxMessageBytes(Map<String, String> environment) {
    String value = environment.get(MAX_MESSAGE_ENV);
    if (value == null || value.isBlank()) {
      return DEFAULT_MAX_MESSAGE_MB * 1024L * 1024L;
    }
    try {
      long megabytes = Long.parseLong(value.trim());
      if (megabytes > 0 && megabytes <= 4096) {
        return megabytes * 1024L * 1024L;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(MAX_MESSAGE_ENV + "=" + value
        + " is not a size in MB between 1 and 4096; unset it for the default of " + DEFAULT_MAX_MESSAGE_MB);
  }
}
