"""Times the dlkit kernel through jupyter_client; used by `dlkit bench kernel`.

Medians over repeated kernel starts: start to first cell result, and a trivial cell's round trip.
With --json as a fourth argument it prints one JSON object with every sample instead, for
`dlkit bench all`: {"start_seconds": [...], "round_trip_ms": [...]}.
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
    if sys.argv[4:] == ["--json"]:
        print(json.dumps({"start_seconds": start_times, "round_trip_ms": trips_ms}))
        return
    print(f"kernel start to first cell result: median {statistics.median(start_times):.2f} s "
          f"(min {min(start_times):.2f}, max {max(start_times):.2f}, {starts} starts)")
    print(f"trivial cell round trip: median {statistics.median(trips_ms):.1f} ms "
          f"(min {trips_ms[0]:.1f}, max {trips_ms[-1]:.1f}, {len(trips_ms)} cells)")


if __name__ == "__main__":
    main()
