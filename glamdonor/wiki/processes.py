"""The sandbox's server process: free ports, and telling and ending our own server (its
process group) and nobody else's, by what /proc says of the recorded process id."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def previous_port_if_free(port: int | None) -> int | None:
    """``port`` if a server may listen on it now. The connections of a server just stopped
    linger on its port for a minute (TIME_WAIT); they do not keep PHP's server, which reuses
    the address, from listening there, nor this probe."""
    if not port:
        return None
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return None
    return port


def process_state(pid: int) -> tuple[str, int] | None:
    """The state letter and process group of a process, or None if there is none."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return fields[0], int(fields[2])


def is_our_server(pid: int, port: int) -> bool:
    state = process_state(pid)
    if state is None or state[0] == "Z":
        return False
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"-S" in command and f"127.0.0.1:{port}".encode() in command


def group_members(group: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            state = process_state(int(entry.name))
            if state and state[1] == group and state[0] != "Z":
                members.append(int(entry.name))
    return members


def end_process_group(group: int, grace: float = 5.0) -> None:
    """End a server and its workers: TERM, then KILL what is left after ``grace`` seconds."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(group, os.WNOHANG)  # reap it when we started it ourselves
            if not group_members(group):
                return
            time.sleep(0.05)
