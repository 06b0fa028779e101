package org.dlkit.grader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an exercise cell the way another student would have written the same code, to measure
 * whether diagnosis recognises a mistake however it is spelled: locals and parameters renamed, a
 * counting {@code for} loop written as a {@code while} loop, two independent declarations swapped.
 * Each rewrite keeps what the code does; one that does not apply gives nothing.
 */
final class Variants {
  private static final Pattern TOKEN = Pattern.compile(
      "//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|[A-Za-z_$][\\w$]*|\\d[\\w.]*|\\s+|.", Pattern.DOTALL);
  private static final Set<String> KEYWORDS = Set.of("abstract", "boolean", "break", "byte", "case", "catch", "char",
      "class", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
      "if", "implements", "import", "instanceof", "int", "interface", "long", "new", "package", "private", "protected",
      "public", "record", "return", "short", "static", "super", "switch", "this", "throw", "throws", "try", "var",
      "void", "while", "true", "false", "null", "yield");
  private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "double", "float", "int", "long",
      "short", "var");
  private static final Pattern FOR_LOOP = Pattern.compile(
      "for \\(int (\\w+) = ([^;]+); (\\1 [<>]=? [^;]+); (\\1\\+\\+|\\1--|\\+\\+\\1|--\\1)\\) \\{");
  private static final Pattern DECLARATION = Pattern.compile(
      "^(\\s*)(?:final )?[\\w.<>\\[\\]]+ (\\w+) = ([^;]*);\\s*$");

  private Variants() {}

  /** Returns the rewrites of {@code source} that apply, by kind ("renamed", "while-loop", "reordered"). */
  static Map<String, String> of(String source) {
    Map<String, String> variants = new LinkedHashMap<>();
    String renamed = renamed(source);
    if (!renamed.equals(source)) {
      variants.put("renamed", renamed);
    }
    String loop = whileLoop(source);
    if (!loop.equals(source)) {
      variants.put("while-loop", loop);
    }
    String reordered = reordered(source);
    if (!reordered.equals(source)) {
      variants.put("reordered", reordered);
    }
    return variants;
  }

  /** Splits Java source into tokens: comments, literals, words, white space and single characters. */
  static List<String> tokens(String source) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(source);
    while (token.find()) {
      tokens.add(token.group());
    }
    return tokens;
  }

  /**
   * Renames every local variable and method parameter (never a field, a record component, a method
   * or anything reached with a dot) to {@code renamed0}, {@code renamed1}, ...
   */
  static String renamed(String source) {
    List<String> tokens = tokens(source);
    List<Integer> code = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isBlank() && !tokens.get(i).startsWith("//") && !tokens.get(i).startsWith("/*")) {
        code.add(i);
      }
    }
    Set<String> locals = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    List<Boolean> blocks = new ArrayList<>();
    boolean recordHeader = false;
    int parens = 0;
    for (int k = 0; k < code.size(); k++) {
      String t = tokens.get(code.get(k));
      String before = k > 0 ? tokens.get(code.get(k - 1)) : "";
      String after = k + 1 < code.size() ? tokens.get(code.get(k + 1)) : "";
      if (t.equals("{")) {
        blocks.add(before.equals(")") || before.equals("->") || before.equals("else") || before.equals("try")
            || before.equals("{") || before.equals(";") || before.equals("}") || before.equals("do")
            || (!blocks.isEmpty() && blocks.get(blocks.size() - 1) && !before.matches("\\w+")));
      } else if (t.equals("}") && !blocks.isEmpty()) {
        blocks.remove(blocks.size() - 1);
      } else if (t.equals("(")) {
        parens++;
        if (k >= 2 && tokens.get(code.get(k - 2)).equals("record")) {
          recordHeader = true;
        }
      } else if (t.equals(")")) {
        parens--;
        if (parens == 0) {
          recordHeader = false;
        }
      }
      if (!isName(t)) {
        continue;
      }
      if (before.equals(".") || after.equals("(")) {
        kept.add(t);
        continue;
      }
      boolean declared = (isName(before) || PRIMITIVES.contains(before) || before.equals("]") || before.equals(">"))
          && !before.equals("return") && !before.equals("new")
          && (after.equals("=") || after.equals(";") || after.equals(":") || after.equals(",") || after.equals(")"));
      if (!declared) {
        continue;
      }
      boolean inCode = blocks.stream().anyMatch(b -> b);
      boolean parameter = parens > 0 && !recordHeader;
      if ((inCode || parameter) && Character.isLowerCase(t.charAt(0))) {
        locals.add(t);
      } else {
        kept.add(t);
      }
    }
    locals.removeAll(kept);
    Map<String, String> names = new LinkedHashMap<>();
    locals.forEach(name -> names.put(name, "renamed" + names.size()));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean member = i > 0 && tokens.get(i - 1).equals(".");
      text.append(names.containsKey(t) && !member ? names.get(t) : t);
    }
    return text.toString();
  }

  private static boolean isName(String token) {
    return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0)) && !KEYWORDS.contains(token);
  }

  /**
   * Rewrites the first counting loop {@code for (int i = a; i < b; i++) { ... }} whose body holds no
   * {@code continue} as {@code { int i = a; while (i < b) { ...; i++; } }}.
   */
  static String whileLoop(String source) {
    Matcher loop = FOR_LOOP.matcher(source);
    while (loop.find()) {
      int open = loop.end() - 1;
      int close = matchingBrace(source, open);
      if (close < 0) {
        return source;
      }
      String body = source.substring(open + 1, close);
      if (tokens(body).contains("continue")) {
        continue;
      }
      String step = loop.group(4);
      return source.substring(0, loop.start()) + "{ int " + loop.group(1) + " = " + loop.group(2) + "; while ("
          + loop.group(3) + ") {" + body + "    " + step + ";\n        } }" + source.substring(close + 1);
    }
    return source;
  }

  private static int matchingBrace(String source, int open) {
    int depth = 0;
    int offset = 0;
    for (String token : tokens(source.substring(open))) {
      if (token.equals("{")) {
        depth++;
      } else if (token.equals("}") && --depth == 0) {
        return open + offset;
      }
      offset += token.length();
    }
    return -1;
  }

  /**
   * Swaps the first two adjacent declarations {@code T a = ...; U b = ...;} where the second does
   * not use the first and neither calls anything but {@code Math}, so their order cannot matter.
   */
  static String reordered(String source) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      Matcher first = DECLARATION.matcher(lines[i]);
      Matcher second = DECLARATION.matcher(lines[i + 1]);
      if (first.matches() && second.matches() && first.group(1).equals(second.group(1))
          && !tokens(second.group(3)).contains(first.group(2)) && pure(first.group(3)) && pure(second.group(3))) {
        String swap = lines[i];
        lines[i] = lines[i + 1];
        lines[i + 1] = swap;
        return String.join("\n", lines);
      }
    }
    return source;
  }

  private static boolean pure(String expression) {
    List<String> tokens = tokens(expression).stream().filter(t -> !t.isBlank()).toList();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals("(") && i > 0 && isName(tokens.get(i - 1))
          && !(i > 2 && tokens.get(i - 2).equals(".") && tokens.get(i - 3).equals("Math"))) {
        return false;
      }
      if (tokens.get(i).equals("new") || tokens.get(i).equals("++") || tokens.get(i).equals("--")) {
        return false;
      }
    }
    return true;
  }
}
