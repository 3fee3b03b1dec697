"""The app works offline: exporting a pack and starting the window open no network connection and look up no
host name. Two layers: the system calls of the whole process tree (strace), and Python's own socket and URL
functions (an audit hook). Each layer is first shown to see a connection when there is one."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

COMMANDS = {
    "export": ["export", "--theme", "trade", "-o", "x.pdf"],
    "gui": ["gui", "--quit-when-ready"],
}
# connect() and the send calls that carry an address. AF_INET and AF_INET6 are the network; AF_UNIX sockets
# are local inter-process channels (the X11/Wayland display, D-Bus, fontconfig) that never leave the
# machine, and AF_NETLINK talks to the kernel: both are allowed.
SYSCALLS = "connect,sendto,sendmsg,sendmmsg"
INET_CALL = re.compile(r"\b(connect|sendto|sendmsg|sendmmsg)\(.*\bAF_INET6?\b")

AUDIT_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "urllib.Request", "http.client.connect")
SITECUSTOMIZE = f"""\
import os
import sys

_LOG = os.environ["BRIEFING_NETWORK_AUDIT_LOG"]
_EVENTS = frozenset({AUDIT_EVENTS!r})


def _hook(event, args):
    if event in _EVENTS:
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(f"{{event}} {{args!r}}\\n")


sys.addaudithook(_hook)
"""


@pytest.fixture
def offline_env(tmp_path) -> dict[str, str]:
    """The subprocess environment: isolated user folders, offscreen Qt, the audit hook on PYTHONPATH."""
    hook_dir = tmp_path / "audit"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_LOG_DIR=str(tmp_path / "logs"),
               BRIEFING_NETWORK_AUDIT_LOG=str(tmp_path / "network-attempts.log"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(hook_dir), str(ROOT), env.get("PYTHONPATH")]))
    return env  # BRIEFING_DATA_DIR and BRIEFING_CONFIG_DIR: tmp folders, from conftest's autouse fixture


def run(argv: list[str], env: dict[str, str], cwd: Path, strace_log: Path | None = None):
    prefix = [shutil.which("strace"), "-f", "-e", f"trace={SYSCALLS}", "-o", str(strace_log)] if strace_log else []
    return subprocess.run([*prefix, *argv], capture_output=True, text=True, errors="replace", env=env, cwd=cwd,
                          timeout=180)


def inet_calls(log: Path) -> list[str]:
    return [line for line in log.read_text(errors="replace").splitlines() if INET_CALL.search(line)]


def attempts(env: dict[str, str]) -> str:
    log = Path(env["BRIEFING_NETWORK_AUDIT_LOG"])
    return log.read_text(encoding="utf-8") if log.exists() else ""


CONTROL = ("import socket\n"
           "s = socket.socket()\n"
           "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n")


@pytest.mark.parametrize("command", COMMANDS)
def test_no_network_system_calls(command, offline_env, tmp_path):
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (packaging/system-deps.sh installs it)")
    control_log = tmp_path / "control.strace"
    control = run([sys.executable, "-c", CONTROL], offline_env, tmp_path, control_log)
    assert control.returncode == 0, control.stderr
    assert inet_calls(control_log), "strace did not show a connect() to 127.0.0.1: the check would see nothing"

    log = tmp_path / f"{command}.strace"
    done = run([sys.executable, "-m", "briefing", *COMMANDS[command]], offline_env, tmp_path, log)
    assert done.returncode == 0, done.stderr
    assert log.stat().st_size > 0  # strace wrote at least the exit lines
    assert inet_calls(log) == [], f"briefing {command} used the network:\n" + "\n".join(inet_calls(log))
    if command == "export":
        assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", COMMANDS)
def test_no_python_socket_or_url_use(command, offline_env, tmp_path):
    lookup = "import socket\ntry:\n    socket.getaddrinfo('localhost', 80)\nexcept OSError:\n    pass\n"
    control = run([sys.executable, "-c", lookup + CONTROL],
                  offline_env, tmp_path)
    assert control.returncode == 0, control.stderr
    seen = attempts(offline_env)
    assert "socket.getaddrinfo" in seen and "socket.connect" in seen, "the audit hook is not installed"
    Path(offline_env["BRIEFING_NETWORK_AUDIT_LOG"]).unlink()

    done = run([sys.executable, "-m", "briefing", *COMMANDS[command]], offline_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert attempts(offline_env) == "", f"briefing {command} tried the network:\n{attempts(offline_env)}"
    if command == "export":
        assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_the_setup_installs_strace():
    script = (ROOT / "packaging" / "system-deps.sh").read_text(encoding="utf-8")
    packages = re.search(r"packages=\((.*?)\)", script, re.DOTALL)[1].split()
    assert "strace" in packages
