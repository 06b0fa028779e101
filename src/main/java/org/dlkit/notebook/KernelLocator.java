package org.dlkit.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the kernel a notebook runs on by reflection, so that dlkit compiles without IJava or
 * JJava: it calls each known static accessor in turn and returns the first kernel that is running.
 */
final class KernelLocator {
  /** A static, no-argument method that returns a kernel, and the kernel it belongs to. */
  record Accessor(String kernelName, String className, String methodName) {
    String describe() {
      return kernelName + " (" + className + "." + methodName + "())";
    }
  }

  /** IJava 1.3.0, then JJava 1.0 milestones, then later JJava releases. */
  static final List<Accessor> KNOWN = List.of(
      new Accessor("IJava", "io.github.spencerpark.ijava.IJava", "getKernelInstance"),
      new Accessor("JJava", "org.dflib.jjava.JJava", "getKernelInstance"),
      new Accessor("JJava", "org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel"));

  /** A running kernel and the accessor that returned it. */
  record Found(Accessor accessor, Object kernel) {}

  private KernelLocator() {}

  /**
   * Returns the first running kernel among {@code accessors}.
   *
   * @throws IllegalStateException naming every accessor tried and what each gave
   */
  static Found find(List<Accessor> accessors) {
    List<String> tried = new ArrayList<>();
    for (Accessor accessor : accessors) {
      Class<?> type = load(accessor.className());
      if (type == null) {
        tried.add(accessor.describe() + ": not on the classpath");
        continue;
      }
      try {
        Method method = type.getMethod(accessor.methodName());
        Object kernel = method.invoke(null);
        if (kernel != null) {
          return new Found(accessor, kernel);
        }
        tried.add(accessor.describe() + ": on the classpath but no kernel is running");
      } catch (NoSuchMethodException | IllegalAccessException e) {
        tried.add(accessor.describe() + ": no such public method in this version");
      } catch (InvocationTargetException e) {
        tried.add(accessor.describe() + ": failed with " + e.getCause());
      }
    }
    throw new IllegalStateException("Notebook.setup(): found no running Jupyter kernel to attach to. Tried "
        + String.join("; ", tried) + ". Run setup() inside a notebook cell on IJava 1.3.0 or JJava; "
        + "the dlkit kernel needs no setup() (it calls Notebook.attach itself).");
  }

  private static Class<?> load(String name) {
    Set<ClassLoader> loaders = new LinkedHashSet<>();
    loaders.add(KernelLocator.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    for (ClassLoader loader : loaders) {
      try {
        return Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next loader
      }
    }
    return null;
  }
}
