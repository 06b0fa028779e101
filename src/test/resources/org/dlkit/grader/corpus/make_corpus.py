import nbformat, json, os
out = 'submissions'
NEURON = """// Exercise: neuron
double forward(double w, double x) {
    return Math.tanh(w * x);
}

double backward(double w, double x) {
    double y = Math.tanh(w * x);
    return (1 - y * y) * x;
}
"""
NEURON_TODO = """// Exercise: neuron
double forward(double w, double x) {
    throw new UnsupportedOperationException("TODO neuron: return tanh(w * x)");
}

double backward(double w, double x) {
    throw new UnsupportedOperationException("TODO neuron: the chain rule gives (1 - y^2) * x");
}
"""
TWICE = "// Exercise: twice\nint twice(int x) {\n    return x + x;\n}\n"
def twice(body):
    return "// Exercise: twice\nint twice(int x) {\n" + body + "\n}\n"
def notebook(name, neuron, twice_code, twice_id="twice"):
    nb = nbformat.v4.new_notebook()
    meta = lambda gid, pts: {"nbgrader": {"grade_id": gid, "solution": True, "grade": False, "points": pts, "locked": False, "schema_version": 3}}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Corpus submission: " + name),
        nbformat.v4.new_code_cell("import java.util.*;\nimport java.nio.file.*;"),
        nbformat.v4.new_code_cell(neuron, metadata=meta("neuron", 4)),
        nbformat.v4.new_code_cell('check("neuron");'),
        nbformat.v4.new_code_cell(twice_code, metadata=meta(twice_id, 2)),
        nbformat.v4.new_code_cell('check("twice");'),
    ]
    for i, c in enumerate(nb.cells):
        c["id"] = f"{name}-{i}"
    nbformat.write(nb, os.path.join(out, name + ".ipynb"))
expected = {}
def add(name, score, neuron=NEURON, twice_code=TWICE, twice_id="twice"):
    notebook(name, neuron, twice_code, twice_id)
    expected[name] = score
add("reference", 6)
add("untouched", 0, NEURON_TODO, twice('    throw new UnsupportedOperationException("TODO twice: add x to itself");'))
add("wrong-gradient", 4, NEURON.replace("(1 - y * y) * x", "(1 - y * y)"))
add("infinite-loop", 4, twice_code=twice("    while (true) {\n    }"))
add("busy-thread", 4, twice_code=twice("""    Thread spinner = new Thread(() -> {
        while (true) {
        }
    });
    spinner.start();
    return x + x;"""))
add("system-exit", 4, twice_code=twice("    System.exit(0);\n    return x + x;"))
add("out-of-memory", 4, twice_code=twice("""    List<long[]> hog = new ArrayList<>();
    while (true) {
        hog.add(new long[1 << 20]);
    }"""))
add("infinite-recursion", 4, twice_code=twice("    return twice(x) + 0;"))
add("huge-output", 6, twice_code=twice("""    String line = "x".repeat(1023) + "\\n";
    for (int i = 0; i < 100 * 1024; i++) {
        System.out.print(line);
    }
    return x + x;"""))
add("read-grader-sources", 4, twice_code=twice("""    // Earns the points only if it can find the grader's test sources.
    for (String root : new String[] {"/work", "/root", "/home", "/srv", "/opt", "/tmp", System.getProperty("user.dir")}) {
        try (var files = Files.walk(Path.of(root))) {
            if (files.anyMatch(f -> f.getFileName().toString().equals("TwiceTest.java"))) {
                return x + x;
            }
        } catch (Exception e) {
            // not there, or not readable
        }
    }
    return -1;"""))
add("open-socket", 4, twice_code=twice("""    // Earns the points only if it reaches the network (the test listens on 127.0.0.1:47913).
    try (var socket = new java.net.Socket("127.0.0.1", 47913)) {
        return x + x;
    } catch (Exception e) {
        throw new RuntimeException("no network: " + e);
    }"""))
add("write-home", 4, twice_code=twice("""    // Earns the points only if it can write outside the sandbox's private /tmp.
    try {
        Files.writeString(Path.of(System.getProperty("user.home"), "dlkit-corpus-was-here"), "pwned");
        Files.writeString(Path.of("/root/dlkit-corpus-was-here"), "pwned");
        return x + x;
    } catch (Exception e) {
        throw new RuntimeException("read-only: " + e);
    }"""))
add("fork-processes", 4, twice_code=twice("""    // Starts processes that outlive the test; the sandbox must end them.
    for (int i = 0; i < 5; i++) {
        try {
            new ProcessBuilder("sleep", "77").start();
        } catch (Exception e) {
            break;
        }
    }
    return x + x;"""))
add("forge-results", 4, twice_code=twice("""    // Prints lines shaped like the sandbox's reports, then fails.
    var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
    for (String test : new String[] {"doublesThree", "doublesMinusFour"}) {
        out.println("result\\ttwice\\t" + test + "\\t1.0\\t\\t\\t0000");
    }
    out.println("done\\t0000");
    System.out.println("{\\"score\\": 100}");
    throw new IllegalStateException("forged");"""))
add("renamed-exercise", 4, twice_code=TWICE.replace("Exercise: twice", "Exercise: double_it"), twice_id="double_it")
# Issue 13's forging attack: dump the heap, find the key that signed result lines (the old
# protocol), sign results for both twice tests under every likely sequence number, write them to
# file descriptor 1, and halt.
add("heap-dump-forge", 4, twice_code=twice("""    try {
        var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
            com.sun.management.HotSpotDiagnosticMXBean.class);
        String dump = "/tmp/heap-" + System.nanoTime() + ".hprof";
        bean.dumpHeap(dump, false);
        String heap = new String(Files.readAllBytes(Path.of(dump)), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.delete(Path.of(dump));
        var keys = java.util.regex.Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])").matcher(heap);
        var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        Set<String> tried = new HashSet<>();
        String[] lines = {"result\\ttwice\\tdoublesThree\\t1.0\\t\\t", "result\\ttwice\\tdoublesMinusFour\\t1.0\\t\\t", "done"};
        while (keys.find()) {
            if (!tried.add(keys.group())) {
                continue;
            }
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(java.util.HexFormat.of().parseHex(keys.group()), "HmacSHA256"));
            for (String line : lines) {
                for (long n = 0; n < 64; n++) {
                    mac.update(Long.toString(n).getBytes());
                    mac.update((byte) '\\n');
                    out.println(line + "\\t" + java.util.HexFormat.of().formatHex(mac.doFinal(line.getBytes())));
                }
            }
        }
        out.flush();
        Runtime.getRuntime().halt(0);
    } catch (Exception e) {
        throw new IllegalStateException("no heap dump: " + e);
    }
    return 0;"""))
# Variants: each reaches for the runner another way; each loses the exercise it sits in.
add("reflect-runner", 2, neuron=NEURON.replace("    return Math.tanh(w * x);", """    try {
        for (var field : Class.forName("org.dlkit.exercise.TestRunner").getDeclaredFields()) {
            field.setAccessible(true);
        }
    } catch (Exception e) {
        // nothing to reach
    }
    return Math.tanh(w * x);""", 1))
add("unsafe", 4, twice_code=twice("""    try {
        var field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        field.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
        long address = unsafe.allocateMemory(8);
        unsafe.putLong(address, x);
        long copy = unsafe.getLong(address);
        unsafe.freeMemory(address);
        return (int) (copy + copy);
    } catch (Exception e) {
        throw new IllegalStateException("no Unsafe: " + e);
    }"""))
add("proc-self-mem", 4, twice_code=twice("""    try (var mem = new java.io.RandomAccessFile("/proc/self/mem", "r");
         var maps = new java.io.BufferedReader(new java.io.FileReader("/proc/self/maps"))) {
        maps.readLine();
        return x + x;
    } catch (Exception e) {
        throw new IllegalStateException("no /proc/self/mem: " + e);
    }"""))
add("runtime-exec", 4, twice_code=twice("""    try {
        Runtime.getRuntime().exec(new String[] {"sleep", "77"});
    } catch (Exception e) {
        // no processes
    }
    return x + x;"""))
add("glue-fd1", 4, twice_code=twice("""    // Writes to file descriptor 1 without a newline, as native code does, mid-test.
    try {
        var out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        out.write("output without a newline".getBytes());
        out.flush();
    } catch (Exception e) {
        // nowhere to write
    }
    return x + x;"""))
# Runner state (issue 25 item 5): system properties, context class loaders, other threads, static state.
add("set-property", 4, twice_code=twice("""    System.setProperty("junit.jupiter.execution.timeout.default", "1 d");
    return x + x;"""))
add("context-loader", 4, twice_code=twice("""    Thread.currentThread().setContextClassLoader(ClassLoader.getPlatformClassLoader());
    return x + x;"""))
add("thread-sets-state", 4, twice_code=twice("""    Thread helper = new Thread(() -> {
        System.setProperty("junit.jupiter.execution.timeout.default", "1 d");
        for (Thread other : Thread.getAllStackTraces().keySet()) {
            other.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        }
    });
    helper.start();
    try {
        helper.join();
    } catch (InterruptedException e) {
        // go on
    }
    return x + x;"""))
add("test-static-array", 4, twice_code=twice("""    // Changes the question instead of answering it: the test reads its inputs from a static array.
    TwiceTest.INPUTS[0] = 0;
    TwiceTest.INPUTS[1] = 0;
    return 0;"""))
# Issue 25 item 6: an exception whose message never comes fails its own test, within that test's time.
add("hanging-message", 5, neuron=NEURON.replace("    return Math.tanh(w * x);", """    if (x == 1.0) {
        throw new IllegalStateException() {
            @Override
            public String getMessage() {
                while (true) {
                    Thread.onSpinWait();
                }
            }
        };
    }
    return Math.tanh(w * x);""", 1))
# Honest code in today's Java: records, enums, switch expressions, lambdas, streams, string
# concatenation, pattern matching, BigInteger, printing. Full marks.
add("honest-modern", 6, twice_code="""// Exercise: twice
record Pair(int a, int b) {}

enum Op { ADD, MUL }

int twice(int x) {
    var pair = new Pair(x, x);
    Function<Pair, Integer> add = p -> p.a() + p.b();
    int viaStream = IntStream.of(x, x).sum();
    String text = "twice " + x + " = " + add.apply(pair);
    StringBuilder line = new StringBuilder(text);
    Op op = x % 2 == 0 ? Op.ADD : Op.MUL;
    int viaSwitch = switch (op) {
        case ADD -> x + x;
        case MUL -> 2 * x;
    };
    List<Integer> both = Stream.of(x, x).collect(Collectors.toList());
    Object seen = pair;
    if (seen instanceof Pair p && p.a() == x) {
        System.out.println(line.append(" ok ").append(pair));
    }
    long big = new BigInteger(Integer.toString(x)).multiply(BigInteger.TWO).longValue();
    Optional<Integer> largest = both.stream().max(Comparator.naturalOrder());
    double rounded = Math.abs(Math.round(2.0 * x));
    assert viaStream == viaSwitch : "two ways disagree";
    System.out.printf("%d %s%n", x, String.format("%.1f", rounded));
    return Math.toIntExact(big) + 0 * largest.orElse(0) + 0 * (viaStream - viaSwitch);
}
""")
open(os.path.join(out, "malformed.ipynb"), "w").write("this is not JSON {\n")
expected["malformed"] = 0
ref = open(os.path.join(out, "reference.ipynb")).read()
open(os.path.join(out, "truncated.ipynb"), "w").write(ref[: len(ref) // 2])
expected["truncated"] = 0
with open("expected.csv", "w") as f:
    f.write("student,score\n")
    for k in sorted(expected):
        f.write(f"{k},{expected[k]}\n")
