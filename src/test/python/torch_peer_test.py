"""Tests of the PyTorch benchmark peer (src/main/resources/org/dlkit/bench/torch_peer.py) over its JSON-lines protocol.

Run from the project folder with Debian's Python: `/usr/bin/python3 src/test/python/torch_peer_test.py`.
Prints one line per test and a closing `N passed, M failed` line; exits 1 when any test failed.
"""
import json
import os
import subprocess
import sys
import threading
import script_tests

PEER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../main/resources/org/dlkit/bench/torch_peer.py")
TIMEOUT = 60
# Runs the peer as __main__ with some modules made unimportable (sys.modules[name] = None).
WITHOUT = "import runpy, sys\nsys.argv = sys.argv[1:]\n" \
          "for name in sys.argv.pop(1).split(','): sys.modules[name] = None\n" \
          "runpy.run_path(sys.argv[0], run_name='__main__')"


class Peer:
    """A running peer: send a request, read its one-line answer."""

    def __init__(self, *, without=None, options=()):
        command = [sys.executable, PEER, "--threads", "2", *options]
        if without:
            command = [sys.executable, "-c", WITHOUT, PEER, without, "--threads", "1"]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
        self.watchdog = threading.Timer(TIMEOUT, self.process.kill)
        self.watchdog.start()
        self.ready = self.read()

    def read(self):
        line = self.process.stdout.readline()
        assert line, f"the peer closed its output (exit code {self.process.poll()})"
        return json.loads(line)

    def ask(self, **request):
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self.read()

    def close(self):
        self.watchdog.cancel()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def test_ready_line(peer):
    ready = peer.ready
    assert ready["ready"] is True, ready
    assert ready["system"].startswith("PyTorch "), ready
    assert ready["threads"] == 2, ready
    assert ready["numpy"] and ready["blas"], ready
    assert "unavailable" not in ready, ready


def test_parameter_counts(peer):
    w1 = peer.ask(cmd="prepare", workload="W1", precision="f64")
    assert w1 == {"ok": True, "data": "moons", "parameters": 337}, w1
    w2 = peer.ask(cmd="prepare", workload="W2", precision="f32")
    assert w2 == {"ok": True, "data": "xor", "parameters": 13}, w2


def test_w1_steps_lower_the_loss(peer):
    peer.ask(cmd="prepare", workload="W1", precision="f64")
    first = peer.ask(cmd="steps", workload="W1", precision="f64", count=1)
    later = peer.ask(cmd="steps", workload="W1", precision="f64", count=200)
    assert first["seconds"] > 0 and later["seconds"] > 0, (first, later)
    assert later["loss"] < first["loss"] / 2, (first, later)


def test_w3_small_prepares_steps_and_runs_an_epoch(peer):
    prepared = peer.ask(cmd="prepare", workload="W3", precision="f32", examples=256, hidden=16)
    assert prepared["ok"] is True and prepared["parameters"] == 784 * 16 + 16 + 16 * 10 + 10, prepared
    assert prepared["data"] in ("Fashion-MNIST", "random data (Fashion-MNIST is not installed)"), prepared
    steps = peer.ask(cmd="steps", workload="W3", precision="f32", count=5)
    assert steps["seconds"] > 0 and steps["loss"] > 0, steps
    epoch = peer.ask(cmd="epoch", workload="W3", precision="f32")
    assert epoch["examples"] == 256 and epoch["seconds"] > 0, epoch


def test_errors_name_the_bad_value(peer):
    workload = peer.ask(cmd="prepare", workload="W9", precision="f64")
    assert "W9" in workload["error"] and "W1" in workload["error"], workload
    command = peer.ask(cmd="fly")
    assert "fly" in command["error"] and "prepare" in command["error"], command
    precision = peer.ask(cmd="prepare", workload="W1", precision="f16")
    assert "f16" in precision["error"] and "f32" in precision["error"], precision
    unprepared = peer.ask(cmd="steps", workload="W4", precision="f64", count=1)
    assert "W4" in unprepared["error"] and "not prepared" in unprepared["error"], unprepared
    assert peer.ask(cmd="prepare", workload="W2", precision="f64")["ok"] is True  # still serving


def test_matmul(peer):
    answer = peer.ask(cmd="matmul", m=64, k=64, n=64, threads=1, count=3)
    assert answer["seconds"] > 0 and answer["threads"] in (1, None), answer


def test_quit_exits_0(peer):
    assert peer.ask(cmd="quit") == {"ok": True}
    assert peer.process.wait(timeout=10) == 0


def test_without_torch_serves_matmul(_peer):
    peer = Peer(without="torch")
    try:
        assert peer.ready["ready"] is True and peer.ready["system"] is None, peer.ready
        assert "python3-torch" in peer.ready["unavailable"], peer.ready
        assert peer.ask(cmd="matmul", m=8, k=8, n=8, threads=1, count=1)["seconds"] > 0
        assert "PyTorch" in peer.ask(cmd="prepare", workload="W1", precision="f64")["error"]
    finally:
        peer.close()


def test_numpy_only_leaves_torch_unloaded_and_serves_matmul(_peer):
    peer = Peer(options=("--numpy-only",))
    try:
        assert peer.ready["ready"] is True and peer.ready["system"] is None, peer.ready
        assert peer.ready["unavailable"] == "PyTorch is left out (--numpy-only)", peer.ready
        answer = peer.ask(cmd="matmul", m=16, k=16, n=16, threads=2, count=3)
        assert answer["seconds"] > 0, answer
        loaded = open(f"/proc/{peer.process.pid}/maps").read()
        assert "libtorch" not in loaded, "PyTorch was loaded despite --numpy-only"
    finally:
        peer.close()


def test_without_numpy_is_not_ready(_peer):
    peer = Peer(without="numpy,torch")
    try:
        assert peer.ready["ready"] is False and "NumPy" in peer.ready["unavailable"], peer.ready
        assert peer.process.wait(timeout=10) == 0
    finally:
        peer.close()


def main():
    peer = Peer()
    tests = [test_ready_line, test_parameter_counts, test_w1_steps_lower_the_loss,
             test_w3_small_prepares_steps_and_runs_an_epoch, test_errors_name_the_bad_value, test_matmul,
             test_quit_exits_0, test_without_torch_serves_matmul, test_numpy_only_leaves_torch_unloaded_and_serves_matmul,
             test_without_numpy_is_not_ready]
    script_tests.run("torch peer", tests, lambda test: test(peer), peer.close)

if __name__ == "__main__":
    main()
