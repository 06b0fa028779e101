"""Executes notebooks with nbclient and the given kernel; used by `dlkit run`.

Writes each executed copy to --out and, on the first unexpected error, prints the notebook,
the cell number and the error, then exits 1. Cells tagged `raises-exception` may fail.
Each notebook's line also gives the kernel's resident memory (RSS) after its last cell and the
most it reached after any cell; both are appended to kernel-memory.tsv in --out as
`notebook TAB MiB after the last cell TAB peak MiB` (for `dlkit bench all`).
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def kernel_rss_mib(client):
    """Returns the kernel process's resident memory in MiB, or None where /proc cannot tell."""
    try:
        with open(f"/proc/{client.km.provisioner.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except Exception:  # no /proc, or a kernel provisioner without a local process
        return None
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    failed = 0
    for path in args.notebooks:
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception as e:  # a malformed notebook names the file
            print(f"dlkit run: {path} is not a readable notebook: {e}", file=sys.stderr)
            failed += 1
            continue
        client = NotebookClient(nb, kernel_name=args.kernel, timeout=args.timeout,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        rss = []

        def after_cell(**_):
            mib = kernel_rss_mib(client)
            if mib is not None:
                rss.append(mib)

        client.on_cell_executed = after_cell
        started = time.monotonic()
        try:
            client.execute()
            memory = f", kernel RSS {rss[-1]:.0f} MiB after the last cell, peak {max(rss):.0f} MiB" if rss else ""
            status = f"ok ({time.monotonic() - started:.1f} s{memory})"
            if rss:
                with open(os.path.join(args.out, "kernel-memory.tsv"), "a") as table:
                    table.write(f"{os.path.basename(path)}\t{rss[-1]:.1f}\t{max(rss):.1f}\n")
        except CellExecutionError as e:
            failed += 1
            index = next((i for i, c in enumerate(nb.cells)
                          if any(o.get("output_type") == "error" for o in c.get("outputs", []))
                          and "raises-exception" not in c.get("metadata", {}).get("tags", [])), None)
            where = f"cell {index + 1}" if index is not None else "a cell"
            status = f"FAILED in {where}: {e.ename}: {e.evalue}"
        except Exception as e:
            failed += 1
            status = f"FAILED: {type(e).__name__}: {e}"
        target = os.path.join(args.out, os.path.basename(path))
        nbformat.write(nb, target)
        print(f"dlkit run: {path}: {status} -> {target}", file=sys.stderr if failed else sys.stdout)
    print(f"{len(args.notebooks) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
