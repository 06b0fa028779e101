package org.dlkit.exercise;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Java source parsed by javac without compiling it: the syntax tree, where each node starts, and
 * the syntax errors.
 *
 * @param unit the syntax tree
 * @param positions the source positions of its nodes
 * @param errors javac's syntax errors, in order; empty when the text parsed cleanly
 */
record Parsed(CompilationUnitTree unit, SourcePositions positions, List<MemoryCompiler.Problem> errors) {
  /** Parses {@code text}; syntax errors leave holes in the tree rather than failing. */
  static Parsed parse(String name, String text) {
    List<MemoryCompiler.Problem> errors = new java.util.ArrayList<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
    JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
        .getTask(null, null, diagnostic -> {
          if (diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors.add(new MemoryCompiler.Problem(name, diagnostic.getLineNumber(),
                diagnostic.getMessage(java.util.Locale.ROOT)));
          }
        }, List.of("-proc:none"), null, List.of(file));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      return new Parsed(unit, Trees.instance(task).getSourcePositions(), List.copyOf(errors));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns where {@code tree} starts in the text, or -1. */
  long start(com.sun.source.tree.Tree tree) {
    return positions.getStartPosition(unit, tree);
  }
}
