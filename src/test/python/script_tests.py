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


def run_in_kernel(label, kernel, tests, needs_manager, wrap=lambda client: client):
    """Starts the Jupyter kernel `kernel`, then runs each test on wrap(client), adding the kernel
    manager as a second argument for the tests in needs_manager; shuts the kernel down at the end."""
    from jupyter_client.manager import start_new_kernel
    manager, client = start_new_kernel(kernel_name=kernel, startup_timeout=60)
    subject = wrap(client)

    def call(test):
        if test in needs_manager:
            test(subject, manager)
        else:
            test(subject)

    def finish():
        client.stop_channels()
        manager.shutdown_kernel(now=True)

    run(label, tests, call, finish)

