package org.dlkit.kernel;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads the classes JShell compiles from cells, instrumented by {@link LoopInstrumenter}, and the
 * jars that magics add; its parent is the kernel's own class loader, so cells share dlkit's
 * classes with the kernel.
 */
final class SnippetLoader implements LoaderDelegate {
  private final CellClassLoader loader;
  private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

  SnippetLoader(ClassLoader parent) {
    this.loader = new CellClassLoader(parent);
  }

  /** Returns the class loader of cell code, the one to use as context class loader for cells. */
  ClassLoader classLoader() {
    return loader;
  }

  @Override
  public void load(ClassBytecodes[] classes) throws ClassInstallException {
    boolean[] installed = new boolean[classes.length];
    try {
      for (ClassBytecodes c : classes) {
        loader.declare(c.name(), LoopInstrumenter.instrument(c.bytecodes()));
      }
      for (int i = 0; i < classes.length; i++) {
        Class<?> type = loader.loadClass(classes[i].name());
        loaded.put(classes[i].name(), type);
        installed[i] = true;
        type.getDeclaredMethods(); // links the class now, so errors surface at load time
      }
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ClassInstallException("could not load cell classes: " + e, installed);
    }
  }

  @Override
  public void classesRedefined(ClassBytecodes[] classes) {
    for (ClassBytecodes c : classes) {
      loader.declare(c.name(), LoopInstrumenter.instrument(c.bytecodes()));
    }
  }

  @Override
  public void addToClasspath(String classpath) throws InternalException {
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        loader.addURL(new File(entry).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new InternalException("not a class path entry: " + entry + " (" + e.getMessage() + ")");
      }
    }
  }

  @Override
  public Class<?> findClass(String name) throws ClassNotFoundException {
    Class<?> type = loaded.get(name);
    if (type == null) {
      throw new ClassNotFoundException(name + " was not loaded from a cell");
    }
    return type;
  }

  /** A URL class loader that also defines the declared cell classes from their bytes. */
  private static final class CellClassLoader extends URLClassLoader {
    static {
      ClassLoader.registerAsParallelCapable();
    }

    private final Map<String, byte[]> declared = new ConcurrentHashMap<>();

    CellClassLoader(ClassLoader parent) {
      super("dlkit-cells", new URL[0], parent);
    }

    void declare(String name, byte[] bytes) {
      declared.put(name, bytes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = declared.get(name);
      if (bytes == null) {
        return super.findClass(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected void addURL(URL url) {
      super.addURL(url);
    }
  }
}
