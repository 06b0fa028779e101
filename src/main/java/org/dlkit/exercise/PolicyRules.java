package org.dlkit.exercise;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The rules of the {@link BytecodePolicy}: which packages, classes and members graded code may
 * name, and why each refused one is refused. What is allowed is a list of packages (java.lang's
 * basics, java.util with function and stream, java.math, java.text, java.time, dlkit's public API,
 * XChart and Tablesaw without their file I/O, and the parts of Deeplearning4j/ND4J a model needs)
 * with a deny list inside them.
 */
final class PolicyRules {
  /** Packages (internal names, ending in /) whose classes graded code may name, before the deny list. */
  private static final Set<String> ALLOWED_PACKAGES = Set.of(
      "java/lang/", "java/util/", "java/util/function/", "java/util/stream/", "java/util/regex/",
      "java/util/concurrent/atomic/", "java/util/random/", "java/math/", "java/text/", "java/time/",
      "java/time/format/", "java/time/temporal/", "java/io/");

  /** Packages whose classes and subpackages graded code may name, before the deny list. */
  private static final List<String> ALLOWED_TREES = List.of(
      "org/dlkit/", "org/knowm/xchart/", "tech/tablesaw/",
      "org/deeplearning4j/nn/", "org/deeplearning4j/optimize/listeners/", "org/deeplearning4j/optimize/api/",
      "org/nd4j/linalg/api/ndarray/", "org/nd4j/linalg/api/rng/", "org/nd4j/linalg/api/shape/",
      "org/nd4j/linalg/factory/", "org/nd4j/linalg/dataset/", "org/nd4j/linalg/lossfunctions/",
      "org/nd4j/linalg/learning/config/", "org/nd4j/linalg/activations/", "org/nd4j/linalg/ops/transforms/",
      "org/nd4j/linalg/indexing/", "org/nd4j/linalg/schedule/", "org/nd4j/evaluation/");

  /** Single classes outside the allowed packages that graded code may name. */
  private static final Set<String> ALLOWED_CLASSES = Set.of(
      "java/util/concurrent/ConcurrentHashMap", "java/util/concurrent/ConcurrentMap",
      "java/util/concurrent/ThreadLocalRandom", "java/util/concurrent/TimeUnit",
      "java/util/concurrent/TimeoutException", "java/util/concurrent/ExecutionException",
      "java/util/concurrent/CopyOnWriteArrayList", "java/util/concurrent/ConcurrentLinkedQueue",
      "org/nd4j/linalg/api/buffer/DataType", "java/nio/charset/StandardCharsets", "java/nio/charset/Charset");

  /** Packages and classes refused even inside the allowed packages, by prefix, with the reason. */
  private static final Map<String, String> DENIED = denied();

  /** The only members of these classes graded code may use. */
  private static final Map<String, Set<String>> ONLY_MEMBERS = Map.of(
      "java/lang/System", Set.of("out", "err", "nanoTime", "currentTimeMillis", "arraycopy", "identityHashCode",
          "lineSeparator"),
      "java/lang/Class", Set.of("getName", "getSimpleName", "getTypeName", "isInstance", "cast", "isArray",
          "desiredAssertionStatus", "toString", "hashCode", "equals", "isEnum", "isRecord"),
      "java/lang/Thread", Set.of("currentThread", "sleep", "onSpinWait", "interrupted", "isInterrupted", "getName",
          "getId", "threadId"));

  private static final Map<String, String> BOOTSTRAPS = Map.of(
      "java/lang/invoke/LambdaMetafactory", "metafactory altMetafactory",
      "java/lang/invoke/StringConcatFactory", "makeConcat makeConcatWithConstants",
      "java/lang/runtime/ObjectMethods", "bootstrap",
      "java/lang/runtime/SwitchBootstraps", "typeSwitch enumSwitch");

  private PolicyRules() {}

  private static Map<String, String> denied() {
    Map<String, String> denied = new java.util.LinkedHashMap<>();
    String reflection = "reflection reaches the grader's own objects";
    denied.put("java/lang/reflect/", reflection);
    denied.put("java/lang/invoke/", reflection);
    denied.put("java/lang/runtime/", reflection);
    denied.put("java/lang/ref/", "it runs code on the JVM's own threads");
    denied.put("java/lang/management/", "management beans can dump the heap and read the runner");
    denied.put("java/lang/module/", reflection);
    denied.put("java/lang/instrument/", reflection);
    denied.put("java/lang/Module", reflection);
    denied.put("java/lang/ModuleLayer", reflection);
    denied.put("java/lang/Package", reflection);
    denied.put("java/lang/ClassValue", reflection);
    denied.put("java/lang/StackWalker", reflection);
    denied.put("java/lang/ClassLoader", "class loaders can load code the policy never saw");
    denied.put("java/lang/SecurityManager", "it changes how the runner works");
    denied.put("java/lang/Runtime", "it exits the JVM, runs processes and adds shutdown hooks");
    denied.put("java/lang/Process*", "graded code may not start processes");
    denied.put("java/lang/ThreadGroup", "graded code may not start threads");
    denied.put("java/lang/InheritableThreadLocal", "graded code may not start threads");
    denied.put("java/lang/System$", "it changes the runner's state");
    denied.put("java/io/File*", "graded code may not use files");
    denied.put("java/io/RandomAccessFile", "graded code may not use files");
    denied.put("java/io/Console", "graded code may not use files");
    denied.put("java/io/ObjectInputStream", "deserialization can build any object");
    denied.put("java/io/ObjectOutputStream", "serialization reads private state");
    denied.put("java/util/ServiceLoader", "it loads classes the policy never saw");
    denied.put("java/util/Timer*", "graded code may not start threads");
    denied.put("java/util/prefs/", "graded code may not use files");
    denied.put("java/util/jar/", "graded code may not use files");
    denied.put("java/util/zip/", "graded code may not use files");
    denied.put("java/util/logging/", "graded code may not use files");
    denied.put("java/util/spi/", "it changes the runner's state");
    denied.put("org/dlkit/grader/", "it is the grader's own code");
    denied.put("org/dlkit/exercise/", "it is the grader's own code");
    denied.put("org/dlkit/kernel/", "it is the notebook kernel's own code");
    denied.put("org/dlkit/cli/", "it is the command line's own code");
    denied.put("org/dlkit/bench/", "it is the benchmarks' own code");
    denied.put("org/dlkit/notebook/", "it talks to the notebook kernel");
    denied.put("org/knowm/xchart/BitmapEncoder", "graded code may not use files");
    denied.put("org/knowm/xchart/VectorGraphicsEncoder", "graded code may not use files");
    denied.put("org/knowm/xchart/SwingWrapper", "graded code may not open windows");
    denied.put("org/knowm/xchart/XChartPanel", "graded code may not open windows");
    denied.put("tech/tablesaw/io/", "graded code may not use files");
    return Map.copyOf(denied);
  }

  /** Returns why graded code may not name the type {@code internalName}, or null when it may. */
  static String typeRefused(String internalName) {
    String name = internalName;
    while (name.startsWith("[")) {
      name = name.substring(1);
    }
    if (name.length() == 1) {
      return null;
    }
    if (name.startsWith("L") && name.endsWith(";")) {
      name = name.substring(1, name.length() - 1);
    }
    if (BytecodePolicy.isStudentClass(name)) {
      return null;
    }
    for (var entry : DENIED.entrySet()) {
      String key = entry.getKey();
      boolean prefix = key.endsWith("/") || key.endsWith("$") || key.endsWith("*");
      String stem = key.endsWith("*") ? key.substring(0, key.length() - 1) : key;
      if (prefix ? name.startsWith(stem) : name.equals(stem) || name.startsWith(stem + "$")) {
        return entry.getValue();
      }
    }
    if (ALLOWED_CLASSES.contains(name)) {
      return null;
    }
    int slash = name.lastIndexOf('/');
    String pkg = slash < 0 ? "" : name.substring(0, slash + 1);
    return ALLOWED_PACKAGES.contains(pkg) || ALLOWED_TREES.stream().anyMatch(name::startsWith) ? null : outside();
  }

  private static String outside() {
    return "it is outside the packages an exercise may use";
  }

  /** Returns why graded code may not use member {@code name} of {@code owner} with descriptor {@code descriptor}, or null. */
  static String memberRefused(String owner, String name, String descriptor) {
    if (BytecodePolicy.isStudentClass(owner)) {
      return null;
    }
    String type = typeRefused(owner);
    if (type != null) {
      return type;
    }
    Set<String> only = ONLY_MEMBERS.get(owner);
    if (only != null && !only.contains(name)) {
      return switch (owner) {
        case "java/lang/System" -> name.equals("exit") ? "it stops the JVM the tests run in"
            : "it changes or reads the runner's state";
        case "java/lang/Thread" -> "graded code may not start or change threads";
        default -> "reflection reaches the grader's own objects";
      };
    }
    if (name.startsWith("parallel") && (owner.startsWith("java/util/"))) {
      return "parallel streams run code on other threads";
    }
    if ((owner.equals("java/util/Locale") || owner.equals("java/util/TimeZone")) && name.startsWith("setDefault")) {
      return "it changes the runner's state";
    }
    if (name.equals("<init>") && (owner.equals("java/io/PrintStream") || owner.equals("java/io/PrintWriter")
        || owner.equals("java/util/Formatter") || owner.equals("java/util/Scanner"))) {
      Type[] arguments = Type.getArgumentTypes(descriptor);
      if (arguments.length > 0 && arguments[0].getSort() == Type.OBJECT
          && arguments[0].getInternalName().equals("java/lang/String") && !owner.equals("java/util/Scanner")) {
        return "graded code may not use files";
      }
    }
    if (owner.equals("org/nd4j/linalg/factory/Nd4j") && name.matches(
        "(set|read|write|save|load|create.*File|get.*Manager|getExecutioner|getEnvironment|getBackend|getNDArrayFactory"
            + "|getBlasWrapper|getSparse|factory|getDataBufferFactory|getMemoryManager|getWorkspaceManager).*")) {
      return "it reaches ND4J's native state or files";
    }
    if (descriptor.startsWith("(") || descriptor.isEmpty()) {
      for (Type part : descriptor.isEmpty() ? new Type[0] : Type.getArgumentTypes(descriptor)) {
        String refused = partRefused(part);
        if (refused != null) {
          return refused;
        }
      }
      return descriptor.isEmpty() ? null : partRefused(Type.getReturnType(descriptor));
    }
    return partRefused(Type.getType(descriptor));
  }

  /** Returns why graded code may not name the type of {@code part} (an array's element type), or null. */
  static String partRefused(Type part) {
    Type element = part.getSort() == Type.ARRAY ? part.getElementType() : part;
    return element.getSort() == Type.OBJECT ? typeRefused(element.getInternalName()) : null;
  }

  /** Returns whether an {@code invokedynamic} may use bootstrap method {@code name} of {@code owner}: lambdas, records, string concatenation and switches. */
  static boolean bootstrapAllowed(String owner, String name) {
    String allowed = BOOTSTRAPS.get(owner);
    return allowed != null && List.of(allowed.split(" ")).contains(name);
  }
}
