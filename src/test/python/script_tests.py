"""Runs the tests of a plain test script: one line per test, a count, and exit code 1 when any failed.

Shared by kernel_protocol_test.py and torch_peer_test.py, which run without pytest on Debian's Python.
"""
import sys
import traceback


def run(label, tests, call, finish):
    """Calls call(test) for each test, printing `<label>: <name>: ok` or FAILED with the trace; then
    finish() (also after an error), the count, and exits 1 when any test failed."""
    passed = failed = 0
    try:
        for test in tests:
            try:
                call(test)
                passed += 1
                print(f"{label}: {test.__name__}: ok")
            except Exception:
                failed += 1
                print(f"{label}: {test.__name__}: FAILED\n{traceback.format_exc()}")
    finally:
        finish()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
