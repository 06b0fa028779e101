"""Tests of dlkit's widgets through real Jupyter messaging (jupyter_client), as the classic
notebook's widget front end (jupyter-js-widgets 2.1, ipywidgets 6) speaks to the kernel: comm_open
with the model's state, backbone messages from the browser, updates from the kernel, figures that
redraw in place, comm_close, and a kernel restart. Also times "slider change -> new figure shown".

Run by `./dlkit test` with JUPYTER_PATH pointing at the project-local kernelspec. Prints one line
per test, the latency figures, and `N passed, M failed`; exits 1 when any test failed.
"""
import math
import statistics
import sys
import time

import script_tests

KERNEL = sys.argv[1] if len(sys.argv) > 1 else "dlkit"

SETUP = """import org.dlkit.widget.*;
import org.knowm.xchart.*;
XYChart line(double slope) {
    XYChart chart = new XYChartBuilder().width(320).height(200).title("slope " + slope).build();
    chart.addSeries("y", new double[] {0, 1, 2}, new double[] {0, slope, 2 * slope});
    return chart;
}"""


class Front:
    """The browser's side: runs cells, collects every iopub message, and sends comm messages."""

    def __init__(self, client):
        self.client = client
        self.seen = []

    def execute(self, code, timeout=60):
        msg_id = self.client.execute(code)
        deadline = time.monotonic() + timeout
        mine = []
        while True:
            msg = self.client.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
            self.seen.append(msg)
            if msg["parent_header"].get("msg_id") == msg_id:
                mine.append(msg)
                if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    break
        while True:
            reply = self.client.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"], mine

    def send(self, kind, content):
        msg = self.client.session.msg(kind, content)
        self.client.shell_channel.send(msg)
        return msg["header"]["msg_id"]

    def wait_for(self, predicate, timeout=10):
        """Returns the first iopub message (already seen or arriving) that predicate accepts."""
        for msg in self.seen:
            if predicate(msg):
                self.seen.remove(msg)
                return msg
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = self.client.get_iopub_msg(timeout=max(0.05, deadline - time.monotonic()))
            except Exception:
                continue
            if predicate(msg):
                return msg
            self.seen.append(msg)
        raise AssertionError("no matching message within %s s" % timeout)

    def drain(self, seconds=0.5):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self.seen.append(self.client.get_iopub_msg(timeout=0.05))
            except Exception:
                pass


def opened(messages, model):
    return [m for m in messages if m["msg_type"] == "comm_open"
            and m["content"]["target_name"] == "jupyter.widget" and m["content"]["data"].get("_model_name") == model]


def figure_id(messages):
    """Returns the comm id and the first PNG of the figure an Interact shows in its layout."""
    images = opened(messages, "ImageModel")
    assert images, "no figure in the layout: " + str([m["msg_type"] for m in messages])
    return images[0]["content"]["comm_id"], images[0]["content"]["data"]["_b64value"]


def is_update_of(comm_id):
    return lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id \
        and "_b64value" in m["content"]["data"].get("state", {})


def test_headless_shows_the_static_figure_and_a_note(front):
    reply, messages = front.execute(SETUP)
    assert reply["status"] == "ok", reply
    reply, messages = front.execute(
        'FloatSlider still = FloatSlider.of("slope", 0, 4, 1);\nInteract.of(() -> line(still.value()), still);')
    assert reply["status"] == "ok", reply
    pictures = [m for m in messages if m["msg_type"] == "display_data" and "image/png" in m["content"]["data"]]
    text = "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream")
    assert len(pictures) == 1, [m["msg_type"] for m in messages]
    assert "static figure" in text, text
    assert not opened(messages, "ImageModel"), "a headless run got a live figure"


def test_a_cell_queued_behind_the_handshake_is_live(front):
    """As in a browser's "Run All" right after the kernel connects: the front end opens the version
    comm, the cells are queued on the shell channel, and the front end's answer comes after them."""
    front.send("comm_open", {"comm_id": "version-check", "target_name": "jupyter.widget.version", "data": {}})
    reply, messages = front.execute(
        'FloatSlider early = FloatSlider.of("slope", 0, 4, 1);\nInteract.of(() -> line(early.value()), early);')
    assert reply["status"] == "ok", reply
    assert opened(messages, "ImageModel"), "a cell run before the front end answered got a static figure"
    answer = front.wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == "version-check")
    assert answer["content"]["data"]["version"] == "~2.1.4", answer["content"]
    front.send("comm_msg", {"comm_id": "version-check", "data": {"validated": True, "frontend_version": "2.1.4"}})


def move(front, comm_id, value):
    front.send("comm_msg", {"comm_id": comm_id, "data": {"method": "backbone", "sync_data": {"value": value}}})


def test_slider_opens_with_the_state_the_front_end_expects(front):
    reply, messages = front.execute(
        'FloatSlider rate = FloatSlider.of("learning rate", 0.001, 2.0, 0.1).logScale();\nrate.show();')
    assert reply["status"] == "ok", reply
    sliders = opened(messages, "FloatSliderModel")
    assert len(sliders) == 1, [m["content"] for m in messages if m["msg_type"] == "comm_open"]
    state = sliders[0]["content"]["data"]
    assert state["_model_module"] == "jupyter-js-widgets" and state["_view_name"] == "FloatSliderView", state
    assert math.isclose(state["value"], -1.0) and math.isclose(state["min"], -3.0), state
    assert state["description"] == "learning rate 0.1", state
    assert state["layout"].startswith("IPY_MODEL_"), state
    views = [m for m in messages if m["msg_type"] == "display_data"
             and "application/vnd.jupyter.widget-view+json" in m["content"]["data"]]
    assert views and views[0]["content"]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"] \
        == sliders[0]["content"]["comm_id"], views
    # With a widget front end connected, the view carries no text twin (it would show beside the widget).
    assert "text/plain" not in views[0]["content"]["data"], views


def test_a_drag_runs_the_listener_and_redraws_in_place(front):
    reply, messages = front.execute(
        'FloatSlider slope = FloatSlider.of("slope", 0, 4, 1);\n'
        'Interact view = Interact.of(() -> line(slope.value()), slope);')
    assert reply["status"] == "ok", reply
    comm_id = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    display_id, first = figure_id(messages)
    move(front, comm_id, 3.0)
    update = front.wait_for(is_update_of(display_id))
    assert update["content"]["data"]["state"]["_b64value"] not in ("", first), "the figure did not change"
    reply, messages = front.execute("slope.value()")
    assert reply["status"] == "ok"
    result = [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"]
    assert result == ["3.0"], result


def test_kernel_sets_and_the_front_end_moves(front):
    reply, messages = front.execute(
        'FloatSlider moved = FloatSlider.of("moved", 0, 1, 0.5);\nmoved.show();\nmoved.set(0.25);')
    assert reply["status"] == "ok", reply
    comm_id = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    updates = [m["content"]["data"] for m in messages if m["msg_type"] == "comm_msg"
               and m["content"]["comm_id"] == comm_id and m["content"]["data"].get("method") == "update"]
    assert any(u["state"].get("value") == 0.25 for u in updates), updates


def test_a_failing_figure_shows_its_error_and_the_slider_keeps_working(front):
    reply, messages = front.execute(
        'FloatSlider p = FloatSlider.of("p", 0, 1, 0.5);\n'
        'Interact fragile = Interact.of(() -> { if (p.value() > 0.7) throw new IllegalStateException("p too big"); '
        'return line(p.value()); }, p);')
    assert reply["status"] == "ok", reply
    slider = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    label = opened(messages, "LabelModel")[0]["content"]["comm_id"]
    display_id, _ = figure_id(messages)
    move(front, slider, 0.9)
    error = front.wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == label
                           and "p too big" in str(m["content"]["data"].get("state", {}).get("value", "")))
    assert error
    move(front, slider, 0.2)
    front.wait_for(is_update_of(display_id))
    front.wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == label
                   and m["content"]["data"].get("state", {}).get("value") == "")


def test_fifty_drags_draw_far_fewer_figures(front):
    reply, messages = front.execute(
        'FloatSlider fast = FloatSlider.of("fast", 0, 50, 0);\n'
        'Interact busy = Interact.of(() -> { try { Thread.sleep(40); } catch (InterruptedException e) { } '
        'return line(fast.value()); }, fast);')
    assert reply["status"] == "ok", reply
    slider = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    for value in range(1, 51):
        move(front, slider, float(value))
    time.sleep(2.0)
    reply, messages = front.execute("busy.drawings() + \" \" + fast.value()")
    shown = [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"][0]
    drawings, value = shown.strip('"').split()
    assert float(value) == 50.0, shown
    assert int(drawings) < 25, "drew %s figures for 50 moves: the drags were not coalesced" % drawings


def test_comm_close_is_quiet_and_the_widget_still_works_as_a_value(front):
    reply, messages = front.execute('FloatSlider gone = FloatSlider.of("gone", 0, 1, 0.5);\ngone.show();')
    comm_id = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    front.send("comm_close", {"comm_id": comm_id, "data": {}})
    time.sleep(0.3)
    reply, messages = front.execute("gone.set(0.75);\ngone.value()")
    assert reply["status"] == "ok", reply
    assert not [m for m in messages if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id], messages


def test_slider_latency(front):
    """Times slider change -> new figure shown at the kernel, for a figure as big as lab 3's."""
    reply, messages = front.execute(
        'FloatSlider timed = FloatSlider.of("learning rate", 0.001, 2.0, 0.1).logScale();\n'
        'Interact timing = Interact.of(() -> { XYChart c = new XYChartBuilder().width(640).height(420).build(); '
        'double[] x = new double[200]; double[] y = new double[200]; '
        'for (int i = 0; i < 200; i++) { x[i] = i; y[i] = Math.sin(i * timed.value()); } '
        'c.addSeries("descent", x, y); return c; }, timed);')
    assert reply["status"] == "ok", reply
    slider = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    display_id, _ = figure_id(messages)
    times = []
    for i in range(30):
        front.drain(0.05)
        start = time.perf_counter()
        move(front, slider, -3.0 + 3.0 * (i % 10) / 10)
        front.wait_for(is_update_of(display_id), timeout=10)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    median = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print("widget latency: slider change -> new figure shown: median %.1f ms, p95 %.1f ms over %d changes"
          % (median, p95, len(times)))


def test_widgets_after_a_restart_raise_nothing(front, manager):
    reply, messages = front.execute('FloatSlider before = FloatSlider.of("before", 0, 1, 0.5);\nbefore.show();')
    old = opened(messages, "FloatSliderModel")[0]["content"]["comm_id"]
    manager.restart_kernel(now=True)
    time.sleep(1.0)
    front.client.wait_for_ready(timeout=60)
    front.seen.clear()
    move(front, old, 0.3)
    reply, messages = front.execute("1 + 1")
    assert reply["status"] == "ok", reply
    errors = [m for m in front.seen + messages if m["msg_type"] == "error"]
    assert not errors, errors


def main():
    tests = [test_headless_shows_the_static_figure_and_a_note, test_a_cell_queued_behind_the_handshake_is_live,
             test_slider_opens_with_the_state_the_front_end_expects,
             test_a_drag_runs_the_listener_and_redraws_in_place,
             test_kernel_sets_and_the_front_end_moves, test_a_failing_figure_shows_its_error_and_the_slider_keeps_working,
             test_fifty_drags_draw_far_fewer_figures, test_comm_close_is_quiet_and_the_widget_still_works_as_a_value,
             test_slider_latency, test_widgets_after_a_restart_raise_nothing]
    script_tests.run_in_kernel("widget protocol", KERNEL, tests, (test_widgets_after_a_restart_raise_nothing,), Front)


if __name__ == "__main__":
    main()
