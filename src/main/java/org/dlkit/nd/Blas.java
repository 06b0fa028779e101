package org.dlkit.nd;

/** Tells which BLAS implementation dlkit's matrix products run on. */
public final class Blas {
  private Blas() {}

  /**
   * Returns the implementation's class name: {@code JNIBLAS} (native, e.g. OpenBLAS),
   * {@code VectorBLAS} (Java Vector API), or {@code F2jBLAS} / {@code JavaBLAS} (plain Java).
   */
  public static String implementation() {
    return Gemm.BLAS_INSTANCE.getClass().getSimpleName();
  }
}
