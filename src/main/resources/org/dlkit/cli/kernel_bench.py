"""Times the dlkit kernel through jupyter_client; used by `dlkit bench kernel`.

Medians over repeated kernel starts: start to first cell result, and a trivial cell's round trip;
then, in one more kernel, "slider change -> new figure shown": a learning-rate slider over lab 3's
landscape (the bowl, gradient descent's path), moved as the browser's widget front end moves it,
timed until the kernel has sent the new picture. With --json as a fourth argument it prints one
JSON object with every sample instead, for `dlkit bench all`:
{"start_seconds": [...], "round_trip_ms": [...], "slider_ms": [...]}.
"""
import json
import statistics
import sys
import time

from jupyter_client.manager import KernelManager


def first_result(client, code, timeout=120):
    msg_id = client.execute(code)
    while True:
        msg = client.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" \
                and msg["content"]["execution_state"] == "idle":
            return


SLIDER_CELL = """import org.dlkit.widget.*;
double bowl(double w1, double w2) { return 0.5 * (0.05 * w1 * w1 + 2.0 * w2 * w2); }
double[][] descend(double lr) {
    double[] w = {-4.5, 1.5};
    double[][] path = new double[41][];
    path[0] = w.clone();
    for (int t = 1; t <= 40; t++) { w[0] -= lr * 0.05 * w[0]; w[1] -= lr * 2.0 * w[1]; path[t] = w.clone(); }
    return path;
}
FloatSlider eta = FloatSlider.of("learning rate", 0.01, 3.0, 0.3).logScale();
Interact.of(() -> Plots.trajectories(Plots.lossLandscape((a, b) -> bowl(a, b), Range.of(-5, 5), Range.of(-2.5, 2.5)),
    Map.of("gradient descent", descend(eta.value()))), eta);"""


def slider_latency(kernel, changes):
    """Returns the milliseconds from each slider change to the kernel's new picture of lab 3's figure."""
    manager = KernelManager(kernel_name=kernel)
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=120)
    seen = []

    def send(kind, content):
        client.shell_channel.send(client.session.msg(kind, content))

    def wait_for(accept, timeout=30):
        for msg in seen:
            if accept(msg):
                seen.remove(msg)
                return msg
        deadline = time.monotonic() + timeout
        while True:
            msg = client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if accept(msg):
                return msg
            seen.append(msg)

    # What jupyter-js-widgets does as it connects: the version handshake, so the kernel draws live figures.
    send("comm_open", {"comm_id": "bench-version", "target_name": "jupyter.widget.version", "data": {}})
    wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == "bench-version")
    send("comm_msg", {"comm_id": "bench-version", "data": {"validated": True}})
    time.sleep(0.3)
    first_result(client, "import org.dlkit.plot.*;")
    first_result(client, SLIDER_CELL)

    def model(name):
        return wait_for(lambda m: m["msg_type"] == "comm_open"
                        and m["content"]["data"].get("_model_name") == name)["content"]["comm_id"]

    slider, image = model("FloatSliderModel"), model("ImageModel")
    times = []
    for i in range(changes):
        seen.clear()
        began = time.monotonic()
        send("comm_msg", {"comm_id": slider, "data": {"method": "backbone",
                                                      "sync_data": {"value": -2.0 + 2.4 * (i % 12) / 11}}})
        wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == image
                 and "_b64value" in m["content"]["data"].get("state", {}))
        times.append((time.monotonic() - began) * 1000)
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return sorted(times)


def main():
    kernel = sys.argv[1]
    starts = int(sys.argv[2])
    trips = int(sys.argv[3])
    start_times, trip_times = [], []
    for _ in range(starts):
        began = time.monotonic()
        manager = KernelManager(kernel_name=kernel)
        manager.start_kernel()
        client = manager.client()
        client.start_channels()
        client.wait_for_ready(timeout=120)
        first_result(client, "1 + 1")
        start_times.append(time.monotonic() - began)
        for i in range(trips):
            t0 = time.monotonic()
            first_result(client, str(i))
            trip_times.append(time.monotonic() - t0)
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    trips_ms = sorted(t * 1000 for t in trip_times)
    slider_ms = slider_latency(kernel, max(5, trips))
    if sys.argv[4:] == ["--json"]:
        print(json.dumps({"start_seconds": start_times, "round_trip_ms": trips_ms, "slider_ms": slider_ms}))
        return
    print(f"kernel start to first cell result: median {statistics.median(start_times):.2f} s "
          f"(min {min(start_times):.2f}, max {max(start_times):.2f}, {starts} starts)")
    print(f"trivial cell round trip: median {statistics.median(trips_ms):.1f} ms "
          f"(min {trips_ms[0]:.1f}, max {trips_ms[-1]:.1f}, {len(trips_ms)} cells)")
    print(f"slider change -> new figure shown (lab 3's landscape): median {statistics.median(slider_ms):.1f} ms, "
          f"p95 {slider_ms[int(0.95 * (len(slider_ms) - 1))]:.1f} ms ({len(slider_ms)} changes)")


if __name__ == "__main__":
    main()
