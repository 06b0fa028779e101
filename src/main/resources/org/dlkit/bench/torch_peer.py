"""PyTorch benchmark peer: trains the dlkit benchmark workloads W1-W4 and times them on request.

A Java harness starts this script as `/usr/bin/python3 torch_peer.py --threads 2` and interleaves its
requests with other systems (dlkit itself, and a DL4J peer that speaks the same protocol). It needs
only the standard library, NumPy and PyTorch; without PyTorch it still serves `matmul` (NumPy).

Workloads (every step: zero_grad, forward, loss, backward, optimizer step, loss.item()):
  W1  200 two-moons points (noise 0.1), MLP 2-16-16-1 tanh/tanh/sigmoid, BCELoss, SGD lr 0.5, full batch.
  W2  XOR on 4 points, MLP 2-3-1 sigmoid/sigmoid, MSELoss, SGD lr 0.5, full batch.
  W3  Fashion-MNIST (first `examples` training images, pixel/255; seeded random data when the
      dataset is not installed), MLP 784-hidden-10 ReLU, CrossEntropyLoss, SGD lr 0.01, batches of
      64 from one seeded permutation, built up front and cycled in order.
  W4  W3 with Dropout(0.5) after the hidden ReLU (train mode) and Adam lr 1e-3.

Protocol: one JSON object per line in both directions; every answer is flushed at once, and nothing
else is written to stdout (warnings, including those of native libraries, go to stderr).
  start    -> {"ready":true,"system":"PyTorch <version>","threads":n,"numpy":"<version>","blas":"<name>"}
              without PyTorch: "system":null plus "unavailable":"<why>" (matmul still works);
              without NumPy: {"ready":false,"unavailable":"<why>"} and exit 0.
  {"cmd":"prepare","workload":"W1".."W4","precision":"f64"|"f32","examples":60000,"hidden":128}
           -> {"ok":true,"data":"moons"|"xor"|"Fashion-MNIST"|"random data (...)","parameters":p}
              (examples and hidden matter for W3/W4 only; each workload/precision pair is kept)
  {"cmd":"steps","workload":w,"precision":p,"count":N} -> {"seconds":s,"loss":last loss}
              (continues through the batches where the previous call stopped)
  {"cmd":"epoch","workload":w,"precision":p} -> {"seconds":s,"examples":count}
              (one visit of every prepared batch, starting where the previous call stopped)
  {"cmd":"matmul","m":256,"k":256,"n":256,"threads":t,"count":N}
           -> {"seconds":total,"threads":t or null if the BLAS thread count could not be set}
  {"cmd":"quit"} -> {"ok":true}, then exit 0; end of input also exits 0.
Any failed request is answered with {"error":"<message>"} and the peer keeps serving.
"""
import argparse
import ctypes
import gzip
import json
import os
import struct
import sys
import time

try:
    import numpy as np
except ImportError:
    np = None
# --numpy-only leaves PyTorch unloaded: importing it loads a second OpenBLAS, which then shares the
# process with NumPy's and blurs the BLAS limit that the matmul requests measure.
NUMPY_ONLY = "--numpy-only" in sys.argv[1:]
try:
    if NUMPY_ONLY:
        raise ImportError("left out by --numpy-only")
    import torch
    from torch import nn
except ImportError:
    torch = None
    nn = None

SEED = 42
BATCH = 64
FASHION_DIR = "/usr/share/datasets/fashion-mnist"
FASHION_IMAGES = "train-images-idx3-ubyte.gz"
FASHION_LABELS = "train-labels-idx1-ubyte.gz"
RANDOM_DATA = "random data (Fashion-MNIST is not installed)"
NO_TORCH = "PyTorch is not installed (apt-get install python3-torch)"
NO_NUMPY = "NumPy is not installed (apt-get install python3-numpy)"
WORKLOADS = ("W1", "W2", "W3", "W4")
PRECISIONS = ("f64", "f32")
COMMANDS = ("prepare", "steps", "epoch", "matmul", "quit")
BLAS_NAMES = ("libblas.so.3", "libopenblas.so.0")


class RequestError(Exception):
    """A request that cannot be served; its message is sent back as {"error": ...}."""


# ---------------------------------------------------------------- output

def claim_stdout():
    """Returns a text stream on the original stdout and points fd 1 and sys.stdout at stderr.

    Only protocol lines reach the harness then, whatever Python or native code prints.
    """
    sys.stdout.flush()
    protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return protocol


def send(out, message):
    out.write(json.dumps(message) + "\n")
    out.flush()


def warn(text):
    print("torch_peer: " + text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- BLAS

def find_openblas():
    """Returns a ctypes handle on the OpenBLAS that NumPy uses, or None.

    Tries the library names NumPy links against first (ctypes returns the already loaded copy),
    then any OpenBLAS or libblas mapped into this process.
    """
    for name in BLAS_NAMES + tuple(mapped_blas_paths()):
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        if hasattr(library, "openblas_set_num_threads") and hasattr(library, "openblas_get_num_threads"):
            library.openblas_get_num_threads.restype = ctypes.c_int
            library.openblas_set_num_threads.argtypes = [ctypes.c_int]
            return library
    return None


def mapped_blas_paths():
    """Yields the paths of loaded libraries whose name mentions openblas or libblas."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            lines = maps.readlines()
    except OSError:
        return
    seen = set()
    for line in lines:
        path = line.split()[-1] if len(line.split()) >= 6 else ""
        name = os.path.basename(path)
        if ("openblas" in name or "libblas" in name) and path not in seen:
            seen.add(path)
            yield path


def blas_description(openblas):
    """Names the BLAS NumPy uses, e.g. 'openblas 0.3.21', or 'unknown'."""
    if openblas is not None and hasattr(openblas, "openblas_get_config"):
        openblas.openblas_get_config.restype = ctypes.c_char_p
        words = (openblas.openblas_get_config() or b"").decode("ascii", "replace").split()
        if len(words) >= 2 and words[0].lower() == "openblas":
            return "openblas " + words[1]
        return "openblas"
    return "unknown"


def set_blas_threads(openblas, threads):
    """Sets the OpenBLAS thread count; returns the count in effect, or None without OpenBLAS."""
    if openblas is None:
        return None
    openblas.openblas_set_num_threads(threads)
    return openblas.openblas_get_num_threads()


# ---------------------------------------------------------------- data

def moons(count, noise, rng):
    """Two interleaving half circles with Gaussian noise; labels 0 (upper) and 1 (lower)."""
    upper = count // 2
    lower = count - upper
    t_upper = np.linspace(0, np.pi, upper)
    t_lower = np.linspace(0, np.pi, lower)
    x = np.concatenate([np.stack([np.cos(t_upper), np.sin(t_upper)], axis=1),
                        np.stack([1 - np.cos(t_lower), 0.5 - np.sin(t_lower)], axis=1)])
    x = x + rng.normal(scale=noise, size=x.shape)
    y = np.concatenate([np.zeros(upper), np.ones(lower)])
    return x, y


def xor():
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    y = np.array([0, 1, 1, 0], dtype=np.float64)
    return x, y


def read_idx(path, magic, header_ints, count, item_size):
    """Reads the first `count` items of a gzipped IDX file as uint8 (header: big-endian int32s)."""
    header_size = 4 * header_ints
    with gzip.open(path, "rb") as stream:
        header = struct.unpack(">" + "i" * header_ints, stream.read(header_size))
        if header[0] != magic:
            raise RequestError(f"{path}: magic number {header[0]}, expected {magic}")
        if count > header[1]:
            raise RequestError(f"examples {count} exceeds the {header[1]} images in {path}")
        data = stream.read(count * item_size)
    return np.frombuffer(data, dtype=np.uint8)


def fashion_mnist(examples, rng):
    """Returns (images [examples,784] in [0,1], labels, data source name)."""
    images_path = os.path.join(FASHION_DIR, FASHION_IMAGES)
    labels_path = os.path.join(FASHION_DIR, FASHION_LABELS)
    if not (os.path.exists(images_path) and os.path.exists(labels_path)):
        warn(f"{FASHION_DIR} has no Fashion-MNIST; W3/W4 train on seeded random data")
        return rng.random((examples, 784)), rng.integers(0, 10, examples), RANDOM_DATA
    images = read_idx(images_path, 2051, 4, examples, 784).reshape(examples, 784) / 255.0
    labels = read_idx(labels_path, 2049, 2, examples, 1).astype(np.int64)
    return images, labels, "Fashion-MNIST"


# ---------------------------------------------------------------- workloads

class Workload:
    """A model, its loss and optimizer, and the batches it cycles through."""

    def __init__(self, model, loss, optimizer, batches, data):
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
        self.batches = batches
        self.data = data
        self.next_batch = 0

    def parameters(self):
        return sum(p.numel() for p in self.model.parameters() if p.requires_grad)

    def examples(self):
        return sum(len(y) for _, y in self.batches)

    def step(self):
        x, y = self.batches[self.next_batch]
        self.next_batch = (self.next_batch + 1) % len(self.batches)
        self.optimizer.zero_grad()
        loss = self.loss(self.model(x), y)
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def run(self, count):
        """Runs `count` steps; returns (wall seconds, loss after the last step)."""
        loss = None
        start = time.perf_counter()
        for _ in range(count):
            loss = self.step()
        return time.perf_counter() - start, loss


def full_batch(x, y, dtype):
    features = torch.from_numpy(x).to(dtype).contiguous()
    targets = torch.from_numpy(y).to(dtype).reshape(-1, 1).contiguous()
    return [(features, targets)]


def build_w1(dtype, rng):
    x, y = moons(200, 0.1, rng)
    model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(),
                          nn.Linear(16, 1), nn.Sigmoid()).to(dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    return Workload(model, nn.BCELoss(), optimizer, full_batch(x, y, dtype), "moons")


def build_w2(dtype, _rng):
    x, y = xor()
    model = nn.Sequential(nn.Linear(2, 3), nn.Sigmoid(), nn.Linear(3, 1), nn.Sigmoid()).to(dtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    return Workload(model, nn.MSELoss(), optimizer, full_batch(x, y, dtype), "xor")


def image_batches(images, labels, dtype, rng):
    """Batches of 64 (the last may be smaller) from one permutation, as contiguous tensors."""
    order = rng.permutation(len(labels))
    batches = []
    for start in range(0, len(order), BATCH):
        chosen = order[start:start + BATCH]
        batches.append((torch.from_numpy(images[chosen]).to(dtype).contiguous(),
                        torch.from_numpy(labels[chosen]).to(torch.int64).contiguous()))
    return batches


def build_images(dtype, rng, examples, hidden, dropout):
    images, labels, source = fashion_mnist(examples, rng)
    layers = [nn.Linear(784, hidden), nn.ReLU()]
    if dropout:
        layers.append(nn.Dropout(0.5))
    model = nn.Sequential(*layers, nn.Linear(hidden, 10)).to(dtype)
    model.train()
    if dropout:
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    batches = image_batches(images, labels, dtype, rng)
    return Workload(model, nn.CrossEntropyLoss(), optimizer, batches, source)


def build_workload(name, precision, examples, hidden):
    """Builds one workload from fixed seeds, so rebuilding it gives the same start."""
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    dtype = torch.float64 if precision == "f64" else torch.float32
    if name == "W1":
        return build_w1(dtype, rng)
    if name == "W2":
        return build_w2(dtype, rng)
    return build_images(dtype, rng, examples, hidden, dropout=(name == "W4"))


# ---------------------------------------------------------------- requests

def choice(request, key, accepted):
    value = request.get(key)
    if value not in accepted:
        raise RequestError(f"unknown {key} {json.dumps(value)}; expected one of {', '.join(accepted)}")
    return value


def positive_int(request, key, default=None):
    value = request.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RequestError(f"{key} must be a positive integer, got {json.dumps(value)}")
    return value


class Peer:
    """Serves requests; holds the prepared workloads keyed by (workload, precision)."""

    def __init__(self, openblas):
        self.openblas = openblas
        self.workloads = {}

    def answer(self, request):
        if not isinstance(request, dict):
            raise RequestError(f"a request must be a JSON object, got {json.dumps(request)}")
        command = choice(request, "cmd", COMMANDS)
        if command == "matmul":
            return self.matmul(request)
        if command == "quit":
            return {"ok": True}
        if torch is None:
            raise RequestError(f"cannot {command}: {NO_TORCH}")
        return getattr(self, command)(request)

    def prepare(self, request):
        name = choice(request, "workload", WORKLOADS)
        precision = choice(request, "precision", PRECISIONS)
        examples = positive_int(request, "examples", 60000)
        hidden = positive_int(request, "hidden", 128)
        workload = build_workload(name, precision, examples, hidden)
        self.workloads[(name, precision)] = workload
        return {"ok": True, "data": workload.data, "parameters": workload.parameters()}

    def prepared(self, request):
        name = choice(request, "workload", WORKLOADS)
        precision = choice(request, "precision", PRECISIONS)
        workload = self.workloads.get((name, precision))
        if workload is None:
            ready = ", ".join(f"{w} {p}" for w, p in self.workloads) or "none"
            raise RequestError(f"workload {name} {precision} is not prepared (prepared: {ready});"
                               f" send a prepare request first")
        return workload

    def steps(self, request):
        workload = self.prepared(request)
        seconds, loss = workload.run(positive_int(request, "count"))
        return {"seconds": seconds, "loss": loss}

    def epoch(self, request):
        workload = self.prepared(request)
        seconds, _ = workload.run(len(workload.batches))
        return {"seconds": seconds, "examples": workload.examples()}

    def matmul(self, request):
        m, k, n = (positive_int(request, key) for key in ("m", "k", "n"))
        count = positive_int(request, "count")
        threads = positive_int(request, "threads")
        rng = np.random.default_rng(SEED)
        a = rng.standard_normal((m, k))
        b = rng.standard_normal((k, n))
        before = self.openblas.openblas_get_num_threads() if self.openblas is not None else None
        used = set_blas_threads(self.openblas, threads)
        try:
            start = time.perf_counter()
            for _ in range(count):
                np.matmul(a, b)
            seconds = time.perf_counter() - start
        finally:
            if before is not None:
                set_blas_threads(self.openblas, before)
        return {"seconds": seconds, "threads": used}


# ---------------------------------------------------------------- start-up and loop

def configure_threads(threads, openblas):
    """Seeds everything and applies --threads to PyTorch and to the BLAS it shares with NumPy."""
    np.random.seed(SEED)
    set_blas_threads(openblas, threads)
    if torch is None:
        return
    torch.manual_seed(SEED)
    torch.set_num_threads(threads)
    try:
        torch.set_num_interop_threads(threads)
    except RuntimeError as error:
        warn(f"could not set inter-op threads: {error}")


def ready_line(threads, openblas):
    line = {"ready": True, "system": None, "threads": threads, "numpy": np.__version__,
            "blas": blas_description(openblas)}
    if torch is None:
        line["unavailable"] = "PyTorch is left out (--numpy-only)" if NUMPY_ONLY else NO_TORCH
    else:
        line["system"] = "PyTorch " + torch.__version__
    return line


def serve(out, peer):
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as error:
            send(out, {"error": f"not a JSON request ({error}): {line.strip()[:200]}"})
            continue
        try:
            send(out, peer.answer(request))
        except RequestError as error:
            send(out, {"error": str(error)})
        except Exception as error:  # keep serving whatever a request does
            send(out, {"error": f"{type(error).__name__}: {error}"})
        if isinstance(request, dict) and request.get("cmd") == "quit":
            return


def main():
    parser = argparse.ArgumentParser(description="PyTorch peer of the dlkit benchmarks (JSON lines on stdin/stdout)")
    parser.add_argument("--threads", type=int, default=1, help="intra-op threads for PyTorch and OpenBLAS")
    parser.add_argument("--numpy-only", action="store_true", help="serve matmul only, without loading PyTorch")
    threads = parser.parse_args().threads
    if threads < 1:
        parser.error("--threads must be at least 1")
    out = claim_stdout()
    if np is None:
        why = NO_NUMPY if torch is not None else NO_NUMPY + "; " + NO_TORCH
        send(out, {"ready": False, "unavailable": why})
        return
    openblas = find_openblas()
    configure_threads(threads, openblas)
    send(out, ready_line(threads, openblas))
    serve(out, Peer(openblas))


if __name__ == "__main__":
    main()
