"""Runs each lab (with its solutions) on the dlkit kernel, saves every figure as a PNG and reports
the time each lab took and the kernel's resident memory after it.

Usage (JUPYTER_PATH must reach the dlkit kernelspec, as `./dlkit run` leaves it in .jupyter-data):
  JUPYTER_PATH=.jupyter-data /usr/bin/python3 src/test/python/lab_figures.py target/figures labs/*/*.ipynb

Prints one line per lab: `<lab>: <seconds> s (<cpu> s of kernel CPU), <figures> figures, RSS <MB> MB after the lab,
<MB> MB <settle> s later`; the PNGs go to <out>/<lab>-<cell>-<n>.png.
"""
import base64
from datetime import datetime
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

SETTLE_SECONDS = 20  # longer than the kernel's periodic collection (15 s)


def resident_mb(pid):
    """The resident set size of process pid, in MB, from /proc."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cell_seconds(cell):
    """How long a code cell ran, from the timing nbclient records in its metadata (0 for others)."""
    timing = cell.get("metadata", {}).get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return 0.0
    return (datetime.fromisoformat(end.replace("Z", "+00:00"))
            - datetime.fromisoformat(start.replace("Z", "+00:00"))).total_seconds()


def cpu_seconds(pid):
    """The CPU time (user + system) process pid has used, in seconds, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_lab(path, out, kernel):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=600,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    lab = os.path.splitext(os.path.basename(path))[0]
    started = time.monotonic()
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        elapsed = time.monotonic() - started
        pid = client.km.provisioner.process.pid
        cpu = cpu_seconds(pid)
        after = resident_mb(pid)
        time.sleep(SETTLE_SECONDS)
        settled = resident_mb(pid)
    slowest = sorted(((cell_seconds(cell), index) for index, cell in enumerate(nb.cells)), reverse=True)[:3]
    figures = 0
    for index, cell in enumerate(nb.cells):
        for n, output in enumerate(cell.get("outputs", [])):
            png = output.get("data", {}).get("image/png")
            if png:
                figures += 1
                with open(os.path.join(out, f"{lab}-{index:02d}-{n}.png"), "wb") as f:
                    f.write(base64.b64decode(png))
    print(f"{lab}: {elapsed:.1f} s ({cpu:.1f} s of kernel CPU), {figures} figures, RSS {after:.0f} MB after the lab, "
          f"{settled:.0f} MB {SETTLE_SECONDS} s later; slowest cells: "
          + ", ".join(f"{index} ({seconds:.1f} s)" for seconds, index in slowest), flush=True)


def main():
    out, labs = sys.argv[1], sys.argv[2:]
    kernel = os.environ.get("DLKIT_KERNEL_NAME", "dlkit")
    os.makedirs(out, exist_ok=True)
    for path in labs:
        run_lab(path, out, kernel)


if __name__ == "__main__":
    main()
