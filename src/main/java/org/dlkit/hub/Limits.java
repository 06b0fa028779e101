package org.dlkit.hub;

/**
 * What one student may use: the kernel JVM's maximum heap, the memory and processes (threads
 * count) of the whole single-user server with its kernels, and how long a kernel or a server may
 * sit idle before it is shut down.
 *
 * @param heap the kernel's {@code -Xmx}, such as {@code 768m}
 * @param memoryMegabytes the memory limit of the server and everything it starts, in MiB
 * @param processes the limit on processes and threads of the server and everything it starts
 * @param idleSeconds idle time before a kernel, and then a server without activity, is shut down
 */
public record Limits(String heap, int memoryMegabytes, int processes, int idleSeconds) {
  /** Defaults that let 20 students share a 24 GiB machine with room to spare. */
  public static final Limits DEFAULT = new Limits("768m", 1536, 512, 3600);

  /** Checks each limit, naming the option and its rule. */
  public Limits {
    if (!heap.matches("[1-9][0-9]*[kKmMgG]?")) {
      throw new IllegalArgumentException("--heap " + heap + " is not a heap size such as 768m or 1g");
    }
    if (memoryMegabytes < 256) {
      throw new IllegalArgumentException("--memory " + memoryMegabytes + " is too small; give at least 256 MiB");
    }
    if (heapMegabytes(heap) + 256 > memoryMegabytes) {
      throw new IllegalArgumentException("--memory " + memoryMegabytes + " MiB leaves no room beside a heap of " + heap
          + "; give at least the heap plus 256 MiB (the JVM's own memory and the notebook server)");
    }
    if (processes < 64) {
      throw new IllegalArgumentException("--processes " + processes + " is too few; a kernel JVM alone runs ~40 threads");
    }
    if (idleSeconds < 60) {
      throw new IllegalArgumentException("--idle " + idleSeconds + " s is under a minute; give 60 or more");
    }
  }

  static long heapMegabytes(String heap) {
    char unit = Character.toLowerCase(heap.charAt(heap.length() - 1));
    long number = Long.parseLong(Character.isDigit(unit) ? heap : heap.substring(0, heap.length() - 1));
    return switch (unit) {
      case 'g' -> number * 1024;
      case 'm' -> number;
      case 'k' -> number / 1024;
      default -> number >> 20;
    };
  }
}
