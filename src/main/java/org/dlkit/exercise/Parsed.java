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
 * Java source parsed by javac without compiling it: the syntax tree and where each node starts.
 *
 * @param unit the syntax tree
 * @param positions the source positions of its nodes
 */
record Parsed(CompilationUnitTree unit, SourcePositions positions) {
  /** Parses {@code text}; syntax errors leave holes in the tree rather than failing. */
  static Parsed parse(String name, String text) {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
    JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
        .getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
    try {
      return new Parsed(task.parse().iterator().next(), Trees.instance(task).getSourcePositions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns where {@code tree} starts in the text, or -1. */
  long start(com.sun.source.tree.Tree tree) {
    return positions.getStartPosition(unit, tree);
  }
}
