package org.dlkit.autograd;

/**
 * A scope in which tensor operations record no graph, for evaluation and for hand-written
 * parameter updates. Use it with try-with-resources; scopes nest and are per thread.
 *
 * <pre>{@code
 * try (NoGrad scope = Tensor.noGrad()) {
 *   Tensor prediction = model.apply(x);   // no graph, no gradients
 * }
 * }</pre>
 */
public final class NoGrad implements AutoCloseable {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final int[] depth;
  private boolean closed;

  NoGrad() {
    depth = DEPTH.get();
    depth[0]++;
  }

  /** Returns true unless the current thread is inside a no-grad scope. */
  static boolean enabled() {
    return DEPTH.get()[0] == 0;
  }

  /** Leaves the scope; closing twice has no further effect. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      depth[0]--;
    }
  }
}
