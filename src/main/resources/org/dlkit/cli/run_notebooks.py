"""Executes notebooks with nbclient and the given kernel; used by `dlkit run`.

Writes each executed copy to --out and, on the first unexpected error, prints the notebook,
the cell number and the error, then exits 1. Cells tagged `raises-exception` may fail.
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


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
        started = time.monotonic()
        try:
            client.execute()
            status = f"ok ({time.monotonic() - started:.1f} s)"
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
