"""Which process writes a run, recorded so that a later run can tell whether it is still alive.

A run's row in `runs` keeps `host` (the machine's name), `pid` and `process_token`:
the kernel's boot id, the pid namespace and the process's start time (from /proc on
Linux; a part that cannot be read is left empty). A later run on the same machine marks
a `running` row `interrupted` only when its process is certainly gone:
- the machine has booted since (another boot id), or
- in the same boot and pid namespace, no process has that pid, it is a zombie, or the
  process with that pid started at another time (the pid was reused).
Anything it cannot see is left alone: another host (a file on a shared disk), another pid
namespace (another container), a row written before these columns existed. A live
writer is therefore never marked, whatever else runs beside it.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Optional

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return ""


def _pid_namespace() -> str:
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return ""


def _stat(pid: int) -> Optional[tuple[str, str]]:
    """(state, start time in clock ticks since boot) of a process, None if there is none.
    Raises OSError where /proc cannot be read at all."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return None
    # "pid (comm) state ppid ... starttime(22nd field) ...": comm may hold spaces and ')'
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], fields[19]


def _has_proc() -> bool:
    return Path("/proc/self/stat").exists()


def current() -> dict:
    """This process, as a run's row records it."""
    pid = os.getpid()
    try:
        stat = _stat(pid)  # None without /proc
        start = stat[1] if stat else ""
    except (OSError, ValueError, IndexError):
        start = ""
    return {"host": socket.gethostname(), "pid": pid, "process_token": f"{_read(_BOOT_ID)}|{_pid_namespace()}|{start}"}


def is_gone(host: Optional[str], pid: Optional[int], token: Optional[str], me: Optional[dict] = None) -> bool:
    """True only if the process a run's row names certainly no longer runs."""
    me = me or current()
    if not host or not pid or token is None or host != me["host"] or token.count("|") != 2:
        return False
    boot, namespace, start = token.split("|")
    my_boot, my_namespace, my_start = me["process_token"].split("|")
    if boot and my_boot and boot != my_boot:
        return True  # rebooted since: no process of that boot runs
    if namespace != my_namespace or (boot != my_boot):
        return False  # pids of another container, or a boot we cannot compare
    if pid == me["pid"]:
        return start != my_start
    if _has_proc():
        try:
            stat = _stat(pid)
        except (OSError, ValueError, IndexError):
            return False
        if stat is None or stat[0] in ("Z", "X"):
            return True  # no such process, or one that has exited and awaits its parent
        return bool(start) and stat[1] != start  # the pid now belongs to a later process
    if os.name != "posix":
        return False  # os.kill(pid, 0) would not be a harmless probe there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # exists, owned by someone else
    return False
