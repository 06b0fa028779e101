# JupyterHub configuration written by `dlkit hub`; the class's settings are in hub.json beside it.
# Each student is a real Unix account, logs in through PAM, and gets a classic Jupyter Notebook
# server started by LocalProcessSpawner as that account. Each server and everything it starts
# (kernels, their JVMs) runs in its own control group with a memory and a process limit, joined
# before the server's program starts, so one student cannot take the machine down.
import json
import os

from jupyterhub.spawner import LocalProcessSpawner

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "hub.json")) as f:
    S = json.load(f)

CGROUP_ROOT = "/sys/fs/cgroup"


def own_cgroup(controller):
    """Returns this process's group path for a cgroup v1 controller ('' for cgroup v2), or None."""
    with open("/proc/self/cgroup") as f:
        for line in f:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            if controller in controllers.split(",") or (controller == "" and controllers == ""):
                return path
    return None


def limit_groups(user):
    """Creates the user's control groups with their limits and returns their folders (empty when none can)."""
    name, mib, procs = S["cgroupName"], S["memoryMegabytes"], S["processes"]
    if os.path.isfile(os.path.join(CGROUP_ROOT, "cgroup.controllers")):  # cgroup v2 only
        group = os.path.join(CGROUP_ROOT + own_cgroup("").rstrip("/"), name, user)
        os.makedirs(group, exist_ok=True)
        write(os.path.join(group, "memory.max"), mib * 1024 * 1024)
        write(os.path.join(group, "memory.swap.max"), 0, required=False)
        write(os.path.join(group, "pids.max"), procs)
        return [group]
    groups = []
    for controller, settings in (("memory", {"memory.limit_in_bytes": mib * 1024 * 1024,
                                              "memory.memsw.limit_in_bytes": mib * 1024 * 1024}),
                                 ("pids", {"pids.max": procs})):
        path = own_cgroup(controller)
        if path is None or not os.path.isdir(os.path.join(CGROUP_ROOT, controller)):
            raise RuntimeError("no cgroup v1 %s controller; dlkit hub cannot limit %s" % (controller, user))
        group = os.path.join(CGROUP_ROOT, controller) + path.rstrip("/") + "/" + name + "/" + user
        os.makedirs(group, exist_ok=True)
        for key, value in settings.items():
            write(os.path.join(group, key), value, required=not key.startswith("memory.memsw"))
        groups.append(group)
    return groups


def write(path, value, required=True):
    try:
        with open(path, "w") as f:
            f.write(str(value))
    except OSError:
        if required:
            raise


class DlkitSpawner(LocalProcessSpawner):
    """LocalProcessSpawner whose server joins the user's limited control groups before it starts."""

    def make_preexec_fn(self, name):
        drop_privileges = super().make_preexec_fn(name)
        procs = [os.path.join(g, "cgroup.procs") for g in limit_groups(name)]

        def preexec():
            # Still root here, in the forked child: join the groups, then become the user.
            pid = str(os.getpid())
            for path in procs:
                with open(path, "w") as f:
                    f.write(pid)
            drop_privileges()

        return preexec


c = get_config()  # noqa: F821 (JupyterHub provides it)
c.JupyterHub.ip = S["ip"]
c.JupyterHub.port = S["port"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = S["hubPort"]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%d" % S["proxyApiPort"]
c.ConfigurableHTTPProxy.pid_file = os.path.join(HERE, "proxy.pid")
c.JupyterHub.pid_file = os.path.join(HERE, "jupyterhub.pid")
c.JupyterHub.db_url = "sqlite:///" + os.path.join(HERE, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(HERE, "jupyterhub_cookie_secret")
# A restarted hub finds the servers still running and keeps them.
c.JupyterHub.cleanup_servers = False
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.open_sessions = False  # no systemd-logind here
c.Authenticator.allowed_users = set(S["students"] + S["instructors"])
c.Authenticator.admin_users = set(S["instructors"])
c.JupyterHub.services = [{"name": "dlkit", "api_token": S["apiToken"], "admin": True}]
c.JupyterHub.spawner_class = DlkitSpawner
c.Spawner.cmd = ["/usr/bin/jupyterhub-singleuser"]
c.Spawner.default_url = "/tree"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.environment = {
    "JUPYTERHUB_SINGLEUSER_APP": "notebook.notebookapp.NotebookApp",
    "JUPYTER_PATH": S["jupyterPath"],
    "DLKIT_KERNEL_HEAP": S["heap"],
    "PATH": "/usr/local/bin:/usr/bin:/bin",
}
# Idle culling by the single-user server itself: a kernel idle this long is shut down, and a
# server with no kernels and no activity this long exits (the hub then shows it stopped).
c.Spawner.args = [
    "--MappingKernelManager.cull_idle_timeout=%d" % S["idleSeconds"],
    "--MappingKernelManager.cull_interval=%d" % max(10, min(300, S["idleSeconds"] // 4)),
    "--NotebookApp.shutdown_no_activity_timeout=%d" % S["idleSeconds"],
]
