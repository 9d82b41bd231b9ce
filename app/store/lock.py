"""One writer per project: a lock file beside it, `<name>.continuity.lock`.

The file holds JSON with the writer's pid, host name and start time, used for the
"already open" message. Who really holds the lock is decided two ways:

- POSIX: the writer keeps an `flock` on the file while the project is open. The kernel
  drops it when the process dies (crash, kill -9), so a lock file whose flock we can take
  is stale whatever pid it names; a pid reused after a reboot cannot block the project.
- Elsewhere, or on file systems without flock: the file is created exclusively, and a lock
  naming a pid that no longer exists on this host is stale and taken over.

A record from another computer (a shared folder) is always respected: we cannot see its
processes. Locks this process holds are remembered in memory, so opening the same project
twice in one process (two windows) is refused like opening it from another process.
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

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

# Paths (resolved) whose lock this process holds right now.
_HELD: set[Path] = set()

# Without flock, a lock file that is still empty may be mid-write by its creator; only
# after this many seconds is an unreadable lock treated as abandoned.
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

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
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
    """A held lock; `release()` removes the file. `fd` is open while an flock is held."""

    project_path: Path
    lock_file: Path
    fd: int | None = None

    @classmethod
    def acquire(cls, project_path: Path) -> ProjectLock:
        """Take the lock or raise LockHeld with a message naming the holder.

        OSError (a folder we cannot write to) propagates for the caller to word.
        """
        project_path = project_path.resolve()
        lock_file = lock_path_for(project_path)
        if project_path in _HELD:
            raise LockHeld(f"{project_path.name} is already open in another window")
        fd = _flock(lock_file, project_path) if fcntl is not None else None
        if fd is None:
            _create_exclusive(lock_file, project_path)
        _HELD.add(project_path)
        return cls(project_path, lock_file, fd)

    def release(self) -> None:
        _HELD.discard(self.project_path)
        record = _read_record(self.lock_file)
        ours = self.fd is not None or record is None or record.get("pid") == os.getpid()
        if ours:  # without flock, someone may have taken over a lock they thought stale
            with contextlib.suppress(FileNotFoundError):
                self.lock_file.unlink()
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock, after the file is gone
            self.fd = None


def _flock(lock_file: Path, project_path: Path) -> int | None:
    """Take the flock and write our record; None if this file system has no flock."""
    for _attempt in range(5):
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockHeld(_holder_message(lock_file, project_path)) from None
        except OSError:  # ENOLCK, EOPNOTSUPP: network or FUSE folders
            os.close(fd)
            return None
        try:
            current = os.stat(lock_file).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if not current:  # the owner released (unlinked) it as we opened it: try again
            os.close(fd)
            continue
        record = _read_record(lock_file)
        if record is not None and _from_another_host(record):
            os.close(fd)
            raise LockHeld(_holder_message(lock_file, project_path))
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(_owner_record()).encode("utf-8"))
        os.fsync(fd)
        return fd
    raise LockHeld(_holder_message(lock_file, project_path))


def _create_exclusive(lock_file: Path, project_path: Path) -> None:
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
        return
    # Still there after removing stale locks: someone live recreated it.
    raise LockHeld(_holder_message(lock_file, project_path))


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


def _from_another_host(record: dict[str, object]) -> bool:
    return isinstance(record.get("pid"), int) and record.get("host") != socket.gethostname()


def _remove_if_stale(lock_file: Path, project_path: Path) -> None:
    """Without flock: delete the lock file if its owner is gone, else raise LockHeld."""
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
    if not isinstance(pid, int):
        return True
    if _from_another_host(record):
        return False
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
