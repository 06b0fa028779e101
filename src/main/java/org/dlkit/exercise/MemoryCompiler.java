package org.dlkit.exercise;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with {@code javax.tools}, annotation processing off, against the
 * class path dlkit itself runs with, keeping the classes in memory.
 */
public final class MemoryCompiler {
  /**
   * One file manager per thread, kept for the life of the JVM: it caches the class path's jar
   * indexes, which a fresh one would read again on every compile.
   */
  private static final ThreadLocal<StandardJavaFileManager> STANDARD = ThreadLocal.withInitial(() -> {
    StandardJavaFileManager files = ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, Locale.ROOT,
        java.nio.charset.StandardCharsets.UTF_8);
    try {
      files.setLocation(javax.tools.StandardLocation.CLASS_PATH,
          java.util.Arrays.stream(classPath().split(File.pathSeparator)).map(File::new).toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not set the class path for compiling exercises", e);
    }
    return files;
  });

  private final Map<String, byte[]> classes = new HashMap<>();
  /** One error javac reported: the source's name, the line, and javac's message. */
  public record Problem(String source, long line, String message) {}

  /**
   * Compiles {@code sources} (file name → Java text) and keeps their classes; returns javac's errors,
   * empty when everything compiled. Classes compiled earlier are on the class path of later calls.
   */
  public List<Problem> compile(Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
          + "); run dlkit on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    // Submission compiled again loses the nested classes of its earlier version: their cells may be gone.
    if (sources.containsKey(SubmissionSource.CLASS_NAME + ".java")) {
      classes.keySet().removeIf(c -> c.equals(SubmissionSource.CLASS_NAME)
          || c.startsWith(SubmissionSource.CLASS_NAME + "$"));
    }
    List<String> options = List.of("-proc:none", "-g", "-nowarn", "-encoding", "UTF-8");
    javac.getTask(null, new ClassCollector(STANDARD.get()), diagnostics, options, null, units).call();
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        String name = diagnostic.getSource() == null ? "" : ((Source) diagnostic.getSource()).name;
        problems.add(new Problem(name, diagnostic.getLineNumber(), diagnostic.getMessage(Locale.ROOT)));
      }
    }
    return problems;
  }

  /** Returns every class compiled so far, binary name → bytes. */
  public Map<String, byte[]> classes() {
    return Map.copyOf(classes);
  }

  /**
   * Returns {@code bytes} (a class file) without its debug information (source file, line numbers,
   * local variable names), as javac's {@code -g:none} would have compiled it.
   */
  static byte[] withoutDebugInfo(byte[] bytes) {
    org.objectweb.asm.ClassReader reader = new org.objectweb.asm.ClassReader(bytes);
    org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
    reader.accept(writer, org.objectweb.asm.ClassReader.SKIP_DEBUG);
    return writer.toByteArray();
  }

  /** Returns a class loader for {@code compiled} classes (binary name → bytes) that sees {@code parent}'s. */
  public static ClassLoader loader(ClassLoader parent, Map<String, byte[]> compiled) {
    return new ClassLoader("dlkit-exercise", parent) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = compiled.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /**
   * Returns the class path to compile against: the JVM's, plus the jars that hold dlkit and JUnit
   * when they were loaded some other way (IJava's {@code %jars} adds them to JShell only).
   */
  static String classPath() {
    Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
    for (Class<?> anchor : List.of(MemoryCompiler.class, org.junit.jupiter.api.Test.class,
        org.junit.jupiter.api.Assertions.class, org.junit.platform.commons.annotation.Testable.class,
        org.opentest4j.AssertionFailedError.class, org.apiguardian.api.API.class)) {
      try {
        var location = anchor.getProtectionDomain().getCodeSource().getLocation();
        entries.add(Path.of(location.toURI()).toString());
      } catch (URISyntaxException | NullPointerException | SecurityException e) {
        // the JVM's class path already has it, or it came from somewhere javac cannot read
      }
    }
    entries.remove("");
    return String.join(File.pathSeparator, entries);
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String name;
    private final String text;

    Source(String name, String text) {
      super(URI.create("string:///" + name), Kind.SOURCE);
      this.name = name;
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Keeps compiled classes in memory, and lists the ones compiled earlier to javac. */
  private final class ClassCollector extends ForwardingJavaFileManager<StandardJavaFileManager> {
    ClassCollector(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
        boolean recurse) throws java.io.IOException {
      Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
      if (location != javax.tools.StandardLocation.CLASS_PATH || !packageName.isEmpty()
          || !kinds.contains(JavaFileObject.Kind.CLASS)) {
        return listed;
      }
      List<JavaFileObject> all = new ArrayList<>();
      listed.forEach(all::add);
      classes.forEach((name, bytes) -> {
        if (!name.contains(".")) {
          all.add(new Compiled(name, bytes));
        }
      });
      return all;
    }

    /** Leaves the shared file manager open for the next compile. */
    @Override
    public void close() {
      // the thread's StandardJavaFileManager outlives this compile
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
      return file instanceof Compiled compiled ? compiled.binaryName : super.inferBinaryName(location, file);
    }
  }

  /** A class compiled by an earlier call, offered to javac as input. */
  private static final class Compiled extends SimpleJavaFileObject {
    private final String binaryName;
    private final byte[] bytes;

    Compiled(String binaryName, byte[] bytes) {
      super(URI.create("mem:///" + binaryName + ".class"), Kind.CLASS);
      this.binaryName = binaryName;
      this.bytes = bytes;
    }

    @Override
    public java.io.InputStream openInputStream() {
      return new java.io.ByteArrayInputStream(bytes);
    }
  }
}
