"""One writer per project: a lock file beside it, `<name>.continuity.lock`.

The file holds JSON with the writer's pid, host name and start time. A lock left by a
process that no longer exists on this host (a crash, kill -9) is stale and taken over.
Locks this process holds are also remembered in memory, so opening the same project twice
in one process (two windows) is refused like opening it from another process.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# Paths (resolved) whose lock this process holds right now.
_HELD: set[Path] = set()

# A lock file that exists but is still empty may be mid-write by its creator; only after
# this many seconds do we treat an unreadable lock as abandoned.
_UNREADABLE_GRACE_SECONDS = 10.0


class LockHeld(Exception):
    """Someone else holds the lock; `str(error)` is the human message."""


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it just belongs to someone else
        return True
    return True


@dataclass
class ProjectLock:
    """A held lock; `release()` removes the file if it is still ours."""

    project_path: Path
    lock_file: Path

    @classmethod
    def acquire(cls, project_path: Path) -> ProjectLock:
        """Take the lock or raise LockHeld with a message naming the holder."""
        project_path = project_path.resolve()
        lock_file = lock_path_for(project_path)
        if project_path in _HELD:
            raise LockHeld(f"{project_path.name} is already open in another window")
        for _attempt in range(3):
            try:
                fd = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                _remove_if_stale(lock_file, project_path)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(_owner_record(), handle)
                handle.flush()
                os.fsync(handle.fileno())
            _HELD.add(project_path)
            return cls(project_path, lock_file)
        # Still there after removing stale locks: someone live recreated it.
        raise LockHeld(_holder_message(lock_file, project_path))

    def release(self) -> None:
        _HELD.discard(self.project_path)
        record = _read_record(self.lock_file)
        if record is not None and record.get("pid") != os.getpid():
            return  # someone took it over (we were considered dead); not ours to delete
        with contextlib.suppress(FileNotFoundError):
            self.lock_file.unlink()


def _owner_record() -> dict[str, object]:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _read_record(lock_file: Path) -> dict[str, object] | None:
    try:
        record = json.loads(lock_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _remove_if_stale(lock_file: Path, project_path: Path) -> None:
    """Delete the lock file if its owner is gone; otherwise raise LockHeld."""
    record = _read_record(lock_file)
    if record is None:
        try:
            age = time.time() - lock_file.stat().st_mtime
        except FileNotFoundError:
            return  # released between our attempts: just retry
        if age < _UNREADABLE_GRACE_SECONDS:
            raise LockHeld(_holder_message(lock_file, project_path))
    elif not _is_stale(record):
        raise LockHeld(_holder_message(lock_file, project_path))
    with contextlib.suppress(FileNotFoundError):
        lock_file.unlink()


def _is_stale(record: dict[str, object]) -> bool:
    pid = record.get("pid")
    if not isinstance(pid, int) or record.get("host") != socket.gethostname():
        # Another computer (shared folder): we cannot check its processes, so respect it.
        return not isinstance(pid, int)
    if pid == os.getpid():
        return True  # not in _HELD, so a previous life of this pid left it behind
    return not pid_alive(pid)


def _holder_message(lock_file: Path, project_path: Path) -> str:
    record = _read_record(lock_file) or {}
    who = "another Continuity window"
    if isinstance(record.get("pid"), int):
        who += f" (process {record['pid']}"
        host = record.get("host")
        if host and host != socket.gethostname():
            who += f" on {host}"
        who += f", since {record.get('since', 'an unknown time')})"
    return f"{project_path.name} is already open in {who}"
