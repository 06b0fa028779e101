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
add("busy-thread", 6, twice_code=twice("""    Thread spinner = new Thread(() -> {
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
add("fork-processes", 6, twice_code=twice("""    // Starts processes that outlive the test; the sandbox must end them.
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
open(os.path.join(out, "malformed.ipynb"), "w").write("this is not JSON {\n")
expected["malformed"] = 0
ref = open(os.path.join(out, "reference.ipynb")).read()
open(os.path.join(out, "truncated.ipynb"), "w").write(ref[: len(ref) // 2])
expected["truncated"] = 0
with open("expected.csv", "w") as f:
    f.write("student,score\n")
    for k in sorted(expected):
        f.write(f"{k},{expected[k]}\n")
