package org.dlkit.kernel;

import org.dlkit.notebook.Notebook;

/**
 * Runs a kernel's first cells without Jupyter, then exits: run under
 * {@code -XX:ArchiveClassesAtExit}, it records the class-data archive that later kernels map at
 * start (JShell, javac, dlkit's renderers and library classes, already parsed and verified), so the
 * first cell result comes sooner. {@code dlkit} records it once per build of the jar.
 */
public final class KernelWarmUp {
  private KernelWarmUp() {}

  /** Evaluates a trivial cell, a library cell and a displayed array, as a notebook's first cells do. */
  public static void main(String[] args) throws Exception {
    KernelMain.quietLogging();
    DlkitKernel kernel = new DlkitKernel();
    Notebook.attach(kernel);
    kernel.eval("1 + 1");
    kernel.eval("import org.dlkit.nd.*;\nimport org.dlkit.autograd.*;\nvar x = NdArray.of(1, 2, 3);");
    kernel.eval("Tensor.param(x).mul(Tensor.of(x)).sum()");
    kernel.eval("x.add(1)");
    System.exit(0);
  }
}
