#!/usr/bin/python3
"""Grades a mixed lab-1 batch the way issue 25 asks, by hand (it takes many minutes, so no test runs it).

Builds N solutions (labs/01-perceptron), N untouched notebooks (notebooks/01-perceptron) and N attacks
(student names that are folders, separators or control characters, a file and a folder with one name,
exercise cells that close the Submission class, broken JSON), N = 40 by default. Then it grades the
batch twice from scratch and once more while killing `dlkit grade` (its whole process group, kill -9)
at random moments and resuming, and checks: every honest submission gets its exact marks each time
(solutions every point, untouched notebooks nothing, escapes nothing for the escaping exercise
and, for the other exercises, their marks or nothing where they build on it), refused names get a "not graded"
row, the three gradebooks are identical with one row per student, no half-written file is left, the
submissions and a neighbour folder of --out are untouched, and the grader's temporary folder holds only
the grader's own folders. Prints the figures (times, counts).

    /usr/bin/python3 src/test/python/batch_check.py [--each 40] [--kills 8] [--jobs 2] [--work DIR]
        [--kill-within SECONDS] [--again]
"""
import argparse
import copy
import csv
import hashlib
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

HOME = Path(__file__).resolve().parents[3]
LAB = HOME / "labs/01-perceptron/perceptron.ipynb"
STUDENT = HOME / "notebooks/01-perceptron/perceptron.ipynb"

MATH_ESCAPE = "\n}\nclass Math {\n    static double tanh(double z) { return 0; }\n    static double exp(double z) { return 1; }\n" \
              "    static double max(double a, double b) { return 0; }\n}\nclass Padding {\n"
ESCAPES = [
    MATH_ESCAPE,
    "\n} class String { } class Padding {\n",
    "\n\\u007d class Math { static double tanh(double z) { return 0; } } class Padding \\u007b\n",
    "\n}\nenum Math { ONE }\ninterface Padding {\n",
    "\nstatic { System.setProperty(\"dlkit\", \"changed\"); }\n",
]


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def exercise_cell(notebook, exercise):
    for cell in notebook["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == exercise:
            return cell
    raise KeyError(exercise)


def with_escape(notebook, exercise, escape):
    escaped = copy.deepcopy(notebook)
    cell = exercise_cell(escaped, exercise)
    source = "".join(cell["source"])
    cell["source"] = source + ("" if source.endswith("\n") else "\n") + escape
    return escaped


def format3(notebook):
    cells = []
    for number, cell in enumerate(notebook["cells"]):
        cell = copy.deepcopy(cell)
        cell.pop("id", None)
        if cell["cell_type"] == "code":
            cell["input"] = cell.pop("source")
            cell.pop("execution_count", None)
            cell.update(language="java", prompt_number=number, collapsed=False)
        cells.append(cell)
    return {"metadata": {"name": ""}, "nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": cells, "metadata": {}}]}


def build(folder, each):
    """Writes the batch; returns student name -> what it is and what it should earn."""
    solution, untouched = load(LAB), load(STUDENT)
    exercises = [c["metadata"]["nbgrader"]["grade_id"] for c in solution["cells"]
                 if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
    folder.mkdir(parents=True)
    plan = {}

    def write(name, notebook, expect, raw=None):
        data = raw if raw is not None else json.dumps(notebook, indent=1, ensure_ascii=False).encode("utf-8")
        (folder / (name + ".ipynb")).write_bytes(data)
        plan[name] = expect

    honest_names = ["王芳", "x y", "Ada.Lovelace", "O'Brien", "...", "sol v3", "sol bad bytes"]
    for i in range(each):
        name = honest_names[i] if i < len(honest_names) else f"sol-{i:02d}"
        if name == "sol v3":
            write(name, format3(solution), ("full", None))
        elif name == "sol bad bytes":
            text = json.dumps(solution, indent=1, ensure_ascii=False).encode("utf-8")
            write(name, None, ("full", None), raw=text.replace(b"# ", b"# \xff\xfe ", 1))
        else:
            write(name, solution, ("full", None))
    untouched_names = ["李娜", "x_y", "%E6%9D%8E"]
    for i in range(each):
        write(untouched_names[i] if i < len(untouched_names) else f"todo-{i:02d}", untouched, ("untouched", None))
    attacks = 0
    for name in ["..", ".", "", "ctl\x01char", "back\\slash", "tab\tname"]:
        write(name, solution, ("refused", None))
        attacks += 1
    duplicate = folder / "twin"
    duplicate.mkdir()
    (duplicate / "lab.ipynb").write_text(json.dumps(solution), encoding="utf-8")
    write("twin", solution, ("refused", None))
    attacks += 1
    write("truncated", None, ("zero", None), raw=json.dumps(solution).encode("utf-8")[:5000])
    write("not-json", None, ("zero", None), raw=b"\x00\x01 not a notebook")
    attacks += 2
    i = 0
    while attacks < each or i < 2 * len(ESCAPES):  # every escape on a solution and on an untouched notebook
        escape = ESCAPES[i % len(ESCAPES)]
        exercise = exercises[i % len(exercises)]
        base, kind = (solution, "full") if i % 2 == 0 else (untouched, "untouched")
        write(f"escape-{i:02d}-{exercise}", with_escape(base, exercise, escape), (kind, exercise))
        attacks += 1
        i += 1
    return plan


def tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        digest.update(f"{path.relative_to(folder)}|{stat.filemode(info.st_mode)}|".encode("utf-8", "surrogateescape"))
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def grade(batch, out, jobs, tmp, log):
    env = dict(os.environ, JAVA_TOOL_OPTIONS=f"-Djava.io.tmpdir={tmp}", LC_ALL="C.UTF-8")
    return subprocess.Popen([str(HOME / "dlkit"), "grade", "--lab", "01", str(batch), "--out", str(out),
                             "--jobs", str(jobs)], stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)


def run(batch, out, jobs, tmp, log):
    start = time.monotonic()
    code = grade(batch, out, jobs, tmp, log).wait()
    if code != 0:
        sys.exit(f"dlkit grade exited {code}; see {log.name}")
    return time.monotonic() - start


def gradebook(out):
    with open(out / "gradebook.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check_marks(rows, plan, exercises):
    by_student = {row["student"]: row for row in rows}
    problems = []
    if len(rows) != len(by_student):
        problems.append(f"{len(rows)} rows for {len(by_student)} students")
    solution_row = next(by_student[n] for n, (kind, _) in plan.items() if kind == "full" and n in by_student)
    full = {e: float(solution_row[e]) for e in exercises}
    for name, (kind, escaped) in plan.items():
        row = by_student.get(name)
        if row is None:
            problems.append(f"no row for {name!r}")
            continue
        if kind == "refused":
            if not row["status"].startswith("not graded: "):
                problems.append(f"{name!r} should not be graded: {row}")
            continue
        for exercise in exercises:
            got = float(row[exercise])
            if escaped is None or exercise == escaped:
                want = full[exercise] if kind == "full" and exercise != escaped else 0.0
                if got != want:
                    problems.append(f"{name!r}: {exercise} {row[exercise]}, expected {want}")
            elif got not in ((0.0, full[exercise]) if kind == "full" else (0.0,)):
                # a later exercise that builds on the escaped one (network uses dense's Layer) fails with it
                problems.append(f"{name!r}: {exercise} {row[exercise]}, expected 0 or {full[exercise]}")
    return problems, sum(full.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--each", type=int, default=40)
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/dlkit-batch-check"))
    parser.add_argument("--kill-within", type=float, help="seconds within which each kill lands (default: 0.9 of the first run)")
    parser.add_argument("--again", action="store_true",
                        help="keep the batch and the two clean runs of an earlier call in --work; kill and resume again")
    args = parser.parse_args()
    work = args.work
    batch, tmp, neighbour = work / "batch", work / "tmp", work / "results/neighbour"
    if args.again:
        plan = build(work / "plan", args.each)
        shutil.rmtree(work / "plan")
        shutil.rmtree(work / "results/killed", ignore_errors=True)
    else:
        if work.exists():
            shutil.rmtree(work)
        tmp.mkdir(parents=True)
        neighbour.mkdir(parents=True)
        (neighbour / "keep.txt").write_text("not the grader's")
        neighbour.chmod(0o700)
        plan = build(batch, args.each)
    before = tree_digest(batch), tree_digest(neighbour)
    exercises = [c["metadata"]["nbgrader"]["grade_id"] for c in load(LAB)["cells"]
                 if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
    log = open(work / "grade.log", "a")
    print(f"batch: {len(plan)} submissions in {batch} ({sum(1 for k, _ in plan.values() if k == 'refused')} refused names)")

    if not args.again:
        first = run(batch, work / "results/first", args.jobs, tmp, log)
        print(f"first run: {first:.0f} s")
        second = run(batch, work / "results/second", args.jobs, tmp, log)
        print(f"second run: {second:.0f} s")
    window = args.kill_within or 0.9 * first

    killed_out, rng, kills, landed, start = work / "results/killed", random.Random(25), 0, 0, time.monotonic()
    while kills < args.kills:
        process = grade(batch, killed_out, args.jobs, tmp, log)
        try:
            process.wait(timeout=rng.uniform(3, window))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            landed += 1
        kills += 1
    resumes = 0
    while True:
        resumes += 1
        if grade(batch, killed_out, args.jobs, tmp, log).wait() == 0:
            break
        if resumes > 3:
            sys.exit("the resumed run does not finish; see " + log.name)
    print(f"killed run: {landed} of {kills} kill -9 landed mid-run, then {resumes} resume(s); {time.monotonic() - start:.0f} s in all")

    books = {name: gradebook(work / "results" / name) for name in ["first", "second", "killed"]}
    problems = []
    for name, rows in books.items():
        found, maximum = check_marks(rows, plan, exercises)
        problems += [f"{name}: {p}" for p in found]
    if not (books["first"] == books["second"] == books["killed"]):
        problems.append("the three gradebooks differ")
    parts = [str(p) for p in (work / "results").rglob("*.part")]
    problems += [f"half-written file left: {p}" for p in parts]
    if (tree_digest(batch), tree_digest(neighbour)) != before:
        problems.append("the submissions or the neighbour folder changed")
    strays = [p.name for p in tmp.iterdir() if not p.name.startswith(("dlkit-", "hsperfdata_"))]
    problems += [f"written in the temporary folder: {s}" for s in strays]
    leftovers = [p.name for p in tmp.iterdir() if p.name.startswith(("dlkit-grade-", "dlkit-collect-"))]
    rows = books["first"]
    graded = [r for r in rows if r["status"] == "graded"]
    print(f"gradebook: {len(rows)} rows ({len(graded)} graded, {len(rows) - len(graded)} not graded), max {maximum:g} points; "
          f"{sum(1 for r in graded if float(r['total']) == maximum)} at full marks, "
          f"{sum(1 for r in graded if float(r['total']) == 0)} at 0")
    print(f"temporary folders left by killed runs: {len(leftovers)}")
    for problem in problems:
        print("PROBLEM:", problem)
    print("all checks passed" if not problems else f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
