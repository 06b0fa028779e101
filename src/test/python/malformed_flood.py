"""Floods a running kernel's shell, control and stdin ports with malformed messages over loopback,
then checks that `1 + 1` with the right key still answers within a second.

Used by kernel_protocol_test.py on the dlkit kernel; run alone to compare another kernel:
  JUPYTER_PATH=.jupyter-data /usr/bin/python3 src/test/python/malformed_flood.py python3
The message limit for the oversized kind is given by --limit-mb (the kernel must have been started
with the same limit; dlkit reads DLKIT_KERNEL_MAX_MESSAGE_MB).
"""
import hashlib
import hmac
import json
import os
import sys
import time
import uuid

import zmq

DELIMITER = b"<IDS|MSG>"
CHANNELS = ("shell", "control", "stdin")


def header(msg_type="execute_request"):
    return {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": uuid.uuid4().hex,
            "username": "intruder", "date": "2026-12-07T21:00:00.000000Z", "version": "5.3"}


def signed(key, parts):
    """Returns [delimiter, signature, *parts] with parts signed by key (bytes)."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in parts:
        mac.update(part)
    return [DELIMITER, mac.hexdigest().encode()] + parts


def encode(obj):
    return json.dumps(obj).encode()


def execute_parts(msg_type="execute_request"):
    return [encode(header(msg_type)), b"{}", b"{}", encode({"code": "System.exit(3)", "silent": False})]


def kinds(key, limit_bytes):
    """Returns {kind: function(i) -> frames}, each frame list one malformed message."""
    wrong_key = b"not-the-key-" + key[:4]

    def bad_json(position):
        def make(i):
            parts = execute_parts()
            parts[position] = [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"a": 1} trailing', b"null",
                               b'"just a string"', b"{" * 5000 + b"}" * 5000][i % 7]
            return signed(key, parts)
        return make

    def malformed_frames(i):
        choice = i % 5
        if choice == 0:
            return [os.urandom(1 + i % 50)]  # no delimiter at all
        if choice == 1:
            return [DELIMITER]  # nothing after the delimiter
        if choice == 2:
            return [DELIMITER, b"sig", b"{}"]  # too few frames
        if choice == 3:
            return [os.urandom(8) for _ in range(1 + i % 9)]
        return [b"", DELIMITER, b"", b"", b"", b""]

    def bad_header_fields(i):
        variants = [{"msg_type": "execute_request"}, {"msg_id": 5, "msg_type": "execute_request"},
                    {"msg_id": "x", "msg_type": ["execute_request"]}, {"msg_id": "x", "msg_type": None}]
        parts = [encode(variants[i % len(variants)]), b"{}", b"{}", encode({"code": "1"})]
        return signed(key, parts)

    def bad_content(i):
        contents = [{"code": {"nested": True}}, {"code": [1, 2]}, {"silent": "maybe", "code": "1"}]
        return signed(key, [encode(header()), b"{}", b"{}", encode(contents[i % len(contents)])])

    return {
        "bad signature": lambda i: signed(wrong_key, execute_parts()),
        "missing signature": lambda i: [DELIMITER, b""] + execute_parts(),
        "malformed frames": malformed_frames,
        "invalid JSON header": bad_json(0),
        "invalid JSON parent header": bad_json(1),
        "invalid JSON metadata": bad_json(2),
        "invalid JSON content": bad_json(3),
        "header without its fields": bad_header_fields,
        "content of the wrong shape": bad_content,
        "unknown msg_type": lambda i: signed(key, execute_parts("no_such_request_" + str(i % 3))),
        "oversized payload": lambda i: signed(key, [encode(header()), b"{}", b"{}",
                                                    encode({"code": "x" * (limit_bytes // 3 + 1)})] + [
                                                        b"0" * (limit_bytes // 3 + 1)] * 3),
    }


def flood(info, count=300, oversized=20, limit_mb=64):
    """Sends count messages of each kind (oversized ones: `oversized`) to every channel; returns the
    number sent."""
    key = info["key"].encode() if isinstance(info["key"], str) else info["key"]
    context = zmq.Context.instance()
    sent = 0
    sockets = []
    try:
        for channel in CHANNELS:
            socket = context.socket(zmq.DEALER)
            socket.setsockopt(zmq.LINGER, 5000)
            socket.setsockopt(zmq.SNDHWM, 0)
            socket.connect(f"{info['transport']}://{info['ip']}:{info[channel + '_port']}")
            sockets.append(socket)
            for kind, make in kinds(key, limit_mb * 1024 * 1024).items():
                for i in range(oversized if kind == "oversized payload" else count):
                    socket.send_multipart(make(i))
                    sent += 1
    finally:
        for socket in sockets:
            socket.close()  # lingers until everything is delivered
    return sent


def one_plus_one(client, timeout):
    """Runs 1 + 1 and returns (seconds to the reply, the text/plain result)."""
    started = time.monotonic()
    msg_id = client.execute("1 + 1")
    result = None
    while True:
        msg = client.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            result = msg["content"]["data"]["text/plain"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    while client.get_shell_msg(timeout=timeout)["parent_header"].get("msg_id") != msg_id:
        pass
    return time.monotonic() - started, result


def check(manager, client, limit_mb, count=300, oversized=20):
    """Floods the kernel, waits for a kernel_info reply (the shell has read the whole backlog), then
    returns (messages sent, seconds to that reply, seconds 1 + 1 took, its result); a kernel that
    stopped serving raises queue.Empty from jupyter_client."""
    sent = flood(manager.get_connection_info(), count=count, oversized=oversized, limit_mb=limit_mb)
    started = time.monotonic()
    msg_id = client.kernel_info()
    while client.get_shell_msg(timeout=30)["parent_header"].get("msg_id") != msg_id:
        pass
    request = client.session.msg("kernel_info_request")
    client.control_channel.send(request)
    while client.get_control_msg(timeout=30)["parent_header"].get("msg_id") != request["header"]["msg_id"]:
        pass
    drained = time.monotonic() - started
    seconds, result = one_plus_one(client, timeout=30)
    assert manager.is_alive(), "the kernel process died"
    return sent, drained, seconds, result


def main():
    from jupyter_client.manager import start_new_kernel
    kernel = sys.argv[1] if len(sys.argv) > 1 else "dlkit"
    limit_mb = int(os.environ.get("DLKIT_KERNEL_MAX_MESSAGE_MB", "64"))
    manager, client = start_new_kernel(kernel_name=kernel, startup_timeout=60)
    try:
        one_plus_one(client, timeout=60)
        before, _ = one_plus_one(client, timeout=60)
        print(f"{kernel}: 1 + 1 took {before:.3f} s before the flood")
        sent, drained, seconds, result = check(manager, client, limit_mb)
        print(f"{kernel}: {sent} malformed messages sent; shell and control answered again {drained:.3f} s after "
              f"the flood; then 1 + 1 -> {result} in {seconds:.3f} s")
        again = [one_plus_one(client, timeout=30)[0] for _ in range(3)]
        print(f"{kernel}: 1 + 1 again: " + ", ".join(f"{t:.3f} s" for t in again))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
