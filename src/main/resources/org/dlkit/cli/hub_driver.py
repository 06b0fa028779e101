"""Drives a dlkit JupyterHub the way a class does, through the hub's REST API (admin token) and each
single-user server's kernel REST + websocket API; used by `dlkit bench hub` and `dlkit test`.

  hub_driver.py bench URL TOKEN NOTEBOOK USER...   start every server, open a dlkit kernel per user,
      run the notebook's code cells alone (first user) then in every kernel at once; print a report
      and, last, one JSON line with every figure.
  hub_driver.py isolation URL TOKEN USER OTHER      from USER's kernel: OTHER's home is unreadable;
      a kernel that outgrows its memory limit dies while OTHER's kernel still answers; a killed kernel
      leaves OTHER's untouched.
  hub_driver.py cell URL TOKEN USER CODE            runs one cell in a new kernel of USER, prints its text.

Run by Debian's /usr/bin/python3 (tornado comes with Jupyter Notebook); reads /proc as root for the
memory of each student's processes.
"""
import asyncio
import json
import os
import statistics
import sys
import time
import uuid
import urllib.error
import urllib.request

from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

TRIVIAL = "1 + 1"
# Where the hub puts lab 1 in a home; its first cell finds dlkit's jars at ../../target from there.
LAB_PATH = "notebooks/01-perceptron/perceptron.ipynb"
CELL_TIMEOUT = 900


def api(url, token, method="GET", path="", body=None, ok=(200, 201, 202, 204)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url + path, data=data, method=method,
                                 headers={"Authorization": "token " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            text = r.read().decode()
            return r.status, json.loads(text) if text.strip() else None
    except urllib.error.HTTPError as e:
        if e.code in ok:
            return e.code, None
        raise RuntimeError("%s %s: HTTP %d %s" % (method, path, e.code, e.read().decode()[:300]))


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1)))))
    return ordered[k]


def memory_mib(user):
    """Resident (RSS) and proportional (PSS: shared pages split among their users) memory of every
    process of USER, its server and kernels, in MiB."""
    import pwd
    uid = pwd.getpwnam(user).pw_uid
    rss = pss = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/status" % pid) as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            if int(fields["Uid"].split()[0]) != uid or "VmRSS" not in fields:
                continue
            rss += int(fields["VmRSS"].split()[0])
            with open("/proc/%s/smaps_rollup" % pid) as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except (OSError, KeyError, ValueError):
            continue
    return {"rss": rss / 1024.0, "pss": pss / 1024.0}


def summary(memory, key):
    values = [m[key] for m in memory.values()]
    return statistics.mean(values), max(values)


async def start_servers(url, token, users):
    """Creates the hub users (existing ones are fine), starts their servers, returns seconds until all are ready."""
    api(url, token, "POST", "/hub/api/users", {"usernames": users}, ok=(200, 201, 409))
    began = time.time()
    for user in users:
        api(url, token, "POST", "/hub/api/users/%s/server" % user, ok=(201, 202, 400))
    waiting = set(users)
    while waiting:
        if time.time() - began > 600:
            raise RuntimeError("servers not ready after 600 s: %s" % sorted(waiting))
        for user in list(waiting):
            _, info = api(url, token, "GET", "/hub/api/users/%s" % user)
            server = (info.get("servers") or {}).get("")
            if server and server.get("ready"):
                waiting.discard(user)
        await asyncio.sleep(0.5)
    return time.time() - began


class Kernel:
    """One dlkit kernel of one user, reached through the user's server behind the hub's proxy."""

    def __init__(self, url, token, user, path=LAB_PATH):
        self.url, self.token, self.user, self.path = url, token, user, path
        self.id = None
        self.session_id = None
        self.ws = None
        self.session = uuid.uuid4().hex

    async def open(self):
        # A session for a notebook path starts the kernel in that notebook's folder, as the browser does.
        _, info = api(self.url, self.token, "POST", "/user/%s/api/sessions" % self.user,
                      {"path": self.path, "name": os.path.basename(self.path), "type": "notebook",
                       "kernel": {"name": "dlkit"}})
        self.session_id, self.id = info["id"], info["kernel"]["id"]
        ws_url = self.url.replace("http", "ws", 1) + "/user/%s/api/kernels/%s/channels?session_id=%s" % (
            self.user, self.id, self.session)
        self.ws = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": "token " + self.token},
                                                      request_timeout=300, connect_timeout=300))
        # Tornado's client holds one unread message and stops reading (and answering the server's
        # pings) until it is taken; drain every socket all the time so an idle one is not closed.
        self.inbox = asyncio.Queue()
        self.reader = asyncio.ensure_future(self.drain())
        deadline = time.time() + 180
        while time.time() < deadline:  # the JVM takes a few seconds: ask until it answers
            reply = await self.request("kernel_info_request", {}, timeout=10, wait_idle=False)
            if reply is not None:
                return self
        raise RuntimeError("%s: kernel gave no kernel_info_reply in 180 s" % self.user)

    async def drain(self):
        while True:
            raw = await self.ws.read_message()
            await self.inbox.put(raw)
            if raw is None:
                return

    async def request(self, msg_type, content, timeout=CELL_TIMEOUT, wait_idle=True):
        msg_id = uuid.uuid4().hex
        msg = {"header": {"msg_id": msg_id, "username": self.user, "session": self.session, "msg_type": msg_type,
                          "version": "5.3", "date": ""},
               "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}
        await self.ws.write_message(json.dumps(msg))
        reply, idle, text, states = None, not wait_idle, [], []
        deadline = time.time() + timeout
        while reply is None or not idle:
            left = deadline - time.time()
            if left <= 0:
                return None if reply is None else reply
            try:
                raw = await asyncio.wait_for(self.inbox.get(), left)
            except asyncio.TimeoutError:
                return reply
            if raw is None:
                raise ConnectionError("%s: the kernel's websocket closed" % self.user)
            m = json.loads(raw)
            if m.get("parent_header", {}).get("msg_id") != msg_id:
                if m.get("msg_type") == "status":
                    states.append(m["content"]["execution_state"])
                    if m["content"]["execution_state"] in ("dead", "restarting"):
                        raise ConnectionError("%s: kernel %s" % (self.user, m["content"]["execution_state"]))
                continue
            kind = m["msg_type"]
            if kind.endswith("_reply"):
                reply = m["content"]
            elif kind == "status" and m["content"]["execution_state"] == "idle":
                idle = True
            elif kind == "stream":
                text.append(m["content"]["text"])
            elif kind in ("execute_result", "display_data"):
                text.append(m["content"]["data"].get("text/plain", ""))
            elif kind == "error":
                text.append("%s: %s" % (m["content"]["ename"], m["content"]["evalue"]))
        reply["_text"] = "".join(text)
        return reply

    async def run(self, code, timeout=CELL_TIMEOUT):
        """Runs CODE; returns (seconds, reply) with reply None when it timed out."""
        began = time.time()
        reply = await self.request("execute_request", {"code": code, "silent": False, "store_history": True,
                                                       "user_expressions": {}, "allow_stdin": False,
                                                       "stop_on_error": True}, timeout)
        return time.time() - began, reply

    async def close(self, shutdown=True):
        if self.ws is not None:
            self.reader.cancel()
            self.ws.close()
        if shutdown and self.session_id:
            api(self.url, self.token, "DELETE", "/user/%s/api/sessions/%s" % (self.user, self.session_id), ok=(204, 404))


def code_cells(notebook):
    with open(notebook) as f:
        nb = json.load(f)
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


async def lab(kernel, cells):
    """Runs every cell, each followed by a trivial one; returns (cell seconds, trivial seconds, failures)."""
    cell_times, trivial_times, failures = [], [], []
    for i, code in enumerate(cells):
        try:
            seconds, reply = await kernel.run(code)
            if reply is None or reply.get("status") != "ok":
                failures.append("%s cell %d: %s" % (kernel.user, i + 1, "timed out" if reply is None else
                                                     (reply.get("ename", "") + " " + reply.get("evalue", ""))[:200]))
            cell_times.append(seconds)
            seconds, reply = await kernel.run(TRIVIAL, timeout=120)
            if reply is None or reply.get("status") != "ok":
                failures.append("%s trivial cell after %d failed" % (kernel.user, i + 1))
            trivial_times.append(seconds)
        except ConnectionError as e:
            failures.append(str(e))
            break
    return cell_times, trivial_times, failures


async def bench(url, token, notebook, users):
    cells = code_cells(notebook)
    up = await start_servers(url, token, users)
    print("all %d servers up in %.1f s" % (len(users), up), flush=True)
    began = time.time()
    kernels = await asyncio.gather(*[Kernel(url, token, u).open() for u in users])
    kernels_up = time.time() - began
    for k in kernels:
        await k.run(TRIVIAL, timeout=120)
    await asyncio.sleep(20)  # let each JVM's periodic collection hand back start-up garbage
    idle = {u: memory_mib(u) for u in users}
    print("all %d kernels up in %.1f s; idle memory per student: RSS %.0f MiB mean, %.0f max; PSS %.0f mean, %.0f max"
          % ((len(users), kernels_up) + summary(idle, "rss") + summary(idle, "pss")), flush=True)
    alone_kernel = await Kernel(url, token, users[0], "notebooks/01-perceptron/alone.ipynb").open()
    began = time.time()
    alone_cells, alone_trivial, alone_failures = await lab(alone_kernel, cells)
    alone_total = time.time() - began
    await alone_kernel.close()
    print("one student alone: lab in %.1f s, cell p50 %.3f s p95 %.3f s, trivial p50 %.3f s p95 %.3f s" % (
        alone_total, percentile(alone_cells, 50), percentile(alone_cells, 95),
        percentile(alone_trivial, 50), percentile(alone_trivial, 95)), flush=True)
    began = time.time()
    results = await asyncio.gather(*[lab(k, cells) for k in kernels])
    all_total = time.time() - began
    busy = {u: memory_mib(u) for u in users}
    all_cells = [t for r in results for t in r[0]]
    all_trivial = [t for r in results for t in r[1]]
    failures = alone_failures + [f for r in results for f in r[2]]
    completed = sum(1 for r in results if not r[2] and len(r[0]) == len(cells))
    print("%d students at once: all done in %.1f s, cell p50 %.3f s p95 %.3f s, trivial p50 %.3f s p95 %.3f s" % (
        len(users), all_total, percentile(all_cells, 50), percentile(all_cells, 95),
        percentile(all_trivial, 50), percentile(all_trivial, 95)), flush=True)
    print("memory per student after the lab: RSS %.0f MiB mean, %.0f max; PSS %.0f mean, %.0f max" % (
        summary(busy, "rss") + summary(busy, "pss")), flush=True)
    print("%d of %d students completed the lab; %d failures" % (completed, len(users), len(failures)), flush=True)
    for f in failures[:20]:
        print("  failure: " + f, flush=True)
    for k in kernels:
        await k.close()
    report = {"users": len(users), "cells": len(cells), "servers_up_seconds": up, "kernels_up_seconds": kernels_up,
              "alone": {"lab_seconds": alone_total, "cell_p50": percentile(alone_cells, 50),
                        "cell_p95": percentile(alone_cells, 95), "trivial_p50": percentile(alone_trivial, 50),
                        "trivial_p95": percentile(alone_trivial, 95)},
              "all": {"lab_seconds": all_total, "cell_p50": percentile(all_cells, 50),
                      "cell_p95": percentile(all_cells, 95), "trivial_p50": percentile(all_trivial, 50),
                      "trivial_p95": percentile(all_trivial, 95)},
              "idle_mib": idle, "busy_mib": busy, "completed": completed, "failures": failures}
    print(json.dumps(report), flush=True)
    return 0 if not failures and completed == len(users) else 1


HEAP_CELL = """
java.util.List<byte[]> hold = new java.util.ArrayList<>();
for (int i = 0; i < 100000; i++) { byte[] h = new byte[1 << 20]; java.util.Arrays.fill(h, (byte) 1); hold.add(h); }
"""
# A process the student starts from the kernel writes 4 GiB: past the server's memory limit, so the
# kernel's out-of-memory killer ends it (exit 137, SIGKILL) inside the student's control group.
NATIVE_CELL = """
new ProcessBuilder("/usr/bin/python3", "-c", "b = bytes([1]) * (4 << 30)").inheritIO().start().waitFor()
"""


async def isolation(url, token, user, other):
    """Checks what one student can do to another; returns 0 when every check holds."""
    problems = []
    await start_servers(url, token, [user, other])
    mine = await Kernel(url, token, user).open()
    theirs = await Kernel(url, token, other).open()
    _, reply = await mine.run('java.nio.file.Files.list(java.nio.file.Path.of("/home/%s")).count()' % other)
    if reply is None or reply.get("status") == "ok" or "AccessDenied" not in reply["_text"] + reply.get("ename", ""):
        problems.append("%s could list %s's home: %s" % (user, other, reply))
    else:
        print("ok: %s's kernel cannot read /home/%s (%s)" % (user, other, reply.get("ename")), flush=True)
    _, reply = await mine.run(HEAP_CELL, timeout=300)
    if reply is None or "OutOfMemoryError" not in reply.get("ename", ""):
        problems.append("%s's kernel did not stop at its heap cap: %s" % (user, reply))
    else:
        _, after = await mine.run("hold = null; 6 * 7", timeout=120)
        if after is None or "42" not in after["_text"]:
            problems.append("%s's kernel did not answer after its heap filled: %s" % (user, after))
        else:
            print("ok: %s's kernel stopped at its heap cap (OutOfMemoryError) and still answers" % user, flush=True)
    _, reply = await mine.run(NATIVE_CELL, timeout=300)
    if reply is None or "137" not in reply["_text"]:
        problems.append("a process of %s's that outgrew the memory limit was not killed: %s" % (user, reply))
    else:
        print("ok: a process of %s's past the server's memory limit was killed by the cgroup (exit 137)" % user,
              flush=True)
    _, reply = await theirs.run("40 + 2", timeout=60)
    if reply is None or "42" not in reply["_text"]:
        problems.append("%s's kernel did not answer after %s ran out of memory: %s" % (other, user, reply))
    else:
        print("ok: %s's kernel still answers after %s's ran out of memory" % (other, user), flush=True)
    await mine.close(shutdown=False)
    # A kernel killed outright (kill -9 of its JVM) leaves the other one alone too.
    mine = await Kernel(url, token, user, "notebooks/killed.ipynb").open()
    _, reply = await mine.run("ProcessHandle.current().pid()", timeout=60)
    pid = int("".join(ch for ch in reply["_text"] if ch.isdigit()))
    os.kill(pid, 9)
    await asyncio.sleep(2)
    _, reply = await theirs.run("40 + 2", timeout=60)
    if reply is None or "42" not in reply["_text"]:
        problems.append("%s's kernel did not answer after %s's kernel was killed" % (other, user))
    else:
        print("ok: %s's kernel still answers after %s's kernel JVM (pid %d) was killed" % (other, user, pid), flush=True)
    await mine.close()
    await theirs.close()
    for p in problems:
        print("FAIL: " + p, flush=True)
    return 1 if problems else 0


async def one_cell(url, token, user, code):
    await start_servers(url, token, [user])
    kernel = await Kernel(url, token, user).open()
    _, reply = await kernel.run(code, timeout=120)
    print(reply["_text"] if reply else "(no reply)", flush=True)
    await kernel.close(shutdown=False)
    return 0 if reply and reply.get("status") == "ok" else 1


def main(argv):
    mode, url, token = argv[1], argv[2].rstrip("/"), argv[3]
    if mode == "bench":
        return asyncio.run(bench(url, token, argv[4], argv[5:]))
    if mode == "isolation":
        return asyncio.run(isolation(url, token, argv[4], argv[5]))
    if mode == "cell":
        return asyncio.run(one_cell(url, token, argv[4], argv[5]))
    print("unknown mode " + mode, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
