package org.dlkit.kernel;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Answers the notebook's completion, inspection (shift-tab) and is-complete requests from
 * JShell's source code analysis.
 */
final class CodeAssist {
  private static final Pattern MAGIC_LINE = Pattern.compile("(?m)^\\s*%.*$");
  static final String COMPLETE = "complete";
  static final String INVALID = "invalid";
  static final String INDENT = "    ";

  private final CellEvaluator evaluator;

  CodeAssist(CellEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** Returns the completions at {@code at}: replacements for the text from the anchor to {@code at}. */
  ReplacementOptions complete(String code, int at) {
    String text = hideMagics(code);
    int start = snippetStart(text, at);
    int[] anchor = new int[1];
    List<Suggestion> suggestions = evaluator.analysis().completionSuggestions(text.substring(start, at), at - start, anchor);
    Set<String> matching = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Suggestion suggestion : suggestions) {
      (suggestion.matchesType() ? matching : others).add(suggestion.continuation());
    }
    List<String> replacements = new ArrayList<>(matching);
    others.stream().filter(s -> !matching.contains(s)).forEach(replacements::add);
    return new ReplacementOptions(replacements, start + anchor[0], at);
  }

  /** Returns the signatures and Javadoc of what is at {@code at}, or null when nothing is known. */
  DisplayData inspect(String code, int at) {
    String text = hideMagics(code);
    int end = at;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      end++;
    }
    List<Documentation> docs = documentation(text, end);
    if (docs.isEmpty() && end < text.length() && text.charAt(end) == '(') {
      docs = documentation(text, end + 1); // JShell documents a method from inside its parentheses
    }
    if (docs.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Documentation doc : docs) {
      out.append(doc.signature()).append('\n');
      if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
        out.append(doc.javadoc().strip()).append("\n\n");
      }
    }
    return new DisplayData(out.toString().strip());
  }

  private List<Documentation> documentation(String text, int cursor) {
    int start = snippetStart(text, cursor);
    return evaluator.analysis().documentation(text.substring(start, cursor), cursor - start, true);
  }

  /** Returns {@code complete}, {@code invalid}, or the indent for the next line of unfinished code. */
  String isComplete(String code) {
    String rest = hideMagics(code);
    SourceCodeAnalysis analysis = evaluator.analysis();
    while (!rest.isBlank()) {
      CompletionInfo info = analysis.analyzeCompletion(rest);
      switch (info.completeness()) {
        case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
        case EMPTY -> rest = "";
        case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
          return INDENT;
        }
        default -> {
          return INVALID;
        }
      }
    }
    return COMPLETE;
  }

  /** Returns where the snippet that ends at {@code at} starts: after the last complete snippet before it. */
  private int snippetStart(String text, int at) {
    SourceCodeAnalysis analysis = evaluator.analysis();
    int start = 0;
    while (start < at) {
      CompletionInfo info = analysis.analyzeCompletion(text.substring(start, at));
      if (!info.completeness().isComplete() || info.remaining().isBlank()) {
        break;
      }
      int consumed = at - start - info.remaining().length();
      if (consumed <= 0) {
        break;
      }
      start += consumed;
    }
    while (start < at && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Blanks magic lines, keeping offsets, so that JShell sees only Java. */
  private static String hideMagics(String code) {
    return MAGIC_LINE.matcher(code).replaceAll(match -> " ".repeat(match.group().length()));
  }
}
